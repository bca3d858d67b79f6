package org.indicia.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.benchmarks.corpus.Ad;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end: {@code detector.assess(text)} with the built-in packs (language detection included,
 * no hint), on the English, French or bilingual ads of the corpus, with one thread and with two
 * threads sharing one detector. Reports ads/s and the {@code bytes} rate; run with {@code -prof gc}
 * for bytes allocated per assess.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AssessBenchmark -p lang=fr -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx3g"})
public class AssessBenchmark {

  @Param({"en", "fr", "mixed"})
  public String lang;

  @Param({Corpus.SYNTHETIC})
  public String corpus;

  private Detector detector;
  private String[] texts;
  private int[] bytes;

  @Setup(Level.Trial)
  public void setUp() {
    List<Ad> ads = Corpus.load(corpus).ads(lang);
    texts = Corpus.texts(ads);
    bytes = Corpus.utf8Lengths(ads);
    detector = GeneratedPacks.builtIn();
  }

  @Benchmark
  @Threads(1)
  public Assessment assess(TextCursor cursor, ByteCounter counter) {
    int i = cursor.next(texts.length);
    counter.bytes += bytes[i];
    return detector.assess(texts[i]);
  }

  @Benchmark
  @Threads(2)
  public Assessment assess2Threads(TextCursor cursor, ByteCounter counter) {
    int i = cursor.next(texts.length);
    counter.bytes += bytes[i];
    return detector.assess(texts[i]);
  }
}
