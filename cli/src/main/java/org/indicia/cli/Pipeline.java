package org.indicia.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads records, works on them with N threads, and hands the results over in input order, in
 * constant memory: reader → executor of N workers (sharing one thread-safe detector) → in-order
 * writer over a bounded window of futures. When the window is full the reader waits for its oldest
 * entry, so at most {@code window} records are in flight however long the input. With one thread
 * the work runs inline.
 *
 * @param <R> a worked record
 */
final class Pipeline<R> {
  private final int threads;
  private final int window;

  /**
   * @param threads workers, at least 1
   * @param window most records in flight, at least {@code threads}
   */
  Pipeline(int threads, int window) {
    if (threads < 1 || window < threads) {
      throw new IllegalArgumentException("threads " + threads + ", window " + window);
    }
    this.threads = threads;
    this.window = window;
  }

  /** A window of eight records per worker: enough to keep them busy while the writer waits. */
  static <R> Pipeline<R> withThreads(int threads) {
    return new Pipeline<>(threads, threads * 8);
  }

  /**
   * Runs the pipeline to the end of the input or until {@code sink} returns false.
   *
   * @param work turns a record into a result; must not throw (a record that fails is a result)
   * @param sink receives results in input order, on the calling thread; false stops the run
   * @return whether the input was read to the end
   */
  boolean run(Inputs inputs, Function<InputRecord, R> work, Predicate<R> sink)
      throws IOException, InterruptedException {
    if (threads == 1) {
      for (InputRecord r = inputs.next(); r != null; r = inputs.next()) {
        if (!sink.test(work.apply(r))) {
          return false;
        }
      }
      return true;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    try {
      ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
      for (InputRecord r = inputs.next(); r != null; r = inputs.next()) {
        InputRecord record = r;
        inFlight.add(
            r.ok()
                ? pool.submit(() -> work.apply(record))
                : CompletableFuture.completedFuture(work.apply(record)));
        if (inFlight.size() >= window && !sink.test(get(inFlight.poll()))) {
          return false;
        }
      }
      while (!inFlight.isEmpty()) {
        if (!sink.test(get(inFlight.poll()))) {
          return false;
        }
      }
      return true;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R get(Future<R> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("a pipeline worker threw", cause);
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "indicia-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
