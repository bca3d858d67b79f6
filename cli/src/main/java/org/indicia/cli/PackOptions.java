package org.indicia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.RulePack;
import org.indicia.RulePackException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the packs, overlays and the language: {@code --pack}, {@code
 * --no-builtin}, {@code --overlay}, {@code --lenient}, {@code --lang}.
 */
final class PackOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--pack",
      paramLabel = "FILE",
      description =
          "A rule pack (YAML or JSON) to load; repeatable. Added to the built-in packs, or used"
              + " instead of them with --no-builtin.")
  List<Path> packs = new ArrayList<>();

  @Option(
      names = "--no-builtin",
      description = "Do not load the built-in packs (the language modules on the classpath).")
  boolean noBuiltin;

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description =
          "Language hint (ISO 639-1 such as en, fr, or a BCP 47 tag such as en-US) for documents"
              + " that carry none: only packs of this language apply, without language detection."
              + " A language with no loaded pack gets a warning.")
  String lang;

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description =
          "A policy overlay (YAML or JSON) applied to the loaded packs: indicators disabled or"
              + " reweighted, category factors, level thresholds, allowed text; repeatable,"
              + " applied in order (a later one wins). See docs/overlays.md.")
  List<Path> overlays = new ArrayList<>();

  @Option(
      names = "--lenient",
      description =
          "An overlay id or glob that matches no loaded indicator is a warning, not an error.")
  boolean lenient;

  @Option(
      names = "--helpline",
      paramLabel = "TEXT",
      description =
          "The platform's helpline text, added to every finding's guidance (Indicia ships none).")
  String helpline;

  /** The languages of the loaded packs, once {@link #detector()} has run. */
  private Set<String> loaded = Set.of();

  /** Documents hinted a language with no loaded pack, per language. */
  private final ConcurrentMap<String, LongAdder> unloaded = new ConcurrentSkipListMap<>();

  /**
   * Builds the detector these options describe.
   *
   * @throws RulePackException if a pack cannot be read or is invalid
   * @throws InputException if there is no pack at all, or a language module is broken
   */
  Detector detector() throws RulePackException, InputException {
    checkLang();
    if (noBuiltin && packs.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--no-builtin needs at least one --pack FILE");
    }
    try {
      Detector d = builder().build();
      loaded = d.languages();
      for (String w : d.overlayWarnings()) {
        spec.commandLine().getErr().println(w.replaceFirst(": ", ": warning: "));
      }
      if (lang != null && !loaded.contains(lang)) {
        spec.commandLine()
            .getErr()
            .println(
                "indicia: warning: --lang "
                    + lang
                    + ": no loaded pack for this language (loaded: "
                    + String.join(", ", new TreeSet<>(loaded))
                    + "); documents without their own hint get no pack and level NONE");
      }
      return d;
    } catch (IllegalStateException e) {
      throw new InputException(
          "no rule packs: no language module on the classpath ships a pack; use --pack FILE");
    } catch (NullPointerException | ServiceConfigurationError e) {
      throw new InputException(
          "a built-in language module is broken ("
              + e.getMessage()
              + "); use --no-builtin --pack FILE");
    }
  }

  /**
   * A builder with these packs, each file read now: {@code serve} calls it again to reload.
   *
   * @throws RulePackException if a pack file cannot be read or is invalid
   */
  Detector.Builder builder() throws RulePackException {
    return builder(true);
  }

  /**
   * The same packs without the overlays, for {@code eval}'s side-by-side comparison; null when no
   * {@code --overlay} was given.
   */
  Detector withoutOverlays() throws RulePackException {
    return overlays.isEmpty() ? null : builder(false).build();
  }

  private Detector.Builder builder(boolean withOverlays) throws RulePackException {
    Detector.Builder b = Detector.builder();
    if (!noBuiltin) {
      b.withBuiltInPacks();
    }
    for (Path p : packs) {
      b.addPack(warnIfUntested(RulePack.load(p)));
    }
    for (Path o : withOverlays ? overlays : List.<Path>of()) {
      b.overlay(o);
    }
    if (lenient) {
      b.lenientOverlays();
    }
    if (helpline != null) {
      if (helpline.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--helpline is blank");
      }
      b.helpline(helpline);
    }
    return b;
  }

  /**
   * A pack file may leave examples out (a team's existing list of thousands of keywords); say so
   * once per pack on stderr, since nothing has tested those indicators.
   */
  private RulePack warnIfUntested(RulePack pack) {
    long untested =
        pack.indicators().stream()
            .filter(i -> i.hitExamples().isEmpty() || i.missExamples().isEmpty())
            .count();
    if (untested > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          pack.source()
              + ": warning: "
              + untested
              + " of "
              + pack.indicators().size()
              + " indicators have no hit and miss examples, so nothing tests them"
              + " ('indicia lint' lists them; 'indicia lint --strict' requires examples)");
      err.flush();
    }
    return pack;
  }

  /** The packs of {@link #detector()}, in load order. */
  List<RulePack> loadPacks() throws RulePackException, InputException {
    return detector().packs();
  }

  /**
   * A document with this record's hint, or else {@code --lang}, or else none. Counts hints for a
   * language with no loaded pack, for {@link #warnUnloaded}.
   */
  Document document(String id, String text, String recordLang) {
    Document d = Document.of(id, text);
    String hint = recordLang != null ? recordLang : lang;
    if (hint == null) {
      return d;
    }
    d = d.language(hint);
    String code = d.language().orElseThrow();
    if (!loaded.contains(code)) {
      unloaded.computeIfAbsent(code, k -> new LongAdder()).increment();
    }
    return d;
  }

  /**
   * Warns about documents whose language hint had no loaded pack: they were assessed with no pack
   * (level NONE). Nothing when there were none.
   */
  void warnUnloaded(PrintWriter err) {
    unloaded.forEach(
        (code, n) ->
            err.println(
                "indicia: warning: "
                    + n.sum()
                    + (n.sum() == 1 ? " document" : " documents")
                    + " hinted language '"
                    + code
                    + "', which no loaded pack covers: no pack applied, level NONE"));
  }

  void checkLang() {
    if (lang != null && !Languages.valid(lang)) {
      throw new ParameterException(
          spec.commandLine(),
          "--lang must be a language code (en, fr) or a BCP 47 tag (en-US), not '" + lang + "'");
    }
    if (lang != null) {
      lang = Languages.primary(lang);
    }
  }
}
