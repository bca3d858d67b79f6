package org.indicia;

import java.util.ArrayList;
import java.util.List;
import org.indicia.match.AtomMatcher;
import org.indicia.match.Hits;
import org.indicia.pack.Expr;
import org.indicia.pack.PackDef;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokens;

/**
 * The {@code entity:} conditions of the loaded packs, each an atom the matcher never finds: per
 * document, every extracted entity that satisfies a condition becomes a hit of its atom over the
 * tokens its span covers, so conditions combine with phrases in {@code all}, {@code near} and
 * {@code seq} like any other atom. Immutable.
 */
final class EntityAtoms {
  private final Expr.EntityMatch[] conditions;
  private final int[] atoms;

  private EntityAtoms(List<Expr.EntityMatch> conditions, List<Integer> atoms) {
    this.conditions = conditions.toArray(new Expr.EntityMatch[0]);
    this.atoms = atoms.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Finds the conditions of every indicator and framing block; their atoms were added when the rules compiled. */
  static EntityAtoms collect(List<RulePack> packs, AtomMatcher.Builder builder) {
    List<Expr.EntityMatch> found = new ArrayList<>();
    List<Integer> atoms = new ArrayList<>();
    for (RulePack p : packs) {
      for (PackDef.IndicatorDef ind : p.def().indicators()) {
        walk(ind.match(), builder, found, atoms);
        if (ind.unless() != null) {
          walk(ind.unless(), builder, found, atoms);
        }
      }
      PackDef.Framing framing = p.def().framing();
      if (framing != null) {
        walk(framing.advisory(), builder, found, atoms);
        if (framing.situated() != null) {
          walk(framing.situated(), builder, found, atoms);
        }
      }
    }
    return new EntityAtoms(found, atoms);
  }

  private static void walk(Expr e, AtomMatcher.Builder builder, List<Expr.EntityMatch> found, List<Integer> atoms) {
    if (e instanceof Expr.EntityMatch m) {
      int atom = builder.addExternal(m.label()); // the id compile() got for the same label
      if (!atoms.contains(atom)) {
        found.add(m);
        atoms.add(atom);
      }
    }
    e.children().forEach(c -> walk(c, builder, found, atoms));
  }

  /** The atoms of the conditions. */
  int[] atoms() {
    return atoms.clone();
  }

  /**
   * Appends a hit per (entity, satisfied condition) of each condition whose atom is not {@code
   * lazy}, over the tokens the entity's span covers.
   */
  void addEagerHits(LazyEntities entities, boolean[] lazy, NormalizedText text, Tokens tokens, Hits hits) {
    if (tokens.count() == 0) {
      return;
    }
    for (int c = 0; c < conditions.length; c++) {
      if (!lazy[atoms[c]]) {
        addConditionHits(c, entities, text, tokens, hits);
      }
    }
  }

  /**
   * Appends the hits of one condition's {@code atom}, as {@link #addEagerHits} would; false when
   * {@code atom} is no condition's.
   */
  boolean addAtomHits(int atom, LazyEntities entities, NormalizedText text, Tokens tokens, Hits hits) {
    int c = condition(atom);
    if (c < 0) {
      return false;
    }
    if (tokens.count() > 0) {
      addConditionHits(c, entities, text, tokens, hits);
    }
    return true;
  }

  private void addConditionHits(int c, LazyEntities entities, NormalizedText text, Tokens tokens, Hits hits) {
    Expr.EntityMatch condition = conditions[c];
    if (!entities.mayHold(condition.types(), condition.obscured())) {
      return; // a look at the text shows no entity can satisfy it: no extraction needed
    }
    for (Entity e : entities.of(condition.types())) {
      if (conditions[c].test(e)) {
        int first = firstToken(text, tokens, e.span().start());
        int last = Math.max(first, lastToken(text, tokens, e.span().end()));
        hits.append(atoms[c], first, last + 1);
      }
    }
  }

  private int condition(int atom) {
    for (int c = 0; c < atoms.length; c++) {
      if (atoms[c] == atom) {
        return c;
      }
    }
    return -1;
  }

  /** The first token ending after {@code start} in the original (the last token if none). */
  private static int firstToken(NormalizedText text, Tokens tokens, int start) {
    int lo = 0;
    int hi = tokens.count() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (text.toSourceEnd(tokens.end(mid)) <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The last token starting before {@code end} in the original (the first token if none). */
  private static int lastToken(NormalizedText text, Tokens tokens, int end) {
    int lo = 0;
    int hi = tokens.count() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (text.toSourceStart(tokens.start(mid)) < end) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
