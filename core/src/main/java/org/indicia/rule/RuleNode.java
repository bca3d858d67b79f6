package org.indicia.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * A compiled expression. {@link #eval} returns the ways it matched (at most {@link #MAX_MATCHES},
 * in text order); an empty list means no match. Evaluation touches only the hits of the atoms
 * involved, so its cost does not depend on the text length. Immutable. Internal.
 */
public abstract class RuleNode {
  /** Most matches kept per node: bounds the work of near and seq on texts full of hits. */
  public static final int MAX_MATCHES = 64;

  RuleNode() {}

  /**
   * @param negation the indicator's negation, or null when its hits cannot be negated
   */
  public abstract List<Match> eval(HitIndex index, Negation negation);

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

  public static RuleNode any(List<RuleNode> children) {
    return children.size() == 1 ? children.get(0) : new AnyNode(children);
  }

  public static RuleNode all(List<RuleNode> children) {
    return children.size() == 1 ? children.get(0) : new AllNode(children);
  }

  public static RuleNode near(int within, List<RuleNode> children) {
    return new WindowNode(children, within, false);
  }

  public static RuleNode seq(int gap, List<RuleNode> children) {
    return new WindowNode(children, gap, true);
  }

  private static final class AtomNode extends RuleNode {
    private final int atom;

    AtomNode(int atom) {
      this.atom = atom;
    }

    @Override
    public List<Match> eval(HitIndex index, Negation negation) {
      int h = index.first(atom);
      if (h < 0) {
        return List.of();
      }
      List<Match> out = new ArrayList<>(2);
      for (; h >= 0 && out.size() < MAX_MATCHES; h = index.next(h)) {
        if (negation != null && negation.negates(h, index)) {
          continue;
        }
        out.add(new Match(index.hits().tokenStart(h), index.hits().tokenEnd(h), new int[] {h}));
      }
      return out;
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

    /** Each child's matches, or null as soon as one child has none. */
    List<List<Match>> allOrNull(HitIndex index, Negation negation) {
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
    public List<Match> eval(HitIndex index, Negation negation) {
      List<Match> out = null;
      for (RuleNode c : children) {
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
      out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
      return out.size() > MAX_MATCHES ? out.subList(0, MAX_MATCHES) : out;
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
   * one ends with at most {@code window} tokens between). Combinations are searched depth first
   * over the children's match lists, which {@link #MAX_MATCHES} keeps small.
   */
  private static final class WindowNode extends Composite {
    private final int window;
    private final boolean ordered;

    WindowNode(List<RuleNode> children, int window, boolean ordered) {
      super(children);
      this.window = window;
      this.ordered = ordered;
    }

    @Override
    public void triggers(IntPredicate isRegex, IntConsumer sink) {
      oneChildTriggers(isRegex, sink);
    }

    @Override
    public List<Match> eval(HitIndex index, Negation negation) {
      List<List<Match>> each = allOrNull(index, negation);
      if (each == null) {
        return List.of();
      }
      List<Match> out = new ArrayList<>(1);
      search(each, 0, new Match[each.size()], out);
      return out;
    }

    private void search(List<List<Match>> each, int i, Match[] pick, List<Match> out) {
      if (out.size() >= MAX_MATCHES) {
        return;
      }
      if (i == pick.length) {
        if (ordered || gaps(pick) <= window) {
          out.add(combine(pick));
        }
        return;
      }
      for (Match m : each.get(i)) {
        if (ordered && i > 0) {
          Match prev = pick[i - 1];
          if (m.start() < prev.end()) {
            continue;
          }
          if (m.start() - prev.end() > window) {
            continue;
          }
        } else if (!ordered && i > 0 && !canStillFit(pick, i, m)) {
          continue;
        }
        pick[i] = m;
        search(each, i + 1, pick, out);
      }
    }

    /** Prunes: the extent so far minus the parts so far must leave room within the window. */
    private boolean canStillFit(Match[] pick, int i, Match m) {
      int lo = m.start();
      int hi = m.end();
      for (int k = 0; k < i; k++) {
        lo = Math.min(lo, pick[k].start());
        hi = Math.max(hi, pick[k].end());
      }
      return hi - lo <= window + totalLength(pick, i) + (m.end() - m.start());
    }

    private static int totalLength(Match[] pick, int n) {
      int sum = 0;
      for (int k = 0; k < n; k++) {
        sum += pick[k].end() - pick[k].start();
      }
      return sum;
    }

    /** Tokens in the combination's extent that no part covers. */
    private static int gaps(Match[] pick) {
      int lo = Integer.MAX_VALUE;
      int hi = Integer.MIN_VALUE;
      for (Match m : pick) {
        lo = Math.min(lo, m.start());
        hi = Math.max(hi, m.end());
      }
      boolean[] covered = new boolean[hi - lo];
      for (Match m : pick) {
        for (int t = m.start(); t < m.end(); t++) {
          covered[t - lo] = true;
        }
      }
      int gaps = 0;
      for (boolean c : covered) {
        if (!c) {
          gaps++;
        }
      }
      return gaps;
    }
  }

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
