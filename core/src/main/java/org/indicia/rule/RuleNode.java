package org.indicia.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * A compiled expression. {@link #eval} returns the ways it matched, in text order; an empty list
 * means no match. Nothing is capped: every hit counts, so padding a text with common words cannot
 * push a cue out of view. Evaluation touches only the hits of the atoms involved and is linear in
 * them ({@code near} and {@code seq} slide over sorted hit lists), so its cost does not depend on
 * the text length beyond the hits it holds. Immutable. Internal.
 */
public abstract class RuleNode {
  RuleNode() {}

  /**
   * @param negation the indicator's negation, or null when its hits cannot be negated
   */
  public abstract List<Match> eval(HitIndex index, Negation negation);

  /**
   * False only when {@link #eval} surely returns no match: some atom the node needs has no hit.
   * Costs a few array reads and allocates nothing, so conjunctions ask it of every part before
   * building any part's matches.
   */
  abstract boolean mayMatch(HitIndex index);

  /** Calls {@code sink} with every atom this node reads. */
  public abstract void atoms(IntConsumer sink);

  /**
   * Calls {@code sink} with atoms enough to decide whether the node can match: the node cannot
   * match in a text where none of them has a hit. An {@code any} needs every child's triggers;
   * {@code all}, {@code near} and {@code seq} need only one child's, and take the child that
   * needs no regex ({@code isRegex}), or the fewest, so most regexes run only on demand.
   */
  public abstract void triggers(IntPredicate isRegex, IntConsumer sink);

  /** A literal phrase or regex. */
  public static RuleNode atom(int atom) {
    return new AtomNode(atom);
  }

  /**
   * Either of the children. Alternatives that are all atoms (a lexicon, a list of phrases, or
   * {@code any}s of those) become one node over an array of atoms: a concept of hundreds of
   * phrases is asked of by every rule that uses it, so it should cost a loop over ints, not a
   * call per phrase. Its matches are the same, in the same order: a stable sort by position of
   * the children's matches in child order, whether nested or flat.
   */
  public static RuleNode any(List<RuleNode> children) {
    if (children.size() == 1) {
      return children.get(0);
    }
    int[] atoms = new int[0];
    for (RuleNode c : children) {
      int[] more;
      if (c instanceof AtomNode a) {
        more = new int[] {a.atom};
      } else if (c instanceof AtomsNode a) {
        more = a.atoms;
      } else {
        return new AnyNode(children);
      }
      int n = atoms.length;
      atoms = Arrays.copyOf(atoms, n + more.length);
      System.arraycopy(more, 0, atoms, n, more.length);
    }
    return new AtomsNode(atoms);
  }

  public static RuleNode all(List<RuleNode> children) {
    return children.size() == 1 ? children.get(0) : new AllNode(children);
  }

  /** With {@code sentence}, every part in one sentence (see {@link HitIndex#sentenceEnds}). */
  public static RuleNode near(int within, boolean sentence, List<RuleNode> children) {
    return new WindowNode(children, within, false, sentence);
  }

  /** With {@code sentence}, every part in one sentence (see {@link HitIndex#sentenceEnds}). */
  public static RuleNode seq(int gap, boolean sentence, List<RuleNode> children) {
    return new WindowNode(children, gap, true, sentence);
  }

  /**
   * Appends a match per hit of {@code atom} that {@code negation} does not negate, to {@code out}
   * (made when the first is found); returns the list, or null when none was found and none given.
   */
  private static List<Match> hits(HitIndex index, int atom, Negation negation, List<Match> out) {
    for (int h = index.first(atom); h >= 0; h = index.next(h)) {
      if (negation != null && negation.negates(h, index)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(2);
      }
      out.add(new Match(index.hits().tokenStart(h), index.hits().tokenEnd(h), new int[] {h}));
    }
    return out;
  }

  private static final class AtomNode extends RuleNode {
    private final int atom;

    AtomNode(int atom) {
      this.atom = atom;
    }

    @Override
    boolean mayMatch(HitIndex index) {
      return index.mayHave(atom);
    }

    @Override
    public List<Match> eval(HitIndex index, Negation negation) {
      List<Match> out = hits(index, atom, negation, null);
      return out == null ? List.of() : out;
    }

    @Override
    public void atoms(IntConsumer sink) {
      sink.accept(atom);
    }

    @Override
    public void triggers(IntPredicate isRegex, IntConsumer sink) {
      sink.accept(atom);
    }
  }

  /** Either of several atoms: {@link #any} of {@link AtomNode}s without a node per atom. */
  private static final class AtomsNode extends RuleNode {
    private final int[] atoms;

    AtomsNode(int[] atoms) {
      this.atoms = atoms;
    }

    @Override
    boolean mayMatch(HitIndex index) {
      for (int atom : atoms) {
        if (index.mayHave(atom)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<Match> eval(HitIndex index, Negation negation) {
      List<Match> out = null;
      for (int atom : atoms) {
        if (index.mayHave(atom)) {
          out = hits(index, atom, negation, out);
        }
      }
      if (out == null) {
        return List.of();
      }
      out.sort(BY_POSITION);
      return out;
    }

    @Override
    public void atoms(IntConsumer sink) {
      for (int atom : atoms) {
        sink.accept(atom);
      }
    }

    @Override
    public void triggers(IntPredicate isRegex, IntConsumer sink) {
      atoms(sink);
    }
  }

  private abstract static class Composite extends RuleNode {
    final RuleNode[] children;

    Composite(List<RuleNode> children) {
      this.children = children.toArray(new RuleNode[0]);
    }

    @Override
    public void atoms(IntConsumer sink) {
      for (RuleNode c : children) {
        c.atoms(sink);
      }
    }

    /** For conjunctions: one child's triggers, the child needing the fewest regexes, then atoms. */
    void oneChildTriggers(IntPredicate isRegex, IntConsumer sink) {
      List<Integer> best = null;
      long bestCost = Long.MAX_VALUE;
      for (RuleNode c : children) {
        List<Integer> t = new ArrayList<>();
        c.triggers(isRegex, t::add);
        long regexes = t.stream().filter(isRegex::test).count();
        long cost = regexes * 1_000_000L + t.size();
        if (cost < bestCost) {
          best = t;
          bestCost = cost;
        }
      }
      best.forEach(sink::accept);
    }

    /** Whether every child may match (for conjunctions). */
    boolean allMayMatch(HitIndex index) {
      for (RuleNode c : children) {
        if (!c.mayMatch(index)) {
          return false;
        }
      }
      return true;
    }

    /** Each child's matches, or null as soon as one child has none (or surely will have none). */
    List<List<Match>> allOrNull(HitIndex index, Negation negation) {
      if (!allMayMatch(index)) {
        return null;
      }
      List<List<Match>> out = new ArrayList<>(children.length);
      for (RuleNode c : children) {
        List<Match> m = c.eval(index, negation);
        if (m.isEmpty()) {
          return null;
        }
        out.add(m);
      }
      return out;
    }
  }

  private static final class AnyNode extends Composite {
    AnyNode(List<RuleNode> children) {
      super(children);
    }

    @Override
    public void triggers(IntPredicate isRegex, IntConsumer sink) {
      for (RuleNode c : children) {
        c.triggers(isRegex, sink);
      }
    }

    @Override
    boolean mayMatch(HitIndex index) {
      for (RuleNode c : children) {
        if (c.mayMatch(index)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<Match> eval(HitIndex index, Negation negation) {
      List<Match> out = null;
      for (RuleNode c : children) {
        if (!c.mayMatch(index)) {
          continue;
        }
        List<Match> m = c.eval(index, negation);
        if (m.isEmpty()) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(m);
        } else {
          out.addAll(m);
        }
      }
      if (out == null) {
        return List.of();
      }
      out.sort(BY_POSITION);
      return out;
    }
  }

  /** Every child somewhere in the text; the evidence is each child's first match. */
  private static final class AllNode extends Composite {
    AllNode(List<RuleNode> children) {
      super(children);
    }

    @Override
    public void triggers(IntPredicate isRegex, IntConsumer sink) {
      oneChildTriggers(isRegex, sink);
    }

    @Override
    boolean mayMatch(HitIndex index) {
      return allMayMatch(index);
    }

    @Override
    public List<Match> eval(HitIndex index, Negation negation) {
      List<List<Match>> each = allOrNull(index, negation);
      if (each == null) {
        return List.of();
      }
      Match[] pick = new Match[each.size()];
      for (int i = 0; i < pick.length; i++) {
        pick[i] = each.get(i).get(0);
      }
      return List.of(combine(pick));
    }
  }

  /**
   * {@code near} (unordered; the tokens between and around the parts, not covered by any part,
   * number at most {@code window}) and {@code seq} (in order, each part starting after the previous
   * one ends with at most {@code window} tokens between).
   *
   * <p>{@code near} sweeps the children's matches in text order keeping each child's latest match;
   * at every match it tests the combination of latest matches, the tightest one ending there.
   * {@code seq} links each match of a part to the previous part's reachable match that ends last
   * before it. Both are linear in the matches (times the number of parts), whatever their number.
   */
  private static final class WindowNode extends Composite {
    private static final int NONE = -1;
    private static final int START = -2;
    private final int window;
    private final boolean ordered;
    private final boolean sentence;

    WindowNode(List<RuleNode> children, int window, boolean ordered, boolean sentence) {
      super(children);
      this.window = window;
      this.ordered = ordered;
      this.sentence = sentence;
    }

    @Override
    public void triggers(IntPredicate isRegex, IntConsumer sink) {
      oneChildTriggers(isRegex, sink);
    }

    @Override
    boolean mayMatch(HitIndex index) {
      return allMayMatch(index);
    }

    @Override
    public List<Match> eval(HitIndex index, Negation negation) {
      List<List<Match>> each = allOrNull(index, negation);
      if (each == null) {
        return List.of();
      }
      return ordered ? chains(each, index) : sweep(each, index);
    }

    /** Whether tokens {@code first} and {@code last} are in one sentence, or sentences do not matter. */
    private boolean oneSentence(HitIndex index, int first, int last) {
      return !sentence || !index.sentenceEnds(first, last);
    }

    private List<Match> sweep(List<List<Match>> each, HitIndex index) {
      int k = each.size();
      int[] cursor = new int[k];
      Match[] latest = new Match[k];
      int seen = 0;
      List<Match> out = new ArrayList<>(1);
      while (true) {
        int c = -1; // the child whose next match comes first in text order
        for (int i = 0; i < k; i++) {
          if (cursor[i] < each.get(i).size()
              && (c < 0 || BY_POSITION.compare(each.get(i).get(cursor[i]), each.get(c).get(cursor[c])) < 0)) {
            c = i;
          }
        }
        if (c < 0) {
          return out;
        }
        if (latest[c] == null) {
          seen++;
        }
        latest[c] = each.get(c).get(cursor[c]++);
        if (seen == k && fits(latest)) {
          Match m = combine(latest);
          if (oneSentence(index, m.start(), m.end() - 1)) {
            out.add(m);
          }
        }
      }
    }

    /** Whether the uncovered tokens in the parts' extent number at most the window. */
    private boolean fits(Match[] pick) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      int length = 0;
      for (Match m : pick) {
        lo = Math.min(lo, m.start());
        hi = Math.max(hi, m.end());
        length += m.end() - m.start();
      }
      if (hi - lo - length > window) {
        return false; // even with no overlap between parts the gaps exceed the window
      }
      boolean[] covered = new boolean[hi - lo]; // at most window + the parts' lengths
      int gaps = hi - lo;
      for (Match m : pick) {
        for (int t = m.start(); t < m.end(); t++) {
          if (!covered[t - lo]) {
            covered[t - lo] = true;
            gaps--;
          }
        }
      }
      return gaps <= window;
    }

    private List<Match> chains(List<List<Match>> each, HitIndex index) {
      int k = each.size();
      int[][] pred = new int[k][]; // per part, per match: the previous part's match it follows, or NONE
      pred[0] = new int[each.get(0).size()];
      Arrays.fill(pred[0], START); // every match of the first part starts a chain
      for (int i = 1; i < k; i++) {
        List<Match> prev = each.get(i - 1);
        List<Match> cur = each.get(i);
        Integer[] ends = reachableByEnd(prev, pred[i - 1]);
        pred[i] = new int[cur.size()];
        int j = 0;
        int best = -1;
        for (int m = 0; m < cur.size(); m++) { // cur is in text order, so starts only grow
          Match here = cur.get(m);
          while (j < ends.length && prev.get(ends[j]).end() <= here.start()) {
            best = ends[j++];
          }
          // best ends last before here: when a sentence ends between them, it ends before every other candidate too
          pred[i][m] = best >= 0 && here.start() - prev.get(best).end() <= window
              && oneSentence(index, prev.get(best).end() - 1, here.start()) ? best : NONE;
        }
      }
      List<Match> out = new ArrayList<>(1);
      Match[] pick = new Match[k];
      int[] last = pred[k - 1];
      for (int m = 0; m < last.length; m++) {
        if (last[m] == NONE) {
          continue;
        }
        int at = m;
        for (int i = k - 1; i >= 0; i--) {
          pick[i] = each.get(i).get(at);
          at = pred[i][at];
        }
        out.add(combine(pick));
      }
      if (out.size() > 1) {
        out.sort(BY_POSITION);
      }
      return out;
    }

    /** Indices of the matches that end a chain so far, ordered by their end. */
    private static Integer[] reachableByEnd(List<Match> matches, int[] pred) {
      List<Integer> ids = new ArrayList<>(matches.size());
      for (int m = 0; m < matches.size(); m++) {
        if (pred[m] != NONE) {
          ids.add(m);
        }
      }
      Integer[] out = ids.toArray(new Integer[0]);
      Arrays.sort(out, (a, b) -> Integer.compare(matches.get(a).end(), matches.get(b).end()));
      return out;
    }
  }

  static final Comparator<Match> BY_POSITION =
      Comparator.comparingInt(Match::start).thenComparingInt(Match::end);

  static Match combine(Match[] pick) {
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    int n = 0;
    for (Match m : pick) {
      lo = Math.min(lo, m.start());
      hi = Math.max(hi, m.end());
      n += m.hits().length;
    }
    int[] hits = new int[n];
    int k = 0;
    for (Match m : pick) {
      System.arraycopy(m.hits(), 0, hits, k, m.hits().length);
      k += m.hits().length;
    }
    return new Match(lo, hi, Arrays.copyOf(hits, k));
  }
}
