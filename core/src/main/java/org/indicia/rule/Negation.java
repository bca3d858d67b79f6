package org.indicia.rule;

import java.util.Arrays;
import java.util.BitSet;
import org.indicia.match.Hits;
import org.indicia.text.Tokens;

/**
 * A pack's negation: a hit is negated when one of the cue atoms ends at most {@code scope - 1}
 * tokens before the hit starts, in the same clause ("no recruitment fee"). A cue inside the hit
 * itself does not negate it, so a phrase may contain its own negation word ("no days off"). Nor
 * does a cue that a longer hit of another atom has taken into its own meaning: a cue inside a
 * phrase that starts before it ("do not have my" in "I do not have my papers"), or a cue of
 * several words that a longer phrase starts with ("won't give" in "won't give her passport
 * back"): a negated verb whose phrase means the act, not the negation of the words after it. Only
 * a phrase an indicator's match reads can take a cue so: an {@code unless} phrase ("we do not
 * hold") leaves the negation as it is. A one-word cue that begins a phrase stays a negation ("no
 * papers held": "no" negates what follows, whatever phrase it starts). Immutable. Internal.
 */
public final class Negation {
  private final int[] cueAtoms;
  private final int scope;
  /** The atoms that can take a cue into a phrase: those some indicator's match reads, cues aside. */
  private final BitSet phrases;

  /**
   * @param phrases the atoms an indicator's match reads (evidence): only their phrases can take a
   *     cue into their meaning; an {@code unless} phrase ("we do not hold") never does
   */
  public Negation(int[] cueAtoms, int scope, BitSet phrases) {
    this.cueAtoms = cueAtoms.clone();
    this.scope = scope;
    this.phrases = (BitSet) phrases.clone();
    for (int c : this.cueAtoms) {
      this.phrases.clear(c);
    }
  }

  public boolean negates(int hit, HitIndex index) {
    return index.negated(this, index.hits().tokenStart(hit));
  }

  /**
   * Marks, with {@code stamp}, every token a cue's scope reaches: those starting at most
   * {@code scope - 1} tokens after a cue ends, in the cue's clause. Linear in the hits and
   * tokens, so repeating a cue word cannot make negation quadratic.
   */
  void mark(HitIndex index, int[] marks, int[] reach, int stamp) {
    Hits hits = index.hits();
    Tokens tokens = index.tokens();
    int count = tokens.count();
    boolean reached = false; // reach is filled on the first cue hit: a text without one never needs it
    for (int cue : cueAtoms) {
      for (int h = index.first(cue); h >= 0; h = index.next(h)) {
        if (!reached) {
          reach(hits, count, reach);
          reached = true;
        }
        int b = hits.tokenStart(h);
        int e = hits.tokenEnd(h);
        if ((b > 0 && reach[b - 1] > e) || (e - b > 1 && reach[b] > e)) {
          continue; // taken into a longer phrase: not a negation
        }
        int clause = tokens.clause(e - 1);
        for (int t = e; t < count && t - e < scope && tokens.clause(t) == clause; t++) {
          marks[t] = stamp;
        }
      }
    }
  }

  /**
   * Fills {@code reach[0, count]}: per token t, the furthest end of a hit of a phrase atom that
   * starts at or before t (0 if none).
   */
  private void reach(Hits hits, int count, int[] reach) {
    Arrays.fill(reach, 0, count + 1, 0);
    for (int k = 0; k < hits.count(); k++) {
      int s = hits.tokenStart(k);
      if (s <= count && hits.tokenEnd(k) > reach[s] && phrases.get(hits.atom(k))) {
        reach[s] = hits.tokenEnd(k);
      }
    }
    for (int t = 1; t <= count; t++) {
      reach[t] = Math.max(reach[t], reach[t - 1]);
    }
  }
}
