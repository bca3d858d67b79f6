package org.indicia.rule;

import java.util.Arrays;
import org.indicia.match.Hits;
import org.indicia.text.Tokens;

/**
 * The hits of one document grouped by atom: per-atom singly linked lists threaded through an
 * int array, in scan order. Arrays are sized once per engine and reused; a generation stamp
 * marks which atoms have hits in the current document, so nothing is cleared between documents.
 * Internal.
 */
public final class HitIndex {
  private final int[] head;
  private final int[] tail;
  private final int[] stamp;
  private int[] next = new int[64];
  private int generation;
  Hits hits;
  Tokens tokens;

  public HitIndex(int atoms) {
    head = new int[atoms];
    tail = new int[atoms];
    stamp = new int[atoms];
  }

  /** Indexes {@code hits} for a new document. */
  public void index(Hits hits, Tokens tokens) {
    this.hits = hits;
    this.tokens = tokens;
    if (++generation == 0) { // wrapped: clear once every 2^32 documents
      Arrays.fill(stamp, 0);
      generation = 1;
    }
    int n = hits.count();
    if (next.length < n) {
      next = new int[Math.max(n, next.length * 2)];
    }
    for (int h = 0; h < n; h++) {
      int a = hits.atom(h);
      next[h] = -1;
      if (stamp[a] != generation) {
        stamp[a] = generation;
        head[a] = h;
      } else {
        next[tail[a]] = h;
      }
      tail[a] = h;
    }
  }

  /** First hit of {@code atom} in this document, or -1. */
  public int first(int atom) {
    return stamp[atom] == generation ? head[atom] : -1;
  }

  /** The hit after {@code hit} for the same atom, or -1. */
  public int next(int hit) {
    return next[hit];
  }

  public Hits hits() {
    return hits;
  }

  public Tokens tokens() {
    return tokens;
  }
}
