package org.indicia.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a pack's YAML or JSON into a {@link Node} tree that keeps line and column of every value.
 * Streaming (Jackson's parser, no data binding, no polymorphic typing), with hard limits so a
 * hostile file cannot exhaust memory: nesting depth, string and document size. YAML tags, anchors
 * and aliases are refused with their location: a pack is plain data, written out. Syntax errors
 * carry SnakeYAML's own problem, position and exception as the cause.
 * Internal.
 */
public final class PackReader {
  /** Largest pack accepted, in chars. */
  public static final int MAX_PACK_CHARS = 4 * 1024 * 1024;
  /** Deepest nesting of mappings and lists. */
  public static final int MAX_DEPTH = 40;
  /** Longest scalar. */
  public static final int MAX_STRING = 64 * 1024;
  /** YAML aliases allowed for collections (alias bombs). */
  public static final int MAX_ALIASES = 20;

  private static final YAMLFactory YAML;
  private static final JsonFactory JSON;

  static {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH + 10);
    options.setCodePointLimit(MAX_PACK_CHARS);
    options.setAllowDuplicateKeys(true); // detected here, with a location
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 10)
            .maxStringLength(MAX_STRING)
            .maxDocumentLength(MAX_PACK_CHARS)
            .build();
    YAML = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    JSON = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  private PackReader() {}

  /**
   * Parses {@code content}; JSON when the source name ends in {@code .json} or the content starts
   * with '{', YAML otherwise.
   */
  public static Node read(String source, String content) throws RulePackException {
    return read(source, content, null);
  }

  /**
   * As {@link #read(String, String)}; with a {@code sink}, YAML tags, anchors and aliases are
   * reported there and reading goes on (their values read as plain data), so that a check shows
   * every error.
   */
  static Node read(String source, String content, List<RulePackException> sink)
      throws RulePackException {
    if (content.length() > MAX_PACK_CHARS) {
      throw new RulePackException(
          Fault.TOO_LARGE, source, 0, 0, null, content.length() + " chars > " + MAX_PACK_CHARS);
    }
    boolean json = source.endsWith(".json") || content.stripLeading().startsWith("{");
    try (JsonParser p = (json ? JSON : YAML).createParser(content)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new RulePackException(Fault.SYNTAX, source, 1, 1, null, "the pack is empty");
      }
      Node root = readValue(p, source, 0, sink);
      if (p.nextToken() != null) {
        int[] at = at(p.currentTokenLocation());
        throw new RulePackException(Fault.SYNTAX, source, at[0], at[1], null, "more than one document");
      }
      return root;
    } catch (JsonProcessingException e) {
      MarkedYAMLException yaml = marked(e);
      if (yaml != null) { // SnakeYAML's own problem and position, not the last token's
        throw syntax(source, yaml, e);
      }
      JsonLocation loc = e.getLocation();
      int[] at = loc == null ? new int[] {0, 0} : at(loc);
      String msg = e.getOriginalMessage();
      Fault fault = isLimit(msg) ? Fault.TOO_LARGE : Fault.SYNTAX;
      throw withCause(new RulePackException(fault, source, at[0], at[1], null, firstLine(msg)), e);
    } catch (IOException e) {
      throw withCause(new RulePackException(Fault.IO, source, 0, 0, null, String.valueOf(e.getMessage())), e);
    } catch (MarkedYAMLException e) {
      throw syntax(source, e, e);
    } catch (RuntimeException e) {
      // SnakeYAML reports its own limits (aliases, code points, depth) as unchecked exceptions.
      throw withCause(new RulePackException(Fault.TOO_LARGE, source, 0, 0, null,
          firstLine(String.valueOf(e.getMessage()))), e);
    }
  }

  private static MarkedYAMLException marked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }

  /** A YAML syntax error at the parser's problem mark (0-based there), with its context. */
  private static RulePackException syntax(String source, MarkedYAMLException m, Throwable cause) {
    Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    String problem = m.getProblem() == null ? firstLine(m.getMessage()) : m.getProblem();
    if (m.getContext() != null) {
      problem = m.getContext() + ": " + problem;
    }
    Fault fault = isLimit(problem) ? Fault.TOO_LARGE : Fault.SYNTAX;
    return withCause(new RulePackException(fault, source, line, column, null, firstLine(problem)), cause);
  }

  private static RulePackException withCause(RulePackException e, Throwable cause) {
    e.initCause(cause);
    return e;
  }

  /** Refuses YAML tags ({@code !!java.lang.Object}, {@code !custom}), anchors and aliases. */
  private static void plainYaml(JsonParser p, String source, List<RulePackException> sink)
      throws IOException, RulePackException {
    if (!(p instanceof YAMLParser y)) {
      return;
    }
    int[] at = at(p.currentTokenLocation());
    RulePackException e = null;
    if (y.isCurrentAlias()) {
      e = new RulePackException(Fault.YAML_ALIAS, source, at[0], at[1], null,
          "alias *" + p.getText() + " (write the value out)");
    } else if (y.getCurrentAnchor() != null) {
      e = new RulePackException(Fault.YAML_ALIAS, source, at[0], at[1], null,
          "anchor &" + y.getCurrentAnchor() + " (write the values out)");
    } else if (y.getTypeId() != null) {
      e = new RulePackException(Fault.YAML_TAG, source, at[0], at[1], null,
          y.getTypeId() + " (a pack is plain data)");
    }
    if (e != null) {
      if (sink == null) {
        throw e;
      }
      sink.add(e);
    }
  }

  private static boolean isLimit(String msg) {
    return msg != null
        && (msg.contains("exceeds") || msg.contains("limit") || msg.contains("aliases"));
  }

  private static String firstLine(String msg) {
    if (msg == null) {
      return "unreadable";
    }
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }

  private static int[] at(JsonLocation loc) {
    return new int[] {Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr())};
  }

  private static Node readValue(JsonParser p, String source, int depth, List<RulePackException> sink)
      throws IOException, RulePackException {
    int[] at = at(p.currentTokenLocation());
    plainYaml(p, source, sink);
    if (depth > MAX_DEPTH) {
      throw new RulePackException(Fault.TOO_LARGE, source, at[0], at[1], null, "nesting deeper than " + MAX_DEPTH);
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Node> entries = new LinkedHashMap<>();
          Map<String, int[]> keys = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int[] keyAt = at(p.currentTokenLocation());
            plainYaml(p, source, sink);
            if (entries.containsKey(key)) {
              throw new RulePackException(Fault.DUPLICATE_KEY, source, keyAt[0], keyAt[1], null, key);
            }
            p.nextToken();
            entries.put(key, readValue(p, source, depth + 1, sink));
            keys.put(key, keyAt);
          }
          return new Node.MapNode(at[0], at[1], entries, keys);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(p, source, depth + 1, sink));
          }
          return new Node.ListNode(at[0], at[1], items);
        }
      case VALUE_STRING:
        {
          String text = p.getText();
          if (text.length() > MAX_STRING) { // the YAML parser does not apply Jackson's string limit
            throw new RulePackException(Fault.TOO_LARGE, source, at[0], at[1], null,
                "a string of " + text.length() + " chars > " + MAX_STRING);
          }
          return new Node.ScalarNode(at[0], at[1], text, Node.ScalarNode.Kind.STRING);
        }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node.ScalarNode(at[0], at[1], p.getText(), Node.ScalarNode.Kind.NUMBER);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.ScalarNode(at[0], at[1], p.getText(), Node.ScalarNode.Kind.BOOLEAN);
      case VALUE_NULL:
        return new Node.ScalarNode(at[0], at[1], "null", Node.ScalarNode.Kind.NULL);
      default:
        throw new RulePackException(Fault.SYNTAX, source, at[0], at[1], null, "unexpected " + t);
    }
  }
}
