package org.indicia.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on the error stream ({@code 12000 documents, 3400 docs/s}), rewritten in place
 * about once a second once a run has lasted two seconds, and only when a person is watching (a
 * console is attached). Called from the writer thread only.
 */
final class Progress {
  private static final long DELAY_NANOS = 2_000_000_000L;
  private static final long EVERY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long last;
  private int width;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Whether the error stream looks like a terminal. */
  static boolean interactive() {
    return System.console() != null;
  }

  void update(long documents) {
    if (!enabled || (documents & 63) != 0) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < DELAY_NANOS || now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    String line =
        String.format(
            Locale.ROOT, "%d documents, %.0f docs/s", documents, documents / ((now - start) / 1e9));
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    width = line.length();
    err.flush();
  }

  /** Clears the progress line, if one was drawn. */
  void finish() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
