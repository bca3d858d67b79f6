package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One detector shared by 8 threads gives exactly the results of one thread. */
class ConcurrencyTest {
  private static final String[] PARTS = {
    "We keep your passport.", "No recruitment fee.", "A placement fee of $300 applies.", "Your debt will be repaid",
    "from your wages.", "No days off, 7 days a week.", "Exotic girls.", "Bring your passport to the interview.",
    "ｋｅｅｐ ｙｏｕｒ ｐａｓｓｐｏｒｔ", "🙂", "Nous gardons votre passeport.", "\n"
  };

  @Test
  void eightThreads_sameAsOne() throws Exception {
    Detector detector = TestPacks.detector();
    Random random = new Random(42);
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(PARTS[random.nextInt(PARTS.length)]).append(' ');
      }
      docs.add(Document.of("d" + i, sb.toString()));
    }
    List<Assessment> expected = docs.stream().map(detector::assess).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Assessment>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          start.await();
          List<Assessment> out = new ArrayList<>();
          for (int i = 0; i < docs.size(); i++) {
            out.add(detector.assess(docs.get((i + offset * 50) % docs.size())));
          }
          return out;
        }));
      }
      start.countDown();
      for (int t = 0; t < 8; t++) {
        List<Assessment> got = futures.get(t).get();
        for (int i = 0; i < docs.size(); i++) {
          assertThat(got.get(i)).isEqualTo(expected.get((i + t * 50) % docs.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.stream().filter(a -> !a.findings().isEmpty()).count()).isGreaterThan(100);
  }
}
