package org.indicia.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.indicia.benchmarks.corpus.PhraseLists;
import org.indicia.benchmarks.indicia.GeneratedPacks;
import org.indicia.benchmarks.match.MatcherType;

/**
 * Retained heap of each matcher per phrase-list size, measured outside JMH.
 *
 * <p>Method: the phrase list is built first (so its strings are not counted), then the heap is
 * settled (System.gc() until used heap stops falling, at least three times), used heap is read from
 * the MemoryMXBean, the matcher is built, the heap is settled again and read again while the
 * matcher is still reachable. Retained = after - before. Run with {@code -XX:+UseSerialGC} so that
 * a full collection leaves no floating garbage; each figure is the median of {@code --repeat}
 * builds. Strings the matcher copies (lower-cased keys, the regex source) count; the caller's
 * phrase list does not. A row {@value #DETECTOR} measures a whole detector built from the generated
 * packs of N phrases ({@link GeneratedPacks}; the pack JSON is made first and not counted).
 *
 * <pre>
 * java -XX:+UseSerialGC -Xmx3g -cp benchmarks/target/benchmarks.jar \
 *     org.indicia.benchmarks.HeapFootprint --out benchmarks/results/heap.json --repeat 3
 * </pre>
 */
public final class HeapFootprint {

  /** The row name of a whole detector built from {@link GeneratedPacks} of N phrases. */
  public static final String DETECTOR = "INDICIA_DETECTOR";

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapFootprint() {}

  /** One measurement. */
  public record Row(
      String matcher, int phrases, Long retainedBytes, Long buildMillis, String note) {}

  public static void main(String[] args) throws Exception {
    Path out = null;
    int repeat = 1;
    boolean detector = true;
    List<MatcherType> matchers = Arrays.asList(MatcherType.values());
    int[] sizes = PhraseLists.SIZES;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--repeat" -> repeat = Integer.parseInt(args[++i]);
        case "--matchers" ->
            matchers = Arrays.stream(args[++i].split(",")).map(MatcherType::valueOf).toList();
        case "--no-detector" -> detector = false;
        case "--phrases" ->
            sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        default -> {
          System.err.println(
              "usage: HeapFootprint [--out FILE] [--repeat N] [--matchers A,B] [--phrases 100,1000]"
                  + " [--no-detector]");
          System.exit(2);
        }
      }
    }
    // Class initialization and static tables (Indicia's folding tables, Lucene's codecs) belong
    // to the JVM, not to one matcher: build each kind once before measuring.
    List<String> warmUp = PhraseLists.texts(PhraseLists.SIZES[0]);
    for (MatcherType matcher : matchers) {
      matcher.create(warmUp).close();
    }
    if (detector) {
      Reference.reachabilityFence(
          GeneratedPacks.detector(GeneratedPacks.sources(PhraseLists.SIZES[0])));
    }
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      List<String> phrases = PhraseLists.texts(size);
      for (MatcherType matcher : matchers) {
        rows.add(print(measure(matcher.name(), size, () -> matcher.create(phrases), repeat)));
      }
      if (detector) {
        List<GeneratedPacks.Source> sources = GeneratedPacks.sources(size);
        rows.add(
            print(
                measure(
                    DETECTOR, size, () -> closeable(GeneratedPacks.detector(sources)), repeat)));
      }
    }
    if (out != null) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("method", "MemoryMXBean used heap after System.gc(), minus before; median");
      document.put("repeat", repeat);
      document.put("gc", ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
      document.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
      document.put("rows", rows);
      Files.createDirectories(out.toAbsolutePath().getParent());
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(out.toFile(), document);
    }
  }

  private static Row print(Row row) {
    System.out.printf(
        Locale.ROOT,
        "%-16s %,8d phrases: %s%n",
        row.matcher(),
        row.phrases(),
        row.retainedBytes() == null
            ? "n/a (" + row.note() + ")"
            : String.format(
                Locale.ROOT,
                "%,.1f MB retained, built in %,d ms",
                row.retainedBytes() / 1e6,
                row.buildMillis()));
    return row;
  }

  private static AutoCloseable closeable(Object built) {
    return () -> Reference.reachabilityFence(built);
  }

  private static Row measure(
      String name, int phrases, Supplier<? extends AutoCloseable> builder, int repeat)
      throws Exception {
    long[] retained = new long[repeat];
    long[] millis = new long[repeat];
    for (int r = 0; r < repeat; r++) {
      long before = settledUsedHeap();
      long start = System.nanoTime();
      AutoCloseable built;
      try {
        built = builder.get();
      } catch (UnsupportedOperationException e) {
        return new Row(name, phrases, null, null, "guarded");
      }
      millis[r] = (System.nanoTime() - start) / 1_000_000;
      long after = settledUsedHeap();
      Reference.reachabilityFence(built);
      retained[r] = after - before;
      built.close();
    }
    Arrays.sort(retained);
    Arrays.sort(millis);
    return new Row(name, phrases, retained[repeat / 2], millis[repeat / 2], null);
  }

  /**
   * Used heap once it stops moving: full collections (with finalization) at least five times and
   * until three readings in a row agree within 64 KB, so memory released in the background (a
   * closed Lucene Monitor's threads, finalizable zip streams) is gone before we read.
   */
  @SuppressWarnings("removal")
  private static long settledUsedHeap() throws InterruptedException {
    long[] last = {-1, -2, -3};
    for (int i = 0; i < 30; i++) {
      System.gc();
      System.runFinalization();
      Thread.sleep(100);
      last[i % 3] = MEMORY.getHeapMemoryUsage().getUsed();
      long max = Math.max(last[0], Math.max(last[1], last[2]));
      long min = Math.min(last[0], Math.min(last[1], last[2]));
      if (i >= 4 && min >= 0 && max - min < 64 * 1024) {
        return min;
      }
    }
    return Math.min(last[0], Math.min(last[1], last[2]));
  }
}
