package org.indicia.text;

import java.util.Arrays;

/**
 * The tokens of a normalized text: parallel int arrays of start, end (exclusive) and clause
 * number. Mutable and reused per thread. Internal.
 */
public final class Tokens {
  int[] start = new int[64];
  int[] end = new int[64];
  int[] clause = new int[64];
  int[] hash = new int[64];
  int count;

  public void reset() {
    count = 0;
  }

  void add(int s, int e, int c, int h) {
    if (count == start.length) {
      int n = count * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      clause = Arrays.copyOf(clause, n);
      hash = Arrays.copyOf(hash, n);
    }
    start[count] = s;
    end[count] = e;
    clause[count] = c;
    hash[count] = h;
    count++;
  }

  /**
   * The token's string hash ({@code h = 31 * h + c} over its chars, as {@code String.hashCode}),
   * computed while tokenizing so the matcher need not read the chars again.
   */
  public int hash(int i) {
    return hash[i];
  }

  public int count() {
    return count;
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  public int clause(int i) {
    return clause[i];
  }

  /** Index of the first token whose end is after {@code charPos}, or {@link #count()}. */
  public int firstEndingAfter(int charPos) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= charPos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
