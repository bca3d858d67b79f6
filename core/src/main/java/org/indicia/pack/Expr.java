package org.indicia.pack;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * A rule expression as written in a pack, validated but not yet compiled. Each node remembers
 * its source line and column. Internal.
 */
public sealed interface Expr {
  int line();

  int column();

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

  /** Every child matches, unordered, with at most {@code within} tokens of gap in all. */
  record Near(int within, List<Expr> children, int line, int column) implements Expr {
    public Near {
      children = List.copyOf(children);
    }
  }

  /** Children match in order, at most {@code gap} tokens between neighbours. */
  record Seq(int gap, List<Expr> children, int line, int column) implements Expr {
    public Seq {
      children = List.copyOf(children);
    }
  }

  /** An RE2 (linear-time) regular expression over the normalized text. */
  record Regex(String source, Pattern pattern, int line, int column) implements Expr {}
}
