package org.indicia.benchmarks.match;

import java.util.List;

/**
 * The phrase matchers compared, used as a JMH {@code @Param}: Indicia and four baselines doing
 * case-insensitive whole-word phrase search over the same texts and phrase lists.
 */
public enum MatcherType {

  /** Indicia's compiled phrase set: normalization, tokenization and matching. */
  INDICIA(Semantics.OCCURRENCES, Gap.SAME_CLAUSE, true) {
    @Override
    public PhraseMatcherFacade create(List<String> phrases) {
      return new IndiciaMatcher(phrases);
    }
  },

  /** One {@code java.util.regex} alternation, longest phrases first; guarded at large sizes. */
  REGEX(Semantics.LEFTMOST_LONGEST, Gap.ONE_SPACE, false) {
    @Override
    public PhraseMatcherFacade create(List<String> phrases) {
      return new RegexMatcher(phrases);
    }
  },

  /** robert-bor's {@code org.ahocorasick} 0.6.3, ignoreCase and onlyWholeWords. */
  ROBERT_BOR_AC(Semantics.OCCURRENCES, Gap.ONE_SPACE, false) {
    @Override
    public PhraseMatcherFacade create(List<String> phrases) {
      return new RobertBorMatcher(phrases);
    }
  },

  /** hankcs' double-array Aho-Corasick on lower-cased text, word boundaries checked per hit. */
  HANKCS_DAT(Semantics.OCCURRENCES, Gap.ONE_SPACE, false) {
    @Override
    public PhraseMatcherFacade create(List<String> phrases) {
      return new HankcsMatcher(phrases);
    }
  },

  /** Lucene Monitor: one phrase query per phrase, matched against a one-document index. */
  LUCENE_MONITOR(Semantics.DISTINCT_PHRASES, Gap.ANY, false) {
    @Override
    public PhraseMatcherFacade create(List<String> phrases) {
      return new LuceneMonitorMatcher(phrases);
    }
  };

  /** What one counted hit is; the verifier compares each matcher with the reference in kind. */
  public enum Semantics {
    /** Every (phrase, position) occurrence, overlapping ones included. */
    OCCURRENCES,
    /** Non-overlapping hits, scanning left to right and taking the longest phrase at a start. */
    LEFTMOST_LONGEST,
    /** The number of distinct phrases that occur at least once. */
    DISTINCT_PHRASES
  }

  /** What may stand between two words of a multi-word phrase in the text. */
  public enum Gap {
    /** Exactly one space, as in the phrase (string matchers). */
    ONE_SPACE,
    /** Any run of non-word chars inside one clause: no {@code . , ; : ! ?} or line break. */
    SAME_CLAUSE,
    /** Any run of non-word chars (Lucene positions). */
    ANY
  }

  private final Semantics semantics;
  private final Gap gap;
  private final boolean foldsAccents;

  MatcherType(Semantics semantics, Gap gap, boolean foldsAccents) {
    this.semantics = semantics;
    this.gap = gap;
    this.foldsAccents = foldsAccents;
  }

  public Semantics semantics() {
    return semantics;
  }

  /**
   * What this matcher accepts between the words of a phrase. Phrase lists are built from words
   * separated by one space in the corpus, so the three differ only where a phrase straddles
   * punctuation or a line break.
   */
  public Gap gap() {
    return gap;
  }

  /**
   * True when the matcher folds accents (and compatibility forms) on both sides, so {@code gardé}
   * matches {@code garde}, and two phrases that fold alike count as one.
   */
  public boolean foldsAccents() {
    return foldsAccents;
  }

  /**
   * Builds the matcher for {@code phrases} (lower case, letters, single spaces).
   *
   * @throws UnsupportedOperationException when this matcher is guarded at this size (reported as
   *     n/a)
   */
  public abstract PhraseMatcherFacade create(List<String> phrases);
}
