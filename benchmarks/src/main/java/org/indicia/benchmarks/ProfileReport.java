package org.indicia.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.benchmarks.corpus.Ad;
import org.indicia.benchmarks.corpus.Corpus;
import org.indicia.benchmarks.indicia.GeneratedPacks;

/**
 * Where {@code assess} spends its time: runs one detector over the synthetic corpus under a JFR
 * recording (execution samples every 10 ms) and prints, per method and per class, the share of
 * samples in which it is on the stack (inclusive) and on top (self). Sampling, so shares under
 * about 1 % are noise.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.indicia.benchmarks.ProfileReport [builtin|plain] [seconds] [top] [synthetic|shared]
 * </pre>
 */
public final class ProfileReport {
  private ProfileReport() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "builtin";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    List<Ad> ads = Corpus.load(args.length > 3 ? args[3] : Corpus.SYNTHETIC).ads();
    Document[] docs = new Document[ads.size()];
    for (int i = 0; i < docs.length; i++) {
      Ad ad = ads.get(i);
      Document d = Document.of(ad.id(), ad.text());
      // the plain pack has one language; the built-in packs are run as a platform would, without a hint
      docs[i] = which.equals("plain") && !ad.language().equals("mixed") ? d.language(ad.language()) : d;
    }
    Detector detector = switch (which) {
      case "builtin" -> GeneratedPacks.builtIn();
      case "plain" -> GeneratedPacks.detector(GeneratedPacks.sources(1_000));
      default -> throw new IllegalArgumentException("builtin or plain, not " + which);
    };
    run(detector, docs, System.nanoTime() + 5_000_000_000L); // warm-up
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    long allocCount = run(detector, docs, System.nanoTime() + 4_000_000_000L);
    long allocatedPerAssess = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / Math.max(1, allocCount);
    // CPU time of this thread alone: other work on the machine slows the wall clock, much less this
    double cpuMicrosPerAssess = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / Math.max(1, allocCount);
    Path file = Files.createTempFile("indicia-profile", ".jfr");
    long count;
    long start;
    try (Recording r = new Recording()) {
      r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      r.start();
      start = System.nanoTime();
      count = run(detector, docs, start + seconds * 1_000_000_000L);
      r.stop();
      r.dump(file);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> classInclusive = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty() || !onBenchThread(st)) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = st.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      Set<String> seenClass = new HashSet<>();
      for (RecordedFrame f : frames) {
        if (seen.add(name(f))) {
          inclusive.merge(name(f), 1, Integer::sum);
        }
        if (seenClass.add(f.getMethod().getType().getName())) {
          classInclusive.merge(f.getMethod().getType().getName(), 1, Integer::sum);
        }
      }
    }
    Files.delete(file);
    System.out.printf(Locale.ROOT,
        "%s, %d ads: %d assessments in %.1f s (%.0f/s), %d samples; %.0f µs CPU and %,d bytes allocated per assess%n",
        which, docs.length, count, elapsed, count / elapsed, samples, cpuMicrosPerAssess, allocatedPerAssess);
    print("self", self, samples, top);
    print("inclusive, by method", inclusive, samples, top);
    print("inclusive, by class", classInclusive, samples, top);
  }

  private static boolean onBenchThread(RecordedStackTrace st) {
    for (RecordedFrame f : st.getFrames()) {
      if (f.getMethod().getType().getName().equals(ProfileReport.class.getName())) {
        return true;
      }
    }
    return false;
  }

  private static String name(RecordedFrame f) {
    String type = f.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
  }

  private static long run(Detector detector, Document[] docs, long until) {
    long n = 0;
    while (System.nanoTime() < until) {
      for (Document d : docs) {
        detector.assess(d);
        n++;
      }
    }
    return n;
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println("\n" + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }
}
