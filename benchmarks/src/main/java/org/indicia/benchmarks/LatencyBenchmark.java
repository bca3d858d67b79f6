package org.indicia.benchmarks;

import java.util.concurrent.TimeUnit;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.benchmarks.corpus.Corpus;
import org.indicia.benchmarks.indicia.GeneratedPacks;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency distribution of {@code detector.assess(text)} with the built-in packs on 2 KB ads (1.8 to
 * 2.3 KB of UTF-8, English, French and bilingual, no language hint): JMH SampleTime, read p50, p99
 * and p99.9 in µs. The goal is p99 under 100 µs.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LatencyBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx3g"})
public class LatencyBenchmark {

  static final int MIN_BYTES = 1_800;
  static final int MAX_BYTES = 2_300;

  @Param({Corpus.SYNTHETIC})
  public String corpus;

  private Detector detector;
  private String[] texts;

  @Setup(Level.Trial)
  public void setUp() {
    texts = Corpus.texts(Corpus.load(corpus).adsOfSize(MIN_BYTES, MAX_BYTES));
    detector = GeneratedPacks.builtIn();
  }

  @Benchmark
  public Assessment assess2KB(TextCursor cursor) {
    return detector.assess(texts[cursor.next(texts.length)]);
  }
}
