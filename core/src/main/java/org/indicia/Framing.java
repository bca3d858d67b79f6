package org.indicia;

import java.util.List;

/**
 * How a text is framed: as a described situation (a report, an ad, a message) or as advisory
 * material that talks <em>about</em> indicators in general (warning-sign lists, codes of
 * conduct, guidance, lessons, news about a law). Packs declare both kinds of cue in their
 * {@code framing} block; a text reads as advisory when its advisory cues outnumber half its
 * situated cues by at least one ({@code 2a ≥ s + 2}), or, where its cues leave it situated and
 * its findings would show above LOW, when its language's {@link org.indicia.spi.AdvisoryModel}
 * reads it as advisory (the evidence is then the model's strongest features).
 *
 * <p>Advisory framing never hides a finding: the findings stay, with their evidence, and only
 * the level is held at {@link Level#LOW} at most, because a list of warning signs is not a
 * situation someone is in. Immutable.
 *
 * @param advisory whether the text reads as advisory, so its level was held at LOW at most
 * @param advisoryCues how many advisory cues the applied packs found
 * @param situatedCues how many situated cues (first person, a named actor, a date, a price, a
 *     contact) the applied packs found; counted only when there is an advisory cue, else 0, and
 *     in two stages: the cues that need no entity extraction first, then, only when those leave
 *     the text advisory, all of them (so a text those decide shows their count)
 * @param evidence where the advisory cues are, when the text reads as advisory (else empty)
 */
public record Framing(boolean advisory, int advisoryCues, int situatedCues, List<Span> evidence) {
  /** A text no pack's framing applied to. */
  public static final Framing NONE = new Framing(false, 0, 0, List.of());

  /**
   * @throws IllegalArgumentException if a count is negative
   */
  public Framing {
    if (advisoryCues < 0 || situatedCues < 0) {
      throw new IllegalArgumentException("negative cue count");
    }
    evidence = List.copyOf(evidence);
  }

  /** The rule every pack's framing follows: advisory when {@code 2a ≥ s + 2}. */
  static boolean reads(int advisoryCues, int situatedCues) {
    return 2 * advisoryCues >= situatedCues + 2;
  }
}
