package org.indicia;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.indicia.RulePackException.Fault;
import org.indicia.match.AtomMatcher;
import org.indicia.pack.Expr;
import org.indicia.pack.PackDef;
import org.indicia.pack.PackFiles;
import org.indicia.pack.PackParser;
import org.indicia.pack.PackReader;
import org.indicia.text.PhraseAnalyzer;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;

/**
 * A loaded and fully validated rule pack: parse errors, bad values and phrases that cannot match
 * are refused here, with file, line, column and indicator id, before any detector sees the pack.
 * Immutable. See {@code docs/pack-format.md} for the format.
 */
public final class RulePack {
  private final PackDef def;
  private final List<IndicatorInfo> indicators;

  private RulePack(PackDef def) {
    this.def = def;
    List<IndicatorInfo> infos = new ArrayList<>();
    for (PackDef.IndicatorDef d : def.indicators()) {
      infos.add(new IndicatorInfo(d.id(), d.category(), d.weight(), d.strong(), d.corroborate(),
          d.sensitive(), d.tags(), d.description(), d.source(), d.hits(), d.misses()));
    }
    this.indicators = List.copyOf(infos);
  }

  /**
   * Parses a pack from text; {@code sourceName} names it in errors and decides the syntax (JSON
   * for {@code *.json} or text starting with '{', YAML otherwise).
   *
   * @throws RulePackException if the pack is not valid
   */
  public static RulePack parse(String sourceName, String content) throws RulePackException {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    PackDef def = PackParser.parse(sourceName, content);
    checkAnalysis(def);
    return new RulePack(def);
  }

  /**
   * Checks a pack as {@link #parse} does, but goes on after an error: every top-level value,
   * lexicon and indicator is checked on its own, so all of a pack's mistakes show in one run (for
   * {@code indicia lint}).
   *
   * @param maxErrors the most errors returned
   * @return the errors in document order within each part, at most {@code maxErrors}; empty
   *     exactly when {@link #parse} accepts the pack
   */
  public static List<RulePackException> check(String sourceName, String content, int maxErrors) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    PackParser.Checked checked = PackParser.check(sourceName, content, maxErrors);
    List<RulePackException> errors = new ArrayList<>(checked.errors());
    PackDef def = checked.pack();
    if (def == null || errors.size() >= maxErrors) {
      return List.copyOf(errors);
    }
    if (def.analysis().stem() && !AtomMatcher.Builder.canStem(def.language()) && errors.isEmpty()) {
      errors.add(new RulePackException(Fault.UNSUPPORTED, def.source(), 0, 0, null,
          "no stemmer for language '" + def.language() + "' (no language module gives one, and Snowball has none)"));
    }
    Analysis a = new Analysis(new Tokenizer(def.analysis().elisions()));
    for (Expr.Phrase p : def.analysis().negationCues()) {
      collect(errors, maxErrors, () -> a.check(def, p, null));
    }
    for (PackDef.IndicatorDef ind : def.indicators()) {
      collect(errors, maxErrors, () -> {
        a.walk(def, ind.match(), ind.id());
        if (ind.unless() != null) {
          a.walk(def, ind.unless(), ind.id());
        }
      });
    }
    return List.copyOf(errors);
  }

  private interface Check {
    void run() throws RulePackException;
  }

  private static void collect(List<RulePackException> errors, int max, Check c) {
    try {
      c.run();
    } catch (RulePackException e) {
      if (errors.size() < max) {
        errors.add(e);
      }
    }
  }

  /**
   * Reads a pack file (UTF-8): only a regular file of bounded size; a directory, FIFO or device
   * is refused at once ({@code NOT_A_FILE}), never read.
   *
   * @throws RulePackException if the file cannot be read or the pack is not valid
   */
  public static RulePack load(Path path) throws RulePackException {
    Objects.requireNonNull(path, "path");
    return parse(path.toString(), PackFiles.read(path));
  }

  /**
   * Reads a pack resource (UTF-8), e.g. from a language module's jar.
   *
   * @throws RulePackException if it cannot be read or the pack is not valid
   */
  public static RulePack load(URL url) throws RulePackException {
    Objects.requireNonNull(url, "url");
    String name = url.toString();
    try (InputStream in = url.openStream()) {
      byte[] bytes = in.readNBytes(PackReader.MAX_PACK_CHARS * 4 + 1);
      if (bytes.length > PackReader.MAX_PACK_CHARS * 4) {
        throw new RulePackException(Fault.TOO_LARGE, name, 0, 0, null, "more than " + PackReader.MAX_PACK_CHARS * 4 + " bytes");
      }
      return parse(name, decode(bytes));
    } catch (CharacterCodingException e) {
      throw new RulePackException(Fault.IO, name, 0, 0, null, "not UTF-8");
    } catch (IOException e) {
      throw new RulePackException(Fault.IO, name, 0, 0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Analyses every phrase as the engine will, so a phrase that can never match is refused now. */
  private static void checkAnalysis(PackDef def) throws RulePackException {
    if (def.analysis().stem() && !AtomMatcher.Builder.canStem(def.language())) {
      throw new RulePackException(Fault.UNSUPPORTED, def.source(), 0, 0, null,
          "no stemmer for language '" + def.language() + "' (no language module gives one, and Snowball has none)");
    }
    Tokenizer tokenizer = new Tokenizer(def.analysis().elisions());
    Analysis a = new Analysis(tokenizer);
    for (Expr.Phrase p : def.analysis().negationCues()) {
      a.check(def, p, null);
    }
    for (PackDef.IndicatorDef ind : def.indicators()) {
      a.walk(def, ind.match(), ind.id());
      if (ind.unless() != null) {
        a.walk(def, ind.unless(), ind.id());
      }
    }
  }

  /** Analyses phrases with the pack's own settings, as the matcher will. */
  private static final class Analysis {
    private final PhraseAnalyzer analyzer;

    Analysis(Tokenizer tokenizer) {
      this.analyzer = new PhraseAnalyzer(TextNormalizer.basic(), tokenizer);
    }

    void walk(PackDef def, Expr e, String indicator) throws RulePackException {
      if (e instanceof Expr.Phrase p) {
        check(def, p, indicator);
      } else if (e instanceof Expr.Lexicon l) {
        for (Expr.Phrase p : l.phrases()) {
          check(def, p, indicator);
        }
      }
      for (Expr c : e.children()) {
        walk(def, c, indicator);
      }
    }

    void check(PackDef def, Expr.Phrase p, String indicator) throws RulePackException {
      int words = analyzer.words(p.text()).size();
      if (words == 0) {
        throw new RulePackException(Fault.EMPTY_PHRASE, def.source(), p.line(), p.column(), indicator, p.text());
      }
      if (words > AtomMatcher.MAX_PHRASE_WORDS) {
        throw new RulePackException(Fault.TOO_LARGE, def.source(), p.line(), p.column(), indicator,
            "phrase '" + p.text() + "' has more than " + AtomMatcher.MAX_PHRASE_WORDS + " words");
      }
    }
  }

  PackDef def() {
    return def;
  }

  /** This pack with another definition (an overlay's changes applied), for the compiler only. */
  static RulePack of(PackDef def) {
    return new RulePack(def);
  }

  public String id() {
    return def.id();
  }

  public String version() {
    return def.version();
  }

  /** {@code id@version}, as findings name the pack. */
  public String idAtVersion() {
    return def.idAtVersion();
  }

  public String language() {
    return def.language();
  }

  public String description() {
    return def.description();
  }

  /** Where the pack was read from. */
  public String source() {
    return def.source();
  }

  /** The pack's lexicons: name → phrases as written. */
  public Map<String, List<String>> lexicons() {
    return def.lexicons();
  }

  public List<IndicatorInfo> indicators() {
    return indicators;
  }

  /**
   * Checks that every indicator has at least one {@code hit} and one {@code miss} example, as
   * built-in packs (language modules) and {@code indicia lint --strict} require. Packs loaded with
   * {@link #load(Path)} or {@link #parse} may leave examples out ({@code indicia lint} warns).
   *
   * @return this pack
   * @throws RulePackException ({@link Fault#MISSING_EXAMPLES}) naming the first indicator without
   *     both kinds of example
   */
  public RulePack requireExamples() throws RulePackException {
    for (PackDef.IndicatorDef d : def.indicators()) {
      if (d.hits().isEmpty() || d.misses().isEmpty()) {
        throw new RulePackException(Fault.MISSING_EXAMPLES, def.source(), d.line(), d.column(), d.id(),
            d.hits().size() + " hit, " + d.misses().size() + " miss");
      }
    }
    return this;
  }

  /**
   * Runs every indicator's examples with a detector holding this pack alone, the pack's language
   * as the hint. Returns the failures, in pack order; empty when all examples behave.
   */
  public List<ExampleFailure> checkExamples() {
    return Examples.check(this);
  }

  @Override
  public String toString() {
    return "RulePack[" + idAtVersion() + ", " + def.language() + ", " + indicators.size() + " indicators]";
  }
}
