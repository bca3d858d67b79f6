package org.indicia.text;

/**
 * The evasion folds the normalizer can apply, as bits of the per-char mask {@link
 * NormalizedText#folds(int, int)} reports: which disguise a normalized char was recovered from.
 * A char may carry several ({@code p.4.s.s} → {@code pass}: SPLIT and LEET). Internal.
 */
public final class Folds {
  /** A look-alike letter (Cyrillic, Greek, small capital, mathematical, full-width, enclosed). */
  public static final int HOMOGLYPH = 1;
  /** A digit or symbol read as a letter ({@code p4ssp0rt}). */
  public static final int LEET = 1 << 1;
  /** Letters or word parts joined across separators ({@code p.a.s.s}, {@code pass-port}). */
  public static final int SPLIT = 1 << 2;
  /** An invisible char removed from inside a word (zero-width space, soft hyphen, ...). */
  public static final int INVISIBLE = 1 << 3;
  /** A run of one letter squeezed ({@code yoooung}). */
  public static final int REPEAT = 1 << 4;
  /** An emoji replaced by its name ({@code :rose:}). */
  public static final int EMOJI = 1 << 5;
  /** Every public bit. */
  public static final int ALL = (1 << 6) - 1;

  /**
   * Not a fold: marks a non-Latin letter with a Latin look-alike until the word pass decides
   * whether its word is a disguise. Never visible outside this package.
   */
  static final int CONFUSABLE = 1 << 6;

  private Folds() {}
}
