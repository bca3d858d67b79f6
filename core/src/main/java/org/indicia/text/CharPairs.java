package org.indicia.text;

import java.util.Arrays;

/**
 * Which chars and adjacent char pairs a text holds, hashed to {@value #BITS} bits each: a literal
 * with a char or a pair the text lacks cannot occur in it, which one bit test per pair tells
 * without a pass over the text. Built in one pass; reusable. Internal: the regex prefilter and the
 * entity cues use it.
 */
public final class CharPairs {
  private static final int BITS = 4096;
  private final long[] singles = new long[BITS / 64];
  private final long[] pairs = new long[BITS / 64];

  /** Records the chars and pairs of {@code text[0, length)}, forgetting the previous text's. */
  public void of(char[] text, int length) {
    Arrays.fill(singles, 0);
    Arrays.fill(pairs, 0);
    for (int i = 0; i < length; i++) {
      set(singles, text[i]);
      if (i > 0) {
        set(pairs, pair(text[i - 1], text[i]));
      }
    }
  }

  /** False when {@code s} cannot occur in the text: one of its chars or adjacent pairs never does. */
  public boolean mayHold(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!has(singles, s.charAt(k)) || (k > 0 && !has(pairs, pair(s.charAt(k - 1), s.charAt(k))))) {
        return false;
      }
    }
    return true;
  }

  private static int pair(char a, char b) {
    return a * 31 + b;
  }

  private static void set(long[] bits, int h) {
    int b = h & (BITS - 1);
    bits[b >>> 6] |= 1L << b;
  }

  private static boolean has(long[] bits, int h) {
    int b = h & (BITS - 1);
    return (bits[b >>> 6] & (1L << b)) != 0;
  }
}
