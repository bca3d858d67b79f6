package org.indicia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.indicia.Detector;
import org.indicia.RulePack;
import org.indicia.RulePackException;
import org.indicia.pack.PackLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia lint}: load errors and likely mistakes in packs. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    header = "Checks packs for errors and likely mistakes.",
    description =
        "Checks packs: load errors with file, line and column; warnings for unused lexicons,"
            + " duplicate or shadowed phrases, phrases and regexes that normalization keeps from"
            + " matching as written, an unless that cancels its match, and single common words used"
            + " alone as strong cues, indicators without examples. Packs named together are also"
            + " checked for clashing ids. Exit 1 when a pack has errors (or warnings, with"
            + " --strict); 2 when a file cannot be read.")
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PACK", arity = "1..*", description = "Pack files (YAML or JSON).")
  List<Path> files;

  @Option(
      names = "--strict",
      description =
          "Require a hit and a miss example for every indicator, as built-in packs must (an error"
              + " otherwise), and treat warnings as errors for the exit code.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int errors = 0;
    int warnings = 0;
    boolean unreadable = false;
    List<RulePack> loaded = new ArrayList<>();
    for (Path file : files) {
      String content;
      try {
        content = read(file);
      } catch (IOException e) {
        out.println(file + ": error: cannot read: " + ExitCodes.describe(e));
        unreadable = true;
        continue;
      }
      try {
        RulePack pack = RulePack.parse(file.toString(), content);
        if (strict) {
          pack.requireExamples(); // as for built-in packs: an indicator without examples is an error
        }
        loaded.add(pack);
        for (PackLinter.Warning w : PackLinter.lint(file.toString(), content)) {
          out.println(w);
          warnings++;
        }
      } catch (RulePackException e) {
        out.println(error(e));
        errors++;
      }
    }
    if (errors == 0 && !unreadable && loaded.size() > 1) {
      errors += together(out, loaded);
    }
    out.println(
        files.size()
            + (files.size() == 1 ? " pack, " : " packs, ")
            + errors
            + (errors == 1 ? " error, " : " errors, ")
            + warnings
            + (warnings == 1 ? " warning" : " warnings"));
    out.flush();
    if (unreadable) {
      return ExitCodes.USAGE;
    }
    return errors > 0 || strict && warnings > 0 ? ExitCodes.FOUND : ExitCodes.OK;
  }

  /** Duplicate pack or indicator ids across the packs. */
  private static int together(PrintWriter out, List<RulePack> packs) {
    Detector.Builder b = Detector.builder();
    packs.forEach(b::addPack);
    try {
      b.build();
      return 0;
    } catch (RulePackException e) {
      out.println(error(e));
      return 1;
    }
  }

  /** {@code file:line:column: error: [indicator id: ]fault}, like a compiler. */
  static String error(RulePackException e) {
    String at = e.source() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "");
    String msg = e.getMessage();
    String rest = msg.startsWith(at + ": ") ? msg.substring(at.length() + 2) : msg;
    return at + ": error: " + rest;
  }

  private static String read(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not valid UTF-8", e);
    }
  }
}
