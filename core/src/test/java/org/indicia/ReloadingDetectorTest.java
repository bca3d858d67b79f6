package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Four threads assess continuously while 100 reloads alternate good and broken packs: no call
 * fails, and every assessment is wholly from one pack version.
 */
class ReloadingDetectorTest {
  /** Version v of a pack: its only indicator fires on "passport" with weight v/100. */
  private static RulePack version(int v) throws RulePackException {
    String yaml = """
        pack: live
        language: en
        version: 1.0.%d
        description: d
        indicators:
          - {id: live.a, category: DOCUMENT_RETENTION, weight: 0.%02d, description: d, source: s,
             match: passport, examples: {hit: [passport], miss: [visa]}}
          - {id: live.b, category: DEBT_BONDAGE, weight: 0.%02d, description: d, source: s,
             match: debt, examples: {hit: [debt], miss: [visa]}}
        """.formatted(v, v, v);
    return RulePack.parse("live-" + v + ".yaml", yaml);
  }

  @Test
  void reloadsUnderLoad_noFailedOrMixedAssessments() throws Exception {
    ReloadingDetector live = ReloadingDetector.of(Detector.builder().addPack(version(1)).build());
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger assessed = new AtomicInteger();
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch started = new CountDownLatch(4);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      workers.add(pool.submit(() -> {
        started.countDown();
        while (!stop.get()) {
          try {
            Assessment a = live.assess("They took my passport to pay the debt.");
            String pack = a.packs().get(0);
            int v = Integer.parseInt(pack.substring(pack.lastIndexOf('.') + 1));
            for (Finding f : a.findings()) {
              if (!f.pack().equals(pack) || Math.abs(f.weight() - v / 100.0) > 1e-9) {
                problems.add("mixed: " + pack + " vs " + f.pack() + " weight " + f.weight());
              }
            }
            if (a.findings().size() != 2) {
              problems.add("findings " + a.findings().size());
            }
            assessed.incrementAndGet();
          } catch (RuntimeException e) {
            problems.add(e.toString());
          }
        }
      }));
    }
    started.await();
    int swapped = 0;
    int refused = 0;
    for (int i = 0; i < 100; i++) {
      Detector.Builder b = Detector.builder();
      if (i % 2 == 0) {
        b.addPack(version(2 + i % 97));
      } else {
        b.addPack(version(3)).addPack(version(4)); // same pack id twice: refused
      }
      ReloadingDetector.Reload r = live.reload(b);
      if (r.swapped()) {
        swapped++;
      } else {
        refused++;
        assertThat(r.error()).isPresent();
      }
      int target = assessed.get() + 20;
      while (assessed.get() < target && problems.isEmpty() && workers.stream().noneMatch(Future::isDone)) {
        Thread.onSpinWait(); // let the workers run on this version (and never wait on dead ones)
      }
    }
    stop.set(true);
    for (Future<?> w : workers) {
      w.get();
    }
    pool.shutdown();
    assertThat(problems).isEmpty();
    assertThat(swapped).isEqualTo(50);
    assertThat(refused).isEqualTo(50);
    assertThat(assessed.get()).isGreaterThan(2000);
  }
}
