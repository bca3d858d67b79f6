package org.indicia.match;

import java.util.Arrays;

/**
 * A trie over term ids: phrase = path of term ids from the root. Transitions live in one
 * open-addressing table keyed by {@code (state << 32) | term}, so a state costs no object and the
 * whole trie is three primitive arrays (after the double-array idea of hankcs's ACDAT: flat
 * arrays, no per-node maps). Terminal states map to the atoms that end there. Internal.
 */
final class PhraseTrie {
  private long[] keys = new long[64];
  private int[] targets = new int[64];
  private int transitions;
  private int states = 1; // state 0 is the root
  /** State → atoms ending there (null when none). */
  private int[][] terminal = new int[64][];

  static final int ROOT = 0;

  private static int mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return (int) k;
  }

  /** The child of {@code state} along {@code term}, or -1. */
  int next(int state, int term) {
    long key = ((long) state << 32) | (term & 0xffffffffL);
    long[] ks = keys;
    int mask = ks.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      long k = ks[i];
      if (k == key) {
        return targets[i];
      }
      if (k == -1L) {
        return -1;
      }
    }
  }

  /** Atoms ending at {@code state}, or null. */
  int[] atoms(int state) {
    return terminal[state];
  }

  PhraseTrie() {
    Arrays.fill(keys, -1L);
  }

  /** Adds a phrase (path of term ids) ending in {@code atom}. */
  void add(int[] path, int atom) {
    int state = ROOT;
    for (int term : path) {
      int n = next(state, term);
      if (n < 0) {
        n = states++;
        if (n == terminal.length) {
          terminal = Arrays.copyOf(terminal, n * 2);
        }
        put(((long) state << 32) | (term & 0xffffffffL), n);
      }
      state = n;
    }
    int[] at = terminal[state];
    if (at == null) {
      terminal[state] = new int[] {atom};
    } else if (Arrays.stream(at).noneMatch(a -> a == atom)) {
      int[] grown = Arrays.copyOf(at, at.length + 1);
      grown[at.length] = atom;
      terminal[state] = grown;
    }
  }

  private void put(long key, int target) {
    if ((transitions + 1) * 2 > keys.length) {
      long[] oldKeys = keys;
      int[] oldTargets = targets;
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1L);
      targets = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != -1L) {
          insert(oldKeys[i], oldTargets[i]);
        }
      }
    }
    insert(key, target);
    transitions++;
  }

  private void insert(long key, int target) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (keys[i] != -1L) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    targets[i] = target;
  }

  void freeze() {
    terminal = Arrays.copyOf(terminal, states);
  }

  int states() {
    return states;
  }
}
