package org.indicia.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.indicia.Level;
import org.indicia.RulePackException;
import org.indicia.cli.ScanJsonl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The screening job: JSON Lines files in, {@code scan}'s JSON Lines out, on Flink. Run with {@code
 * java -jar indicia-flink-job.jar} it starts an embedded local Flink; submitted with {@code flink
 * run} it runs on that cluster. Writes {@code DIR/results/*.jsonl} (one line per document, as
 * {@code indicia scan --format jsonl}), {@code DIR/rejected/*.jsonl} (records not assessed, with
 * the reason) and prints a summary that balances: read = assessed + rejected.
 */
@Command(
    name = "indicia-flink-job",
    sortOptions = false,
    description =
        "Screens JSON Lines documents ({\"id\":…,\"text\":…,\"lang\":…}) on Apache Flink and writes"
            + " the lines 'indicia scan --format jsonl' writes, in DIR/results; records that"
            + " cannot be read go to DIR/rejected with the reason.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; 2  usage error, bad pack or input, or rejected records; 3  job failed"})
public final class ScreeningJob implements Callable<Integer> {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description = "A JSON Lines file, or a directory of them (read recursively).")
  String input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "Output directory, created if absent; must be empty.")
  String output;

  @Option(
      names = "--pack",
      paramLabel = "FILE",
      description = "A rule pack (YAML or JSON) to add to the built-in packs; repeatable.")
  List<String> packs = new ArrayList<>();

  @Option(names = "--no-builtin", description = "Do not load the built-in packs.")
  boolean noBuiltin;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      description = "Parallel tasks (default: the environment's; locally, the number of cores).")
  Integer parallelism;

  private final PrintStream err;
  private int parallelismUsed;

  ScreeningJob(PrintStream err) {
    this.err = err;
  }

  /** Runs the job with command-line arguments and exits with its code. */
  public static void main(String[] args) {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      // Flink's local runtime warns about things that do not apply to it (no web UI log file, no
      // security tokens); standalone, errors are what a user needs to see
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    }
    System.exit(run(args, System.err));
  }

  /** Runs the job with command-line arguments; returns the exit code. */
  static int run(String[] args, PrintStream err) {
    CommandLine cl = new CommandLine(new ScreeningJob(err));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          Throwable root = e;
          while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
          }
          err.println("indicia-flink-job: job failed: " + e + (root == e ? "" : "; cause: " + root));
          return 3;
        });
    return cl.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    // Local paths are checked here, before a cluster is involved; URIs (hdfs://, s3://, file://)
    // go to Flink's file systems as they are.
    if (!isUri(input)) {
      Path in = Path.of(input);
      if (!Files.isRegularFile(in) && !Files.isDirectory(in)) {
        return usage("no such file or directory: " + input);
      }
    }
    if (!isUri(output)) {
      Path out = Path.of(output);
      if (Files.isDirectory(out)) {
        try (Stream<Path> s = Files.list(out)) {
          if (s.findAny().isPresent()) {
            return usage("output directory is not empty: " + output);
          }
        }
      } else if (Files.exists(out)) {
        return usage("output is not a directory: " + output);
      }
    }
    if (parallelism != null && (parallelism < 1 || parallelism > 1024)) {
      return usage("--parallelism must be in [1, 1024], not " + parallelism);
    }
    if (noBuiltin && packs.isEmpty()) {
      return usage("--no-builtin needs at least one --pack FILE");
    }
    Screening screening;
    try {
      List<PackSource> sources = new ArrayList<>();
      for (String p : packs) {
        sources.add(new PackSource(p, readPack(p)));
      }
      screening =
          noBuiltin ? Screening.withPacks(sources) : Screening.withBuiltInPacks(sources);
      screening.detector(); // a broken pack fails here, with its location, not on the cluster
    } catch (RulePackException e) {
      return usage(e.getMessage());
    }

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    if (parallelism != null) {
      env.setParallelism(parallelism);
    }
    // Bounded input: batch execution commits the output files at the end without checkpoints.
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    org.apache.flink.core.fs.Path source = flinkPath(input);
    DataStream<ScanJsonl.Record> records =
        env.fromSource(
            FileSource.forBulkFileFormat(new JsonlFormat(input, source), source).build(),
            WatermarkStrategy.noWatermarks(),
            "jsonl " + input);
    // No live updates in a batch run (the packs are fixed above); Flink's collection source
    // cannot be empty, so this is one update that never passes.
    DataStream<PackSource> noUpdates =
        env.fromData(PackSource.removal("none"))
            .filter(p -> false)
            .returns(TypeInformation.of(PackSource.class))
            .name("no pack updates");
    SingleOutputStreamOperator<String> results = screen(records, noUpdates, screening);
    org.apache.flink.core.fs.Path dir = flinkPath(output);
    results.sinkTo(lines(new org.apache.flink.core.fs.Path(dir, "results"))).name("results");
    results
        .getSideOutput(Screening.REJECTED)
        .map(ScreeningJob::json)
        .returns(Types.STRING)
        .sinkTo(lines(new org.apache.flink.core.fs.Path(dir, "rejected")))
        .name("rejected");

    parallelismUsed = env.getParallelism();
    long start = System.nanoTime();
    JobExecutionResult result = env.execute("indicia screening " + input);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!result.isJobExecutionResult()) {
      err.println("indicia-flink-job: submitted as job " + result.getJobID());
      return 0;
    }
    return summary(result, seconds);
  }

  /**
   * The screening step of any job: records connected to pack updates, assessed by {@code
   * screening}. Results are the main output; {@link Screening#REJECTED} and {@link
   * Screening#PACK_OUTCOMES} are its side outputs.
   */
  public static SingleOutputStreamOperator<String> screen(
      DataStream<ScanJsonl.Record> records, DataStream<PackSource> packUpdates, Screening screening) {
    return records
        .connect(packUpdates.broadcast(Screening.PACKS))
        .process(screening)
        .returns(Types.STRING)
        .name("indicia screening");
  }

  private int summary(JobExecutionResult result, double seconds) {
    long assessed = count(result, Screening.ACC_ASSESSED);
    long rejected = count(result, Screening.ACC_REJECTED);
    StringBuilder sb = new StringBuilder("indicia-flink-job: ");
    sb.append(assessed + rejected).append(" read, ").append(assessed).append(" assessed, ");
    sb.append(rejected).append(" failed;");
    for (Level l : Level.values()) {
      sb.append(l.ordinal() == 0 ? " " : ", ").append(l).append(' ');
      sb.append(count(result, Screening.ACC_LEVEL + l.name()));
    }
    sb.append(String.format(Locale.ROOT, "; %.1f s", seconds));
    long runtime = result.getNetRuntime();
    if (runtime > 0 && assessed > 0) {
      sb.append(
          String.format(
              Locale.ROOT, " (job %.1f s, %.0f docs/s)", runtime / 1e3, assessed * 1e3 / runtime));
    }
    err.println(sb);
    long span = count(result, Screening.ACC_LAST_MILLIS) - count(result, Screening.ACC_FIRST_MILLIS);
    if (assessed > 0 && span > 0) {
      // Throughput once running: from the first document assessed to the last, without the
      // start-up of the JVM, the cluster and the tasks.
      err.println(
          String.format(
              Locale.ROOT,
              "indicia-flink-job: screening %.1f s at parallelism %d: %.0f docs/s, %.0f per slot;"
                  + " assess %.0f µs per document",
              span / 1e3,
              parallelismUsed,
              assessed * 1e3 / span,
              assessed * 1e3 / span / parallelismUsed,
              count(result, Screening.ACC_ASSESS_NANOS) / 1e3 / assessed));
    }
    if (rejected > 0) {
      err.println("indicia-flink-job: rejected records, with the reason: " + output + "/rejected");
    }
    return rejected > 0 ? 2 : 0;
  }

  private static long count(JobExecutionResult result, String name) {
    Object v = result.getAccumulatorResult(name);
    return v instanceof Long l ? l : 0;
  }

  private int usage(String message) {
    err.println("indicia-flink-job: " + message);
    return 2;
  }

  /** A pack file's text; errors name the file as a pack error would. */
  private static String readPack(String name) throws RulePackException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(Path.of(name))))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RulePackException(RulePackException.Fault.IO, name, 0, 0, null, "not UTF-8");
    } catch (IOException e) {
      throw new RulePackException(
          RulePackException.Fault.IO, name, 0, 0, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static boolean isUri(String name) {
    return name.matches("[a-zA-Z][a-zA-Z0-9+.-]+://.*");
  }

  /** A local path made absolute (tasks may run elsewhere), or a URI as it is. */
  private static org.apache.flink.core.fs.Path flinkPath(String name) {
    return isUri(name)
        ? new org.apache.flink.core.fs.Path(name)
        : org.apache.flink.core.fs.Path.fromLocalFile(Path.of(name).toAbsolutePath().toFile());
  }

  private static FileSink<String> lines(org.apache.flink.core.fs.Path dir) {
    return FileSink.forRowFormat(dir, new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(
            OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
        .build();
  }

  /** A rejection as one line of JSON: {@code {"source":…,"line":…,"id":…,"reason":…}}. */
  static String json(Rejected r) {
    StringWriter w = new StringWriter(128);
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("source", r.source());
      g.writeNumberField("line", r.line());
      g.writeStringField("id", r.id());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
