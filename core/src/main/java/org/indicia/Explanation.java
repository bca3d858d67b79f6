package org.indicia;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How an assessment came about, for pack authors and reviewers ({@code indicia explain}): the
 * normalized text, its tokens, the atoms that fired, and each candidate indicator's result.
 *
 * @param normalized the text after normalization (what the matcher reads)
 * @param tokens the tokens, as normalized strings
 * @param atoms each atom hit: the phrase or regex as written and its evidence in the original text
 * @param indicators each indicator that had at least one atom hit, in pack order
 */
public record Explanation(
    Assessment assessment,
    String normalized,
    List<String> tokens,
    List<AtomHit> atoms,
    List<IndicatorTrace> indicators) {
  public Explanation {
    tokens = List.copyOf(tokens);
    atoms = List.copyOf(atoms);
    indicators = List.copyOf(indicators);
  }

  /**
   * An atom (phrase or regex) found in the text.
   *
   * @param folds the disguises the normalizer undid in the hit's words (empty for plain text); a
   *     hit through a fold its pack switched off does not count for that pack
   */
  public record AtomHit(String atom, Span span, Set<Evasion.Kind> folds) {
    public AtomHit {
      folds = Collections.unmodifiableSet(
          folds.isEmpty() ? EnumSet.noneOf(Evasion.Kind.class) : EnumSet.copyOf(folds));
    }
  }

  /**
   * The result of one candidate indicator.
   *
   * @param languageApplied whether its pack's language applied to the text
   * @param matched whether its {@code match} expression matched (after negation)
   * @param negatedHits how many of its atom hits a negation cue cancelled
   * @param excluded whether its {@code unless} expression matched
   * @param fired whether it became a finding
   * @param foldRefusedHits how many of its atom hits did not count because they came through a
   *     fold its pack switched off ({@code analysis.folds})
   * @param excludedBy where its {@code unless} expression matched (empty when it did not)
   */
  public record IndicatorTrace(
      String indicator, String pack, boolean languageApplied, boolean matched, int negatedHits,
      boolean excluded, boolean fired, int foldRefusedHits, List<Span> excludedBy) {
    public IndicatorTrace {
      excludedBy = List.copyOf(excludedBy);
    }
  }
}
