package org.indicia.rule;

import org.indicia.match.Hits;
import org.indicia.text.Tokens;

/**
 * A pack's negation: a hit is negated when one of the cue atoms ends at most {@code scope - 1}
 * tokens before the hit starts, in the same clause ("no recruitment fee"). A cue inside the hit
 * itself does not negate it, so a phrase may contain its own negation word ("no days off").
 * Immutable. Internal.
 */
public final class Negation {
  private final int[] cueAtoms;
  private final int scope;

  public Negation(int[] cueAtoms, int scope) {
    this.cueAtoms = cueAtoms.clone();
    this.scope = scope;
  }

  public boolean negates(int hit, HitIndex index) {
    return index.negated(this, index.hits().tokenStart(hit));
  }

  /**
   * Marks, with {@code stamp}, every token a cue's scope reaches: those starting at most
   * {@code scope - 1} tokens after a cue ends, in the cue's clause. Linear in the cue hits, so
   * repeating a cue word cannot make negation quadratic.
   */
  void mark(HitIndex index, int[] marks, int stamp) {
    Hits hits = index.hits();
    Tokens tokens = index.tokens();
    int count = tokens.count();
    for (int cue : cueAtoms) {
      for (int h = index.first(cue); h >= 0; h = index.next(h)) {
        int e = hits.tokenEnd(h);
        int clause = tokens.clause(e - 1);
        for (int t = e; t < count && t - e < scope && tokens.clause(t) == clause; t++) {
          marks[t] = stamp;
        }
      }
    }
  }
}
