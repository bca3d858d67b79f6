package org.indicia.match;

import java.util.Arrays;

/**
 * Atom hits found in one text, in scan order: parallel int arrays of atom id and token range
 * {@code [tokenStart, tokenEnd)}. Mutable and reused per thread. Internal.
 */
public final class Hits {
  int[] atom = new int[32];
  int[] tokenStart = new int[32];
  int[] tokenEnd = new int[32];
  int count;

  public void reset() {
    count = 0;
  }

  void add(int a, int s, int e) {
    if (count == atom.length) {
      int n = count * 2;
      atom = Arrays.copyOf(atom, n);
      tokenStart = Arrays.copyOf(tokenStart, n);
      tokenEnd = Arrays.copyOf(tokenEnd, n);
    }
    atom[count] = a;
    tokenStart[count] = s;
    tokenEnd[count] = e;
    count++;
  }

  /** Appends a hit found outside the matcher (an {@code entity:} condition's atom). */
  public void append(int atom, int tokenStart, int tokenEnd) {
    add(atom, tokenStart, tokenEnd);
  }

  public int count() {
    return count;
  }

  public int atom(int i) {
    return atom[i];
  }

  public int tokenStart(int i) {
    return tokenStart[i];
  }

  public int tokenEnd(int i) {
    return tokenEnd[i];
  }
}
