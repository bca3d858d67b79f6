package org.indicia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Level;
import org.indicia.RulePack;
import org.indicia.cli.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia scan}: assesses documents and writes one line per document, in input order. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    header = "Assesses documents; writes one line per document, in input order.",
    sortOptions = false,
    description =
        "Assesses documents from JSONL, CSV or plain text and writes one line per document, in"
            + " input order. Malformed records are reported on stderr with file and line, and the"
            + " batch goes on; a summary on stderr counts documents read, assessed, failed and per"
            + " level. Indicia reports indicators, never verdicts.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done; 1  a document reached --fail-level; 2  usage error, unreadable input,",
      "  or malformed records (the batch still runs to the end; 2 wins over 1);",
      "  3  internal error; 130  interrupted; 141  standard output closed"
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PackOptions packs;

  @Mixin InputOptions input;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Input files; - or none: standard input.")
  List<String> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description =
          "Output: jsonl, table, csv, or html: one self-contained review page for the batch"
              + " (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.JSONL;

  @Option(
      names = "--guidance",
      description =
          "In jsonl, add each finding's guidance (for workers, for reviewers, and the"
              + " --helpline text) where its pack has some.")
  boolean guidance;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--min-level",
      paramLabel = "LEVEL",
      defaultValue = "NONE",
      description =
          "Write only documents at this level or above: NONE, LOW, MEDIUM, HIGH (default:"
              + " ${DEFAULT-VALUE}).")
  Level minLevel = Level.NONE;

  @Option(
      names = "--fail-level",
      paramLabel = "LEVEL",
      description = "Exit with 1 when a document reaches this level (for pipelines).")
  Level failLevel;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Worker threads sharing one detector (default: ${DEFAULT-VALUE}); output order stays"
              + " input order.")
  int threads = 1;

  /** One document's outcome, made on a worker thread. */
  private record Result(
      InputRecord record, Level level, String line, HtmlReport.Item item, String error) {}

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || threads > 256) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be in [1, 256], not " + threads);
    }
    Detector detector = packs.detector();
    Counts counts = new Counts();
    PrintWriter out = output == null ? spec.commandLine().getOut() : open(output);
    PrintWriter err = spec.commandLine().getErr();
    Sink writer = new Sink(out, err, counts);
    Thread hook = new Thread(() -> writer.interrupted(), "indicia-scan-interrupted");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Inputs inputs = Inputs.open(files, input, null, System.in, counts)) {
      if (format.header() != null) {
        out.println(format.header());
      }
      boolean complete =
          Pipeline.<Result>withThreads(threads)
              .run(inputs, r -> assess(detector, r), writer::write);
      if (format == OutputFormat.HTML) {
        out.print(HtmlReport.page(title(), writer.items, names(detector)));
      }
      return writer.finish(complete);
    } finally {
      removeHook(hook);
      if (output != null) {
        out.close();
      }
    }
  }

  private static PrintWriter open(Path file) throws InputException {
    try {
      return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), false);
    } catch (IOException e) {
      throw new InputException("cannot write " + file + ": " + ExitCodes.describe(e));
    }
  }

  private String title() {
    return "Indicia review: "
        + (files == null || files.isEmpty()
            ? "standard input"
            : String.join(", ", files.stream().map(ScanCommand::fileName).toList()));
  }

  private static String fileName(String file) {
    Path name = Path.of(file).getFileName();
    return file.equals(Inputs.STDIN) || name == null ? "standard input" : name.toString();
  }

  private static List<String> names(Detector detector) {
    return detector.packs().stream().map(RulePack::idAtVersion).toList();
  }

  private Result assess(Detector detector, InputRecord r) {
    if (!r.ok()) {
      return new Result(r, null, null, null, r.error());
    }
    try {
      Assessment a = detector.assess(packs.document(r.id(), r.text(), r.lang()));
      if (!a.level().atLeast(minLevel)) {
        return new Result(r, a.level(), null, null, null);
      }
      return format == OutputFormat.HTML
          ? new Result(r, a.level(), null, new HtmlReport.Item(a, r.text()), null)
          : new Result(r, a.level(),
              guidance && format == OutputFormat.JSONL ? Json.line(a, true) : format.line(a),
              null, null);
    } catch (RuntimeException e) {
      return new Result(r, null, null, null, "internal error: " + e.getClass().getName());
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs
    }
  }

  /** The in-order end of the pipeline: writes lines and errors, counts, reports. */
  private final class Sink {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Counts counts;
    private final Progress progress;
    /** The documents of an html report, in input order. */
    final List<HtmlReport.Item> items = new ArrayList<>();
    private volatile boolean finished;
    private boolean reachedFailLevel;
    private boolean outputClosed;
    private long written;

    Sink(PrintWriter out, PrintWriter err, Counts counts) {
      this.out = out;
      this.err = err;
      this.counts = counts;
      this.progress = new Progress(err, Progress.interactive());
    }

    boolean write(Result r) {
      if (r.error() != null) {
        counts.addFailed();
        progress.finish();
        err.println(r.record().where() + ": " + r.error());
      } else {
        counts.addAssessed(r.level());
        reachedFailLevel |= failLevel != null && r.level().atLeast(failLevel);
        if (r.item() != null) {
          items.add(r.item());
        }
        if (r.line() != null) {
          out.println(r.line());
          if ((++written & 255) == 0 && out.checkError()) {
            outputClosed = true;
            return false;
          }
        }
      }
      progress.update(counts.done());
      return true;
    }

    int finish(boolean complete) {
      progress.finish();
      if (out.checkError()) {
        outputClosed = true;
      }
      finished = true;
      if (outputClosed || !complete) {
        err.println("indicia scan: standard output closed; stopped after " + counts.summary());
        err.flush();
        return ExitCodes.OUTPUT_CLOSED;
      }
      err.println("indicia scan: " + counts.summary());
      packs.warnUnloaded(err);
      err.flush();
      if (counts.failed() > 0) {
        return ExitCodes.USAGE;
      }
      return reachedFailLevel ? ExitCodes.FOUND : ExitCodes.OK;
    }

    /** From the shutdown hook: says how far an interrupted run got. */
    void interrupted() {
      if (finished) {
        return;
      }
      out.flush();
      progress.finish();
      err.println("indicia scan: interrupted after " + counts.summary());
      err.flush();
    }
  }
}
