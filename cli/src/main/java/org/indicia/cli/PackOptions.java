package org.indicia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.RulePack;
import org.indicia.RulePackException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that choose the packs and the language: {@code --pack}, {@code --no-builtin}, {@code
 * --lang}.
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
          "Language hint (ISO 639-1, e.g. en, fr) for documents that carry none: only packs of this"
              + " language apply, without language detection.")
  String lang;

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
    Detector.Builder b = Detector.builder();
    if (!noBuiltin) {
      b.withBuiltInPacks();
    }
    for (Path p : packs) {
      b.addPack(warnIfUntested(RulePack.load(p)));
    }
    try {
      return b.build();
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

  /** A document with this record's hint, or else {@code --lang}, or else none. */
  Document document(String id, String text, String recordLang) {
    Document d = Document.of(id, text);
    String hint = recordLang != null ? recordLang : lang;
    return hint == null ? d : d.language(hint);
  }

  void checkLang() {
    if (lang != null && !Languages.valid(lang)) {
      throw new ParameterException(
          spec.commandLine(),
          "--lang must be a two- or three-letter language code, not '" + lang + "'");
    }
    if (lang != null) {
      lang = lang.toLowerCase(Locale.ROOT);
    }
  }
}
