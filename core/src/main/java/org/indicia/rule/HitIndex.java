package org.indicia.rule;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.indicia.match.Hits;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokens;

/**
 * The hits of one document grouped by atom: per-atom singly linked lists threaded through an
 * int array, in scan order. Arrays are sized once per engine and reused; a generation stamp
 * marks which atoms have hits in the current document, so nothing is cleared between documents.
 *
 * <p>Each hit also carries the normalizer folds ({@code org.indicia.text.Folds}) its chars came
 * through. {@link #restrict} hides, until the next call, the hits that used a fold the pack being
 * evaluated switched off, so expressions, negation and {@code unless} all see the same hits.
 * Internal.
 */
public final class HitIndex {
  private final int[] head;
  private final int[] tail;
  private final int[] stamp;
  private int[] next = new int[64];
  private int[] folds = new int[64];
  private boolean anyFolds;
  private int forbidden;
  private int generation;
  Hits hits;
  Tokens tokens;
  private NormalizedText text;
  /** Atoms found only when first asked for (regexes no rule needs as a trigger), or null. */
  private final boolean[] lazy;
  private final int[] lazyStamp;
  private final LazyAtoms source;
  /** Per negation, its marked scopes; negations are few (one per pack) and live as long as the engine. */
  private final Map<Negation, NegationMarks> negationMarks = new IdentityHashMap<>();
  private int markStamp;

  /** Finds the hits of a lazy atom in the current document, appending them to {@code out}. */
  public interface LazyAtoms {
    void find(int atom, Hits out);
  }

  public HitIndex(int atoms) {
    this(atoms, null, null);
  }

  /**
   * @param lazy atoms whose hits {@code source} finds on first use in each document
   */
  public HitIndex(int atoms, boolean[] lazy, LazyAtoms source) {
    head = new int[atoms];
    tail = new int[atoms];
    stamp = new int[atoms];
    this.lazy = lazy;
    this.lazyStamp = lazy == null ? null : new int[atoms];
    this.source = source;
  }

  /**
   * Whether a sentence ends between token {@code first} and token {@code last} of the current
   * document: a {@code .}, {@code !} or {@code ?} (not a {@code .} between digits) or a line break
   * in the text from the end of the one to the start of the other.
   */
  public boolean sentenceEnds(int first, int last) {
    char[] b = text.buffer();
    int to = tokens.start(last);
    for (int i = tokens.end(first); i < to; i++) {
      char c = b[i];
      if (c == '!' || c == '?' || c == '\n' || c == '\r'
          || (c == '.' && !(i > 0 && i + 1 < text.length() && isDigit(b[i - 1]) && isDigit(b[i + 1])))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Indexes {@code hits} for a new document; {@code text} gives each hit's folds. */
  public void index(Hits hits, Tokens tokens, NormalizedText text) {
    this.hits = hits;
    this.tokens = tokens;
    this.forbidden = 0;
    if (++generation == 0) { // wrapped: clear once every 2^32 documents
      Arrays.fill(stamp, 0);
      if (lazyStamp != null) {
        Arrays.fill(lazyStamp, 0);
      }
      generation = 1;
    }
    this.text = text;
    anyFolds = text.hasFolds();
    link(0, hits.count());
  }

  /** Threads hits {@code [from, to)} onto their atoms' lists. */
  private void link(int from, int to) {
    if (next.length < to) {
      int n = Math.max(to, next.length * 2);
      next = Arrays.copyOf(next, n);
      folds = Arrays.copyOf(folds, n);
    }
    if (anyFolds) {
      for (int h = from; h < to; h++) {
        folds[h] = text.folds(tokens.start(hits.tokenStart(h)), tokens.end(hits.tokenEnd(h) - 1));
      }
    }
    for (int h = from; h < to; h++) {
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
    if (lazy != null && lazy[atom] && lazyStamp[atom] != generation) {
      lazyStamp[atom] = generation;
      int before = hits.count();
      source.find(atom, hits);
      link(before, hits.count());
    }
    return stamp[atom] == generation ? allowed(head[atom]) : -1;
  }

  /**
   * False only when {@code atom} surely has no visible hit in this document: unlike {@link
   * #first}, never runs a lazy atom (one not run yet may have hits), so asking has no effect.
   */
  public boolean mayHave(int atom) {
    if (lazy != null && lazy[atom] && lazyStamp[atom] != generation) {
      return true;
    }
    return stamp[atom] == generation && allowed(head[atom]) >= 0;
  }

  /** The hit after {@code hit} for the same atom, or -1. */
  public int next(int hit) {
    return allowed(next[hit]);
  }

  /** {@code h} or the first allowed hit after it on its atom's list. */
  private int allowed(int h) {
    if (forbidden != 0 && anyFolds) {
      while (h >= 0 && (folds[h] & forbidden) != 0) {
        h = next[h];
      }
    }
    return h;
  }

  /**
   * From now on hides the hits whose chars came through any of the folds {@code forbiddenFolds}
   * (0: hide none).
   */
  public void restrict(int forbiddenFolds) {
    forbidden = forbiddenFolds;
  }

  /**
   * Whether token {@code t} lies in the scope of one of {@code negation}'s cues. The scopes are
   * marked once per document, negation and fold restriction, then read in constant time.
   */
  boolean negated(Negation negation, int t) {
    NegationMarks m = negationMarks.get(negation);
    if (m == null) {
      m = new NegationMarks();
      negationMarks.put(negation, m);
    }
    if (m.generation != generation || m.forbidden != forbidden) {
      m.generation = generation;
      m.forbidden = forbidden;
      if (m.marks.length < tokens.count()) {
        m.marks = new int[Math.max(tokens.count(), m.marks.length * 2)];
        m.reach = new int[m.marks.length + 1];
      }
      m.stamp = ++markStamp;
      if (markStamp == Integer.MAX_VALUE) { // wrapped: start the stamps over
        negationMarks.clear();
        markStamp = 0;
      }
      negation.mark(this, m.marks, m.reach, m.stamp);
    }
    return m.marks[t] == m.stamp;
  }

  /** One negation's scopes in the current document: tokens whose mark equals {@code stamp}. */
  private static final class NegationMarks {
    int generation = -1;
    int forbidden;
    int stamp;
    int[] marks = new int[64];
    /** Scratch of {@link Negation#mark}: per token, how far the phrases starting up to it reach. */
    int[] reach = new int[65];
  }

  /** The folds the chars of hit {@code h} came through. */
  public int folds(int h) {
    return anyFolds ? folds[h] : 0;
  }

  public Hits hits() {
    return hits;
  }

  public Tokens tokens() {
    return tokens;
  }
}
