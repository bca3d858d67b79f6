package org.indicia.pack;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * A rule expression as written in a pack, validated but not yet compiled. Each node remembers
 * its source line and column. Internal.
 */
public sealed interface Expr {
  int line();

  int column();

  /**
   * The operands of {@code any}, {@code all}, {@code near} and {@code seq}, in order; empty for
   * the leaves (a lexicon's phrases are not children: walk them from the {@link Lexicon}).
   */
  default List<Expr> children() {
    return List.of();
  }

  /** A phrase: words separated by spaces, each maybe a suffix wildcard {@code word*}. */
  record Phrase(String text, int line, int column) implements Expr {}

  /** A reference {@code @name} to a lexicon, already resolved to its phrases. */
  record Lexicon(String name, List<Phrase> phrases, int line, int column) implements Expr {
    public Lexicon {
      phrases = List.copyOf(phrases);
    }
  }

  /** At least one child matches. */
  record Any(List<Expr> children, int line, int column) implements Expr {
    public Any {
      children = List.copyOf(children);
    }
  }

  /** Every child matches, anywhere. */
  record All(List<Expr> children, int line, int column) implements Expr {
    public All {
      children = List.copyOf(children);
    }
  }

  /**
   * Every child matches, unordered, with at most {@code within} tokens of gap in all; with {@code
   * sentence}, all of them in one sentence.
   */
  record Near(int within, boolean sentence, List<Expr> children, int line, int column) implements Expr {
    public Near {
      children = List.copyOf(children);
    }
  }

  /**
   * Children match in order, at most {@code gap} tokens between neighbours; with {@code sentence},
   * all of them in one sentence.
   */
  record Seq(int gap, boolean sentence, List<Expr> children, int line, int column) implements Expr {
    public Seq {
      children = List.copyOf(children);
    }
  }

  /**
   * An extracted entity ({@code entity:}): one of {@code types}, and, where given, obscured or
   * not, on one of {@code platforms}, in one of {@code currencies}, with a numeric value (age in
   * years, money amount) strictly below {@code below} and above {@code above}. Empty sets and
   * null bounds do not restrict. It matches where the entity is, so it also works inside
   * {@code near} and {@code seq}.
   */
  record EntityMatch(
      Set<org.indicia.Entity.Type> types,
      Boolean obscured,
      Set<String> platforms,
      Set<String> currencies,
      Double below,
      Double above,
      int line,
      int column)
      implements Expr {
    public EntityMatch {
      types = Set.copyOf(types);
      platforms = Set.copyOf(platforms);
      currencies = Set.copyOf(currencies);
    }

    /** Whether {@code e} satisfies this condition. */
    public boolean test(org.indicia.Entity e) {
      if (!types.contains(e.type()) || (obscured != null && obscured != e.obscured())
          || (!platforms.isEmpty() && !platforms.contains(e.platform()))
          || (!currencies.isEmpty() && !currencies.contains(e.currency()))) {
        return false;
      }
      if (below == null && above == null) {
        return true;
      }
      double v;
      try {
        v = Double.parseDouble(e.value());
      } catch (NumberFormatException x) {
        return false; // a hashed value (share mode) has no magnitude
      }
      return (below == null || v < below) && (above == null || v > above);
    }

    /** The condition as written in a pack, in a fixed order: the atom's label in explanations. */
    public String label() {
      StringBuilder sb = new StringBuilder("entity:{type: ");
      sb.append(new java.util.TreeSet<>(types.stream().map(org.indicia.Entity.Type::key).toList()));
      if (obscured != null) {
        sb.append(", obscured: ").append(obscured);
      }
      if (!platforms.isEmpty()) {
        sb.append(", platform: ").append(new java.util.TreeSet<>(platforms));
      }
      if (!currencies.isEmpty()) {
        sb.append(", currency: ").append(new java.util.TreeSet<>(currencies));
      }
      if (below != null) {
        sb.append(", below: ").append(below);
      }
      if (above != null) {
        sb.append(", above: ").append(above);
      }
      return sb.append('}').toString();
    }
  }

  /** An RE2 (linear-time) regular expression over the normalized text. */
  record Regex(String source, Pattern pattern, int line, int column) implements Expr {}
}
