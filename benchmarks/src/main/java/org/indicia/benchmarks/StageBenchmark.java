package org.indicia.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicia.benchmarks.corpus.Ad;
import org.indicia.benchmarks.corpus.Corpus;
import org.indicia.benchmarks.indicia.IndiciaStages;
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
 * Pipeline stages alone, on every ad of the corpus: the normalizer, and language detection between
 * English and French (which reads normalized tokens, so it includes normalization). The stage entry
 * points live in {@link IndiciaStages}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StageBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx3g"})
public class StageBenchmark {

  @Param({Corpus.SYNTHETIC})
  public String corpus;

  private String[] texts;
  private int[] bytes;
  private IndiciaStages.Stage normalizer;
  private IndiciaStages.Stage languageDetector;

  @Setup(Level.Trial)
  public void setUp() {
    List<Ad> ads = Corpus.load(corpus).ads();
    texts = Corpus.texts(ads);
    bytes = Corpus.utf8Lengths(ads);
    normalizer = IndiciaStages.normalizer();
    languageDetector = IndiciaStages.languageDetector();
  }

  @Benchmark
  public int normalize(TextCursor cursor, ByteCounter counter) {
    int i = cursor.next(texts.length);
    counter.bytes += bytes[i];
    return normalizer.apply(texts[i]);
  }

  @Benchmark
  public int detectLanguage(TextCursor cursor, ByteCounter counter) {
    int i = cursor.next(texts.length);
    counter.bytes += bytes[i];
    return languageDetector.apply(texts[i]);
  }
}
