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
 * @param overlayEffects what the detector's overlays changed for this text (empty without
 *     overlays): indicators disabled or reweighted, evidence allowed out, thresholds
 */
public record Explanation(
    Assessment assessment,
    String normalized,
    List<String> tokens,
    List<AtomHit> atoms,
    List<IndicatorTrace> indicators,
    List<OverlayEffect> overlayEffects) {
  /** An explanation of a detector without overlays. */
  public Explanation(Assessment assessment, String normalized, List<String> tokens, List<AtomHit> atoms,
      List<IndicatorTrace> indicators) {
    this(assessment, normalized, tokens, atoms, indicators, List.of());
  }

  public Explanation {
    tokens = List.copyOf(tokens);
    atoms = List.copyOf(atoms);
    indicators = List.copyOf(indicators);
    overlayEffects = List.copyOf(overlayEffects);
  }

  /**
   * One change an overlay made to this text's assessment.
   *
   * @param overlay the overlay responsible, as {@code name@version}
   * @param indicator the indicator concerned ({@code ""} for {@link Kind#THRESHOLDS})
   * @param detail what changed, e.g. {@code weight 0.5 -> 0.2} or the allow rule that removed the
   *     evidence
   * @param spans the evidence concerned in the original text: what the indicator would have
   *     reported ({@link Kind#DISABLED}) or the evidence removed ({@link Kind#ALLOWED_OUT})
   */
  public record OverlayEffect(Kind kind, String overlay, String indicator, String detail, List<Span> spans) {
    /** What an overlay did. */
    public enum Kind {
      /** The indicator would have fired; the overlay disabled it. */
      DISABLED,
      /** The indicator fired with the weight, strong or corroborate flag the overlay set. */
      CHANGED,
      /**
       * Evidence inside text an allow rule matches was dropped; or, when the detail starts with
       * {@code unless exclusion ignored}, an {@code unless} match there no longer excluded the
       * indicator (allowed text is neutral: it neither adds nor removes evidence).
       */
      ALLOWED_OUT,
      /** The level came from the overlay's thresholds. */
      THRESHOLDS,
      /** The level, score or findings differ from those without the overlays (the summary). */
      OUTCOME
    }

    public OverlayEffect {
      java.util.Objects.requireNonNull(kind, "kind");
      spans = List.copyOf(spans);
    }
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
