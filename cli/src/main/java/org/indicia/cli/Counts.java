package org.indicia.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.indicia.Level;

/**
 * Documents read, assessed and failed, and assessed per level. Safe to read from another thread
 * (the shutdown hook, the progress line). At the end of a run read = assessed + failed; during it
 * the difference is the documents in flight.
 */
final class Counts {
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong assessed = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLongArray levels = new AtomicLongArray(Level.values().length);
  private final long startNanos = System.nanoTime();

  void addRead() {
    read.incrementAndGet();
  }

  void addAssessed(Level level) {
    levels.incrementAndGet(level.ordinal());
    assessed.incrementAndGet();
  }

  void addFailed() {
    failed.incrementAndGet();
  }

  long read() {
    return read.get();
  }

  long assessed() {
    return assessed.get();
  }

  long failed() {
    return failed.get();
  }

  long level(Level level) {
    return levels.get(level.ordinal());
  }

  /** Documents done (assessed or failed). */
  long done() {
    return assessed.get() + failed.get();
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** E.g. {@code 36 read, 35 assessed, 1 failed; NONE 20, LOW 6, MEDIUM 5, HIGH 4; 0.4 s}. */
  String summary() {
    long r = read.get();
    long a = assessed.get();
    long f = failed.get();
    StringBuilder sb = new StringBuilder();
    sb.append(r).append(" read, ").append(a).append(" assessed, ").append(f).append(" failed");
    if (r > a + f) {
      sb.append(", ").append(r - a - f).append(" in flight");
    }
    sb.append(';');
    for (Level l : Level.values()) {
      sb.append(l.ordinal() == 0 ? " " : ", ").append(l).append(' ').append(level(l));
    }
    double s = seconds();
    sb.append(String.format(Locale.ROOT, "; %.1f s", s));
    if (s >= 0.5 && a + f > 0) {
      sb.append(String.format(Locale.ROOT, ", %.0f docs/s", (a + f) / s));
    }
    return sb.toString();
  }
}
