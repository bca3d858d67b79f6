package org.indicia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.indicia.Detector;
import org.indicia.ExampleFailure;
import org.indicia.IndicatorInfo;
import org.indicia.Overlay;
import org.indicia.RulePack;
import org.indicia.RulePackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia test}: runs every pack's examples as tests. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    header = "Runs the packs' examples as tests.",
    description =
        "Runs every indicator's examples (hit: must fire, miss: must not) with a detector holding"
            + " the pack alone, the pack's language as the hint. Prints each failure with its text,"
            + " what was expected and what fired. Exit 1 on any failure.")
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PACK",
      arity = "0..*",
      description = "Pack files; none: the built-in packs.")
  List<Path> files;

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description =
          "Run the examples with this policy overlay applied (repeatable): the examples of"
              + " indicators it disables are skipped; a hit example it allows out fails, with the"
              + " allow rule named. Its ids must exist in the packs tested.")
  List<Path> overlayFiles = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    List<RulePack> packs = packs();
    List<Overlay> overlays = new ArrayList<>();
    for (Path p : overlayFiles) {
      overlays.add(Overlay.load(p));
    }
    if (!overlays.isEmpty()) { // every id must exist in the packs tested, taken together
      Detector.Builder all = Detector.builder();
      packs.forEach(all::addPack);
      overlays.forEach(all::overlay);
      all.build();
    }
    for (RulePack pack : packs) {
      int examples = 0;
      for (IndicatorInfo ind : pack.indicators()) {
        examples += ind.hitExamples().size() + ind.missExamples().size();
      }
      List<String> notes = new ArrayList<>();
      List<ExampleFailure> failures;
      if (overlays.isEmpty()) {
        failures = pack.checkExamples();
      } else {
        OverlaidExamples checked = OverlaidExamples.check(pack, overlays);
        failures = checked.failures();
        notes = checked.notes();
        examples -= checked.skipped();
        skipped += checked.skipped();
      }
      for (int i = 0; i < failures.size(); i++) {
        ExampleFailure f = failures.get(i);
        out.println(
            "FAIL "
                + f.pack()
                + " "
                + f.indicator()
                + ": expected "
                + (f.expectedHit() ? "a hit" : "no hit")
                + ", fired "
                + (f.fired().isEmpty() ? "nothing" : String.join(", ", f.fired())));
        out.println("     text: \"" + f.text().replace("\n", "\\n") + "\"");
        if (!notes.isEmpty() && !notes.get(i).isEmpty()) {
          out.println("     overlay: " + notes.get(i));
        }
      }
      out.println(
          pack.idAtVersion()
              + " ("
              + pack.source()
              + "): "
              + pack.indicators().size()
              + " indicators, "
              + (examples - failures.size())
              + "/"
              + examples
              + " examples pass");
      passed += examples - failures.size();
      failed += failures.size();
    }
    out.println(
        passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped (disabled by the overlay)" : ""));
    out.flush();
    return failed > 0 ? ExitCodes.FOUND : ExitCodes.OK;
  }

  private List<RulePack> packs() throws RulePackException, InputException {
    if (files == null || files.isEmpty()) {
      try {
        return Detector.builder().withBuiltInPacks().build().packs();
      } catch (IllegalStateException | NullPointerException e) {
        throw new InputException("no built-in packs on the classpath; name pack files to test");
      }
    }
    List<RulePack> out = new ArrayList<>();
    for (Path p : files) {
      out.add(RulePack.load(p));
    }
    return out;
  }
}
