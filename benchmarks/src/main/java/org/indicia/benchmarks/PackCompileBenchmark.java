package org.indicia.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicia.Detector;
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
 * Pack compilation, single shot: {@code builtin} = {@code Detector.builder().withBuiltInPacks()
 * .build()} (reading the packs from the language modules' jars); a number N = parsing the generated
 * JSON packs of N phrases ({@link GeneratedPacks}) and building a detector of them.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PackCompileBenchmark -p pack=100000
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
public class PackCompileBenchmark {

  @Param({"builtin", "100", "1000", "10000", "100000"})
  public String pack;

  private List<GeneratedPacks.Source> sources;

  @Setup(Level.Trial)
  public void setUp() {
    sources = pack.equals("builtin") ? null : GeneratedPacks.sources(Integer.parseInt(pack));
  }

  @Benchmark
  public Detector compile() {
    return sources == null ? GeneratedPacks.builtIn() : GeneratedPacks.detector(sources);
  }
}
