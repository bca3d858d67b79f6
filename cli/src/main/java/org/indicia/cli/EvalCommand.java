package org.indicia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.Detector;
import org.indicia.Finding;
import org.indicia.Level;
import org.indicia.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia eval}: precision and recall on labelled data, and per-indicator hit rates. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    header = "Precision, recall and per-indicator hit rates on labelled data.",
    sortOptions = false,
    description =
        "Assesses labelled CSV or JSONL data and reports precision, recall and F1 at each level"
            + " threshold (LOW+, MEDIUM+, HIGH), and per indicator and tag how often it fires on"
            + " positive and on negative documents (hits, share, S/O ratio). Never prints document"
            + " text: malformed records are reported by file and line only. With --overlay, also"
            + " precision and recall without and with the overlays, side by side.")
final class EvalCommand implements Callable<Integer> {
  /** Label values that mean positive when --positive is not given (compared ignoring case). */
  static final Set<String> DEFAULT_POSITIVE = Set.of("1", "true", "yes", "y", "positive", "pos");

  @Spec CommandSpec spec;

  @Mixin PackOptions packs;

  @Mixin InputOptions input;

  @Parameters(
      paramLabel = "FILE",
      arity = "1",
      description = "Labelled data: CSV with a header, or JSONL (- for standard input).")
  String file;

  @Option(
      names = "--label-column",
      paramLabel = "C",
      description = "Field or column holding the label (or give --expect-column).")
  String labelColumn;

  @Option(
      names = "--expect-column",
      paramLabel = "C",
      description =
          "Field or column holding the expected categories (a JSON array, or ids separated by"
              + " commas, semicolons or spaces; empty for a benign document). Adds per-category"
              + " precision and recall and lists the ids of misses and false alarms.")
  String expectColumn;

  @Option(
      names = "--positive",
      paramLabel = "V",
      description =
          "A label value meaning positive (repeatable; compared ignoring case and surrounding"
              + " space). Default: 1, true, yes, y, positive, pos. Every other value is negative.")
  List<String> positive;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Also write the report to FILE: HTML with plots when FILE ends in .html or .htm,"
              + " else Markdown.")
  Path report;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = 1;

  /** One document's outcome, made on a worker thread: label, level, indicators. No text. */
  private record Result(
      InputRecord record,
      boolean positive,
      Level level,
      double score,
      List<Evaluation.Fired> fired,
      Set<Category> expected,
      String error,
      Level levelWithout,
      List<Evaluation.Fired> firedWithout) {
    Result(InputRecord record, boolean positive, Level level, double score, List<Evaluation.Fired> fired,
        Set<Category> expected, String error) {
      this(record, positive, level, score, fired, expected, error, null, null);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > 256) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be in [1, 256], not " + threads);
    }
    if ((labelColumn == null) == (expectColumn == null)) {
      throw new ParameterException(
          spec.commandLine(), "give exactly one of --label-column and --expect-column");
    }
    Set<String> positives = positiveValues();
    Detector detector = packs.detector();
    Detector without = packs.withoutOverlays();
    OverlayComparison compared = without == null ? null : new OverlayComparison(detector.overlays());
    Counts counts = new Counts();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Evaluation eval = new Evaluation();
    CategoryEvaluation byCategory = expectColumn == null ? null : new CategoryEvaluation();
    String label = expectColumn == null ? labelColumn : expectColumn;
    EvalHtml plots = new EvalHtml();
    try (Inputs inputs = Inputs.open(List.of(file), input, label, System.in, counts)) {
      Pipeline.<Result>withThreads(threads)
          .run(
              inputs,
              r -> assess(detector, without, positives, r),
              r -> {
                if (r.error() != null) {
                  counts.addFailed();
                  err.println(r.record().where() + ": " + r.error());
                } else {
                  counts.addAssessed(r.level());
                  eval.add(r.positive(), r.level(), r.fired());
                  plots.add(r.positive(), r.score(), r.fired());
                  if (byCategory != null) {
                    Set<Category> found = EnumSet.noneOf(Category.class);
                    r.fired().forEach(f -> found.add(f.category()));
                    byCategory.add(r.record().id(), r.expected(), found, r.level());
                  }
                  if (compared != null) {
                    compared.add(r.positive(), r.expected(), r.levelWithout(), r.firedWithout(),
                        r.level(), r.fired());
                  }
                }
                return true;
              });
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%d documents assessed: %d positive, %d negative%n",
            eval.positives() + eval.negatives(),
            eval.positives(),
            eval.negatives()));
    out.print(eval.table());
    if (byCategory != null) {
      out.println();
      out.print(byCategory.table());
    }
    if (compared != null) {
      out.println();
      out.print(compared.table());
    }
    out.flush();
    if (report != null) {
      List<String> names = detector.packs().stream().map(RulePack::idAtVersion).toList();
      try {
        String name = report.getFileName().toString().toLowerCase(Locale.ROOT);
        Files.writeString(
            report,
            name.endsWith(".html") || name.endsWith(".htm")
                ? plots.page(eval, file, names, counts.failed(), compared == null ? "" : compared.html())
                : eval.markdown(file, names, counts.failed())
                    + (byCategory == null ? "" : "\n" + byCategory.markdown())
                    + (compared == null ? "" : "\n" + compared.markdown()),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new InputException("cannot write report " + report + ": " + ExitCodes.describe(e));
      }
    }
    err.println("indicia eval: " + counts.summary());
    packs.warnUnloaded(err);
    err.flush();
    return counts.failed() > 0 ? ExitCodes.USAGE : ExitCodes.OK;
  }

  private static List<Evaluation.Fired> fired(Assessment a) {
    List<Evaluation.Fired> fired = new ArrayList<>(a.findings().size());
    for (Finding f : a.findings()) {
      fired.add(new Evaluation.Fired(f.indicator(), f.category(), f.tags()));
    }
    return fired;
  }

  private Set<String> positiveValues() {
    Set<String> out = new TreeSet<>();
    for (String v : positive == null || positive.isEmpty() ? DEFAULT_POSITIVE : positive) {
      out.add(v.strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private Result assess(Detector detector, Detector without, Set<String> positives, InputRecord r) {
    if (!r.ok()) {
      return new Result(r, false, null, 0, null, null, r.error());
    }
    Set<Category> expected = null;
    boolean pos;
    if (expectColumn != null) {
      try {
        expected = CategoryEvaluation.parse(r.label());
      } catch (IllegalArgumentException e) {
        return new Result(r, false, null, 0, null, null, e.getMessage() + " in '" + expectColumn + "'");
      }
      pos = !expected.isEmpty();
    } else {
      pos = positives.contains(r.label().strip().toLowerCase(Locale.ROOT));
    }
    try {
      Assessment a = detector.assess(packs.document(r.id(), r.text(), r.lang()));
      if (without == null) {
        return new Result(r, pos, a.level(), a.score(), fired(a), expected, null);
      }
      Assessment b = without.assess(packs.document(r.id(), r.text(), r.lang()));
      return new Result(r, pos, a.level(), a.score(), fired(a), expected, null, b.level(), fired(b));
    } catch (RuntimeException e) {
      return new Result(r, pos, null, 0, null, null, "internal error: " + e.getClass().getName());
    }
  }
}
