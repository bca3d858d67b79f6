package org.indicia.match;

import java.util.Arrays;

/**
 * Token → term ids (the {@link AtomMatcher}'s symbols), remembered across the documents one
 * scratch serves: ads repeat their vocabulary, and a token's symbols cost a hash probe per prefix
 * length and stemming language (and sometimes a Snowball call), where a cached one costs one
 * probe. Keyed by the token's chars and the stemming mask they were computed under. Bounded: at
 * {@link #MAX_ENTRIES} entries it is emptied and refills. Not thread-safe: one per scratch, and a
 * scratch serves one call at a time.
 */
final class SymbolCache {
  static final int MAX_ENTRIES = 16_384;
  /** Longer tokens are not cached (rare, and they would crowd the pool). */
  static final int MAX_LENGTH = 32;

  private final char[] pool = new char[MAX_ENTRIES * 8];
  private int poolSize;
  private final int[] keyStart = new int[MAX_ENTRIES];
  private final int[] keyLength = new int[MAX_ENTRIES];
  private final int[] keyMask = new int[MAX_ENTRIES];
  private final int[] symbolCount = new int[MAX_ENTRIES];
  private final int[] symbols = new int[MAX_ENTRIES * AtomMatcher.MAX_SYMBOLS];
  /** Slot → entry + 1 (0 = empty); load at most 0.5. */
  private final int[] slots = new int[MAX_ENTRIES * 2];
  private int size;
  private long lookups;
  private long hits;

  /**
   * Copies the cached symbols of {@code c[off, off + len)} under {@code stemMask} to {@code
   * out[at...]} and returns how many, or returns -1 (then {@link #put} them).
   *
   * @param hash the token's {@link TermTable#hash}
   */
  int get(char[] c, int off, int len, int hash, int stemMask, int[] out, int at) {
    if (len > MAX_LENGTH) {
      return -1;
    }
    lookups++;
    int mask = slots.length - 1;
    for (int i = slot(hash, stemMask) & mask; ; i = (i + 1) & mask) {
      int v = slots[i];
      if (v == 0) {
        return -1;
      }
      int e = v - 1;
      if (keyLength[e] == len && keyMask[e] == stemMask && equal(c, off, len, keyStart[e])) {
        hits++;
        int n = symbolCount[e];
        System.arraycopy(symbols, e * AtomMatcher.MAX_SYMBOLS, out, at, n);
        return n;
      }
    }
  }

  /** Remembers the {@code n} symbols at {@code in[at...]} of a token {@link #get} did not know. */
  void put(char[] c, int off, int len, int hash, int stemMask, int[] in, int at, int n) {
    if (len > MAX_LENGTH) {
      return;
    }
    if (size == MAX_ENTRIES || poolSize + len > pool.length) {
      clear();
    }
    int e = size++;
    System.arraycopy(c, off, pool, poolSize, len);
    keyStart[e] = poolSize;
    keyLength[e] = len;
    keyMask[e] = stemMask;
    poolSize += len;
    symbolCount[e] = n;
    System.arraycopy(in, at, symbols, e * AtomMatcher.MAX_SYMBOLS, n);
    int mask = slots.length - 1;
    int i = slot(hash, stemMask) & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = e + 1;
  }

  private void clear() {
    Arrays.fill(slots, 0);
    size = 0;
    poolSize = 0;
  }

  /** Share of lookups answered from the cache since this scratch was made. */
  double hitRate() {
    return lookups == 0 ? 0 : (double) hits / lookups;
  }

  private static int slot(int hash, int stemMask) {
    int h = hash ^ (stemMask * 0x9E3779B9);
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h ^ (h >>> 16);
  }

  private boolean equal(char[] c, int off, int len, int at) {
    for (int k = 0; k < len; k++) {
      if (pool[at + k] != c[off + k]) {
        return false;
      }
    }
    return true;
  }
}
