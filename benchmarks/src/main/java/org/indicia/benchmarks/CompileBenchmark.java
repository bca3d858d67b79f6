package org.indicia.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build each matcher from a phrase list of 100 to 100,000 phrases (single shot: a cold-ish
 * build, as at start-up or on a pack reload). Retained heap is measured outside JMH by {@link
 * HeapFootprint}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CompileBenchmark -p phrases=100000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx3g"})
public class CompileBenchmark {

  @Param({"INDICIA", "REGEX", "ROBERT_BOR_AC", "HANKCS_DAT", "LUCENE_MONITOR"})
  public MatcherType matcher;

  @Param({"100", "1000", "10000", "100000"})
  public int phrases;

  private List<String> list;
  private PhraseMatcherFacade built;

  @Setup(Level.Trial)
  public void setUp() {
    list = PhraseLists.texts(phrases);
  }

  @TearDown(Level.Iteration)
  public void release() {
    if (built != null) {
      built.close();
      built = null;
    }
  }

  @Benchmark
  public PhraseMatcherFacade compile() {
    built = matcher.create(list);
    return built;
  }
}
