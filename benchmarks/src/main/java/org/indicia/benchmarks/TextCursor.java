package org.indicia.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Each benchmark thread walks the texts from its own offset, one text per operation, wrapping
 * around; two threads never read the same text at the same time.
 */
@State(Scope.Thread)
public class TextCursor {

  private static int threads;
  private int next = -1;

  /** The index of the next text among {@code count}. */
  public int next(int count) {
    if (next < 0) {
      next = start(count);
    }
    int index = next;
    next = next + 1 == count ? 0 : next + 1;
    return index;
  }

  private static synchronized int start(int count) {
    return (threads++ * 7919) % count;
  }
}
