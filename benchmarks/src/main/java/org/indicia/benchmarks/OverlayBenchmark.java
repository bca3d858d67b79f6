package org.indicia.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Overlay;
import org.indicia.benchmarks.corpus.Ad;
import org.indicia.benchmarks.corpus.Corpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a policy overlay costs: {@code assess} on the English ads with the built-in packs alone
 * and with the job-portal example overlay (four allow rules, five indicator changes, a category
 * factor). Run from the repository root, where {@code examples/overlays/job-portal.yaml} is.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar OverlayBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx3g"})
public class OverlayBenchmark {
  static final Path EXAMPLE = Path.of("examples", "overlays", "job-portal.yaml");

  @Param({"none", "job-portal"})
  public String overlay;

  private Detector detector;
  private String[] texts;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    List<Ad> ads = Corpus.load(Corpus.SYNTHETIC).ads("en");
    texts = Corpus.texts(ads);
    Detector.Builder b = Detector.builder().withBuiltInPacks();
    if (overlay.equals("job-portal")) {
      if (!Files.isRegularFile(EXAMPLE)) {
        throw new IllegalStateException("run from the repository root: " + EXAMPLE + " not found");
      }
      b.overlay(Overlay.load(EXAMPLE));
    }
    detector = b.build();
  }

  @Benchmark
  @Threads(1)
  public Assessment assess(TextCursor cursor) {
    return detector.assess(texts[cursor.next(texts.length)]);
  }
}
