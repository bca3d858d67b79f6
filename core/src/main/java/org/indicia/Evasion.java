package org.indicia;

import java.util.Objects;

/**
 * A disguise the normalizer undid inside the evidence of a finding: a word written to get past
 * keyword filters. Evasion is itself evidence (an ad that hides {@code passport} as {@code
 * p4ssp0rt} is trying not to be read), but only where it carries a finding: an emoji or a
 * look-alike letter elsewhere in the text is not reported.
 *
 * @param kind the kind of disguise
 * @param span the original characters of the disguised word (the token the matcher read)
 */
public record Evasion(Kind kind, Span span) {
  /**
   * Kinds of disguise; each is also a fold a pack may switch off ({@code analysis.folds} in the
   * pack format).
   */
  public enum Kind {
    /** Look-alike letters: Cyrillic or Greek for Latin, mathematical, full-width, enclosed. */
    HOMOGLYPH("homoglyphs"),
    /** Digits or symbols for letters: {@code p4ssp0rt}, {@code $ex}. */
    LEETSPEAK("leet"),
    /** A word split by separators: {@code p.a.s.s.p.o.r.t}, {@code pass-port}. */
    SPLIT_LETTERS("separators"),
    /** Invisible characters inside a word: zero-width space, soft hyphen, joiners. */
    INVISIBLE("invisible"),
    /** A letter repeated: {@code yoooung}. */
    REPEATED_LETTERS("repeats"),
    /** An emoji standing for a word: {@code 🌹} read as {@code :rose:}. */
    EMOJI("emoji");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The kind's key in a pack's {@code analysis: folds} map, e.g. {@code leet}. */
    public String key() {
      return key;
    }

    /**
     * The normalizer's fold bit for this kind ({@code text.Folds}): bit {@code ordinal()}, the
     * constants being declared in the same order (EvasionTest checks it).
     */
    int foldBit() {
      return 1 << ordinal();
    }
  }

  /** @throws NullPointerException if an argument is null */
  public Evasion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
