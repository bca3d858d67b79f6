package org.indicia;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule pack or a policy overlay ({@link Overlay}) that cannot be used: it is refused whole. The
 * message names the source, the line and column (1-based; 0 when unknown), the indicator id where
 * there is one, and the fault.
 */
public final class RulePackException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What is wrong with a pack. Each fault's template takes the offending detail. */
  public enum Fault {
    SYNTAX("not valid YAML or JSON: %s"),
    TOO_LARGE("pack exceeds a limit: %s"),
    UNKNOWN_KEY("unknown key '%s'"),
    MISSING_KEY("missing required key '%s'"),
    DUPLICATE_KEY("duplicate key '%s'"),
    WRONG_TYPE("wrong type: %s"),
    BAD_ID("bad id '%s' (lower-case letters, digits, '.', '_', '-')"),
    BAD_VERSION("bad version '%s' (expected MAJOR.MINOR.PATCH)"),
    BAD_LANGUAGE("bad language '%s' (expected an ISO 639-1 code)"),
    DUPLICATE_ID("duplicate id %s"),
    DUPLICATE_PACK("pack %s is already loaded"),
    UNKNOWN_CATEGORY("unknown category '%s'"),
    WEIGHT_OUT_OF_RANGE("weight %s is not in (0, 1]"),
    EMPTY_EXPRESSION("empty expression: %s"),
    EMPTY_PHRASE("phrase '%s' has no words after analysis"),
    UNKNOWN_LEXICON("unknown lexicon '%s'"),
    BAD_WILDCARD("bad wildcard '%s' (one '*' at the end of a word of at least 3 letters)"),
    BAD_WINDOW("bad window: %s"),
    BAD_REGEX("regex refused: %s"),
    UNSUPPORTED("not supported: %s"),
    MISSING_EXAMPLES("indicator needs at least one 'hit' and one 'miss' example: %s"),
    IO("cannot read pack: %s"),
    NOT_A_FILE("not a regular file: %s"),
    REGEX_TOO_COMPLEX("regex too complex: %s"),
    YAML_TAG("YAML tags are not allowed: %s"),
    YAML_ALIAS("YAML anchors and aliases are not allowed: %s"),
    /** An overlay names an indicator, or a glob matching none, that no loaded pack has. */
    UNKNOWN_INDICATOR("no loaded pack has an indicator matching '%s'"),
    /** An overlay's indicator pattern is neither an id nor a glob of one. */
    BAD_GLOB("bad indicator pattern '%s' (an id, or an id with '*' standing for any characters, e.g. en.offer.*)"),
    /** An overlay's factor or thresholds are out of range. */
    OUT_OF_RANGE("value out of range: %s");

    private final String template;

    Fault(String template) {
      this.template = template;
    }

    String format(String detail) {
      return String.format(java.util.Locale.ROOT, template, detail);
    }
  }

  private final Fault fault;
  private final String source;
  private final int line;
  private final int column;
  private final String indicator;
  private final String detail;

  /**
   * @param indicator the indicator id, or null when the fault is not inside an indicator
   */
  public RulePackException(
      Fault fault, String source, int line, int column, String indicator, String detail) {
    super(message(fault, source, line, column, indicator, detail));
    this.fault = Objects.requireNonNull(fault, "fault");
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.indicator = indicator;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  private static String message(
      Fault fault, String source, int line, int column, String indicator, String detail) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ");
    if (indicator != null) {
      sb.append("indicator ").append(indicator).append(": ");
    }
    return sb.append(fault.format(detail)).toString();
  }

  public Fault fault() {
    return fault;
  }

  /** The pack's source: a file path, resource URL or the name given to {@code parse}. */
  public String source() {
    return source;
  }

  /** 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  public Optional<String> indicator() {
    return Optional.ofNullable(indicator);
  }

  /** The offending detail the fault's message was made from. */
  public String detail() {
    return detail;
  }
}
