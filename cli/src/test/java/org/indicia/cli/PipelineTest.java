package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  @TempDir Path dir;

  private Inputs inputs(int n, Counts counts) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("line ").append(i).append('\n');
    }
    InputOptions options = new InputOptions();
    options.lines = true;
    return Inputs.open(
        List.of(Cli.write(dir, "in.txt", sb.toString()).toString()),
        options,
        null,
        System.in,
        counts);
  }

  /** Written by workers so the JIT keeps their busy work. */
  private static volatile long sink;

  private static long work(int n) {
    long acc = 0;
    for (int k = 0; k < n; k++) {
      acc += (long) k * k ^ acc >>> 3;
    }
    return acc;
  }

  @Test
  void run_unevenWork_resultsInInputOrder_windowBounded() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    List<String> out = new ArrayList<>();
    Counts counts = new Counts();
    try (Inputs in = inputs(2000, counts)) {
      boolean complete =
          new Pipeline<String>(3, 12)
              .run(
                  in,
                  r -> {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    if (ThreadLocalRandom.current().nextInt(10) == 0) {
                      sink ^= work(50_000); // uneven work, so results complete out of input order
                    }
                    inFlight.decrementAndGet();
                    return r.text();
                  },
                  s -> out.add(s));
      assertThat(complete).isTrue();
    }
    assertThat(out).hasSize(2000);
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i)).isEqualTo("line " + i);
    }
    assertThat(maxInFlight.get()).isLessThanOrEqualTo(3);
    assertThat(counts.read()).isEqualTo(2000);
  }

  @Test
  void run_sinkStops_stopsReading() throws Exception {
    Counts counts = new Counts();
    List<String> out = new ArrayList<>();
    try (Inputs in = inputs(1000, counts)) {
      boolean complete =
          new Pipeline<String>(2, 8).run(in, InputRecord::text, s -> out.add(s) && out.size() < 5);
      assertThat(complete).isFalse();
    }
    assertThat(out).hasSize(5);
    assertThat(counts.read()).isLessThanOrEqualTo(5 + 8);
  }

  @Test
  void run_oneThread_inline() throws Exception {
    List<String> threads = new ArrayList<>();
    try (Inputs in = inputs(3, new Counts())) {
      Pipeline.<String>withThreads(1).run(in, r -> Thread.currentThread().getName(), threads::add);
    }
    assertThat(threads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void constructor_rejectsBadSizes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pipeline<String>(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pipeline<String>(4, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
