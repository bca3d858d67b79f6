package org.indicia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.concurrent.Callable;
import org.indicia.Detector;
import org.indicia.IndicatorInfo;
import org.indicia.Overlay;
import org.indicia.RulePack;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;
import org.indicia.pack.Node;
import org.indicia.pack.PackDef;
import org.indicia.pack.PackFiles;
import org.indicia.pack.PackLinter;
import org.indicia.pack.PackParser;
import org.indicia.pack.PackReader;
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
        "Checks packs and overlays: every load error with file, line and column (up to --max-errors), then"
            + " warnings for unused lexicons, duplicate or shadowed phrases, phrases and regexes"
            + " that normalization keeps from matching as written, an unless that cancels its"
            + " match, single common words used alone as strong cues, and indicators without"
            + " examples. Pack and indicator ids are checked against each other and against the"
            + " built-in packs, which scan --pack loads beside them (unless --no-builtin); an"
            + " overlay's ids and globs against those and the packs linted with it. Exit 1"
            + " when a pack has errors (or warnings, with --strict, which also requires examples);"
            + " 2 when a file cannot be read.")
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PACK",
      arity = "1..*",
      description = "Pack files (YAML or JSON), and overlay files (docs/overlays.md).")
  List<Path> files;

  @Option(
      names = "--strict",
      description =
          "Require a hit and a miss example for every indicator, as built-in packs must (an error"
              + " otherwise), and treat warnings as errors for the exit code.")
  boolean strict;

  @Option(
      names = "--no-builtin",
      description =
          "Do not check ids against the built-in packs (for packs used with scan --no-builtin,"
              + " or a new version of a built-in pack).")
  boolean noBuiltin;

  @Option(
      names = "--max-errors",
      paramLabel = "N",
      defaultValue = "100",
      description = "Errors shown before lint stops checking (default: ${DEFAULT-VALUE}).")
  int maxErrors = 100;

  /** A pack that loaded, with what lint needs to locate its ids. */
  private record Loaded(RulePack pack, PackDef def) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int budget = Math.max(1, maxErrors);
    int errors = 0;
    int warnings = 0;
    boolean unreadable = false;
    boolean capped = false;
    List<Loaded> loaded = new ArrayList<>();
    List<Overlay> overlays = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      String content;
      try {
        content = PackFiles.read(file);
      } catch (RulePackException e) {
        out.println(name + ": error: cannot read: " + e.detail());
        unreadable = true;
        errors++;
        continue;
      }
      if (errors >= budget) {
        capped = true;
        break;
      }
      if (isOverlay(name, content)) { // an overlay: its format now, its ids once the packs are known
        try {
          overlays.add(Overlay.parse(name, content));
        } catch (RulePackException e) {
          out.println(error(e));
          errors++;
        }
        continue;
      }
      List<RulePackException> found = RulePack.check(name, content, budget - errors + 1);
      for (RulePackException e : found) {
        if (errors == budget) {
          capped = true;
          break;
        }
        out.println(error(e));
        errors++;
      }
      if (!found.isEmpty()) {
        continue;
      }
      try {
        RulePack pack = RulePack.parse(name, content);
        if (strict) {
          pack.requireExamples(); // as for built-in packs: an indicator without examples is an error
        }
        loaded.add(new Loaded(pack, PackParser.parse(name, content)));
        for (PackLinter.Warning w : PackLinter.lint(name, content)) {
          out.println(w);
          warnings++;
        }
      } catch (RulePackException e) { // with --strict: an indicator without examples
        out.println(error(e));
        errors++;
      }
    }
    List<RulePack> beside = loaded.isEmpty() && overlays.isEmpty() ? List.of() : beside(out);
    if (!capped && !loaded.isEmpty()) {
      for (RulePackException e : collisions(loaded, beside)) {
        if (errors == budget) {
          capped = true;
          break;
        }
        out.println(error(e));
        errors++;
      }
    }
    for (Overlay o : overlays) { // ids and globs against the built-in packs and the packs linted
      if (errors >= budget) {
        capped = true;
        break;
      }
      List<RulePack> packs = new ArrayList<>(beside);
      loaded.forEach(l -> packs.add(l.pack()));
      if (packs.isEmpty()) {
        out.println(o.source() + ": warning: no pack loaded, indicator ids not checked");
        warnings++;
        continue;
      }
      try {
        Detector.Builder b = Detector.builder().overlay(o);
        packs.forEach(b::addPack);
        b.build();
      } catch (RulePackException e) {
        out.println(error(e));
        errors++;
      }
    }
    out.println(
        files.size()
            + (files.size() == 1 ? " pack, " : " packs, ")
            + errors
            + (errors == 1 ? " error" : " errors")
            + (capped ? " (--max-errors " + budget + " reached: more not shown)" : "")
            + ", "
            + warnings
            + (warnings == 1 ? " warning" : " warnings"));
    out.flush();
    if (unreadable) {
      return ExitCodes.USAGE;
    }
    return errors > 0 || strict && warnings > 0 ? ExitCodes.FOUND : ExitCodes.OK;
  }

  /** Whether the file is an overlay (a mapping with an {@code overlay} key) rather than a pack. */
  private static boolean isOverlay(String name, String content) {
    try {
      return PackReader.read(name, content) instanceof Node.MapNode m && m.entries().containsKey("overlay");
    } catch (RulePackException e) {
      return false; // unreadable: the pack check reports it
    }
  }

  /** The packs loaded beside the linted ones: the built-in packs, unless told otherwise. */
  private List<RulePack> beside(PrintWriter out) {
    if (noBuiltin) {
      return List.of();
    }
    try {
      return Detector.builder().withBuiltInPacks().build().packs();
    } catch (RulePackException
        | IllegalStateException
        | NullPointerException
        | ServiceConfigurationError e) {
      out.println("warning: built-in packs not loaded, ids not checked against them");
      return List.of();
    }
  }

  /** Pack and indicator ids that clash, each located in the linted pack that repeats it. */
  private static List<RulePackException> collisions(List<Loaded> linted, List<RulePack> builtIn) {
    Map<String, String> packs = new HashMap<>(); // pack id -> where it is from
    Map<String, String> ids = new HashMap<>(); // indicator id -> its pack
    for (RulePack p : builtIn) {
      packs.put(p.id(), p.idAtVersion() + ", built in");
      for (IndicatorInfo i : p.indicators()) {
        ids.put(i.id(), p.id() + ", built in");
      }
    }
    List<RulePackException> out = new ArrayList<>();
    for (Loaded l : linted) {
      RulePack p = l.pack();
      String prior = packs.putIfAbsent(p.id(), p.source());
      if (prior != null) {
        out.add(
            new RulePackException(
                Fault.DUPLICATE_PACK,
                p.source(),
                0,
                0,
                null,
                p.idAtVersion()
                    + " (also from "
                    + prior
                    + (prior.endsWith("built in") ? "; --no-builtin if it replaces it" : "")
                    + ")"));
        continue;
      }
      for (PackDef.IndicatorDef ind : l.def().indicators()) {
        String owner = ids.putIfAbsent(ind.id(), p.id());
        if (owner != null) {
          out.add(
              new RulePackException(
                  Fault.DUPLICATE_ID,
                  p.source(),
                  ind.line(),
                  ind.column(),
                  ind.id(),
                  ind.id() + " (also in pack " + owner + ")"));
        }
      }
    }
    return out;
  }

  /** {@code file:line:column: error: [indicator id: ]fault}, like a compiler. */
  static String error(RulePackException e) {
    String at = e.source() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "");
    String msg = e.getMessage();
    String rest = msg.startsWith(at + ": ") ? msg.substring(at.length() + 2) : msg;
    return at + ": error: " + rest;
  }
}
