package org.indicia.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicia.benchmarks.corpus.Ad;
import org.indicia.benchmarks.corpus.Corpus;
import org.indicia.benchmarks.corpus.PhraseLists;
import org.indicia.benchmarks.match.MatcherType;
import org.indicia.benchmarks.match.MatcherVerifier;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Phrase matching alone: Indicia's compiled {@code PhraseSet} against the baselines, on the same
 * texts (every ad of the corpus, one ad per operation) and the same synthetic phrase lists of 100
 * to 100,000 phrases. Before timing, each matcher is checked against a reference on up to 200 ads.
 * Reports ops/s and the secondary {@code bytes} rate (bytes/s; MB/s in RESULTS.md).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MatcherBenchmark -p phrases=1000
 * java -jar benchmarks/target/benchmarks.jar MatcherBenchmark -p corpus=shared
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
public class MatcherBenchmark {

  @Param({"INDICIA", "REGEX", "ROBERT_BOR_AC", "HANKCS_DAT", "LUCENE_MONITOR"})
  public MatcherType matcher;

  @Param({"100", "1000", "10000", "100000"})
  public int phrases;

  @Param({Corpus.SYNTHETIC})
  public String corpus;

  private String[] texts;
  private int[] bytes;
  private PhraseMatcherFacade facade;

  @Setup(Level.Trial)
  public void setUp() {
    List<Ad> ads = Corpus.load(corpus).ads();
    texts = Corpus.texts(ads);
    bytes = Corpus.utf8Lengths(ads);
    List<String> list = PhraseLists.texts(phrases);
    facade = matcher.create(list);
    MatcherVerifier.verify(matcher, facade, list, texts, corpus);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (facade != null) {
      facade.close();
    }
  }

  @Benchmark
  public int scan(TextCursor cursor, ByteCounter counter) {
    int i = cursor.next(texts.length);
    counter.bytes += bytes[i];
    return facade.countMatches(texts[i]);
  }
}
