package org.indicia.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end at N phrases: {@code assess} with a detector holding only the {@link GeneratedPacks}
 * of N phrases (about N/10 indicators), on the same texts as {@link MatcherBenchmark} (every ad,
 * English and French ones with their language as hint, bilingual ones detected). Compare its MB/s
 * with {@code MatcherBenchmark} HANKCS_DAT at the same N ({@code hits=natural}); run with {@code
 * -prof gc} and {@code hits=fixed} to see whether bytes allocated per assess grow with the number
 * of rules when the number of hits does not.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScalingAssessBenchmark -prof gc
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
public class ScalingAssessBenchmark {

  @Param({"100", "1000", "10000", "100000"})
  public int phrases;

  /**
   * {@code natural}: the phrase list of N phrases, whose hits grow with N; {@code fixed}: N phrases
   * of which only the first 100 can occur ({@link
   * org.indicia.benchmarks.corpus.PhraseLists#fixedHits}), to see the cost of rules alone.
   */
  @Param({"natural", "fixed"})
  public String hits;

  @Param({Corpus.SYNTHETIC})
  public String corpus;

  private Detector detector;
  private Document[] documents;
  private int[] bytes;

  @Setup(Level.Trial)
  public void setUp() {
    List<Ad> ads = Corpus.load(corpus).ads();
    documents = new Document[ads.size()];
    for (int i = 0; i < documents.length; i++) {
      Ad ad = ads.get(i);
      Document document = Document.of(ad.id(), ad.text());
      documents[i] = ad.language().equals("mixed") ? document : document.language(ad.language());
    }
    bytes = Corpus.utf8Lengths(ads);
    detector =
        GeneratedPacks.detector(
            hits.equals("fixed")
                ? GeneratedPacks.fixedHitSources(phrases)
                : GeneratedPacks.sources(phrases));
  }

  @Benchmark
  public Assessment assess(TextCursor cursor, ByteCounter counter) {
    int i = cursor.next(documents.length);
    counter.bytes += bytes[i];
    return detector.assess(documents[i]);
  }
}
