package org.indicia.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicia.benchmarks.corpus.Ad;
import org.indicia.benchmarks.corpus.Corpus;
import org.indicia.benchmarks.corpus.PhraseLists;
import org.indicia.benchmarks.match.MatcherType;
import org.indicia.benchmarks.match.PhraseMatcherFacade;
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
 * The machine's own two-thread ceiling: hankcs' double-array trie scanning 1,000 phrases (no
 * allocation, no shared state) with one thread and with two sharing one matcher. What it reaches
 * is what any CPU-bound scan can expect from a second thread here; {@code AssessBenchmark}'s
 * two-thread ratio is read against it.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BareScanScalingBenchmark
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
public class BareScanScalingBenchmark {

  @Param({Corpus.SYNTHETIC})
  public String corpus;

  private String[] texts;
  private int[] bytes;
  private PhraseMatcherFacade hankcs;

  @Setup(Level.Trial)
  public void setUp() {
    List<Ad> ads = Corpus.load(corpus).ads();
    texts = Corpus.texts(ads);
    bytes = Corpus.utf8Lengths(ads);
    hankcs = MatcherType.HANKCS_DAT.create(PhraseLists.texts(1_000));
  }

  @Benchmark
  @Threads(1)
  public int scan(TextCursor cursor, ByteCounter counter) {
    int i = cursor.next(texts.length);
    counter.bytes += bytes[i];
    return hankcs.countMatches(texts[i]);
  }

  @Benchmark
  @Threads(2)
  public int scan2Threads(TextCursor cursor, ByteCounter counter) {
    return scan(cursor, counter);
  }
}
