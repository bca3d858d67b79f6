package org.indicia;

import java.util.List;

/**
 * How a text reads: as a described situation (a report, an ad, a message), as advisory material
 * that talks <em>about</em> indicators in general (warning-sign lists, codes of conduct,
 * guidance, lessons, news about a law), or as an ordinary text that only shares the words of
 * concerning ones (an ad, a chat, a notice). Packs declare advisory and situated cues in their
 * {@code framing} block; a text reads as advisory when its advisory cues outnumber half its
 * situated cues by at least one ({@code 2a ≥ s + 2}). Where its cues leave it situated and its
 * findings would show above LOW, its language's {@link org.indicia.spi.ReadingModel}s are asked:
 * the advisory model first, then, for a text at MEDIUM (never HIGH), the ordinary model; a text
 * of two languages reads as ordinary only when both languages' ordinary models read it so (the
 * evidence is then the model's strongest features).
 *
 * <p>Neither reading ever hides a finding: the findings stay, with their evidence, and only the
 * level is held at {@link Level#LOW} at most, because a list of warning signs, or a parent's
 * phone rule, is not a situation someone is in. Immutable.
 *
 * @param advisory whether the text reads as advisory, so its level was held at LOW at most
 * @param ordinary whether the ordinary model reads it as a text that is not concerning, so its
 *     level was held at LOW at most (never together with {@code advisory})
 * @param advisoryCues how many advisory cues the applied packs found
 * @param situatedCues how many situated cues (first person, a named actor, a date, a price, a
 *     contact) the applied packs found; counted only when there is an advisory cue, else 0, and
 *     in two stages: the cues that need no entity extraction first, then, only when those leave
 *     the text advisory, all of them (so a text those decide shows their count)
 * @param evidence why the text reads as it does, when it reads as advisory or ordinary (else
 *     empty): the advisory cues, or the model's strongest features
 */
public record Framing(boolean advisory, boolean ordinary, int advisoryCues, int situatedCues, List<Span> evidence) {
  /** A text no pack's framing applied to. */
  public static final Framing NONE = new Framing(false, false, 0, 0, List.of());

  /**
   * @throws IllegalArgumentException if a count is negative, or the text reads both ways
   */
  public Framing {
    if (advisoryCues < 0 || situatedCues < 0) {
      throw new IllegalArgumentException("negative cue count");
    }
    if (advisory && ordinary) {
      throw new IllegalArgumentException("advisory and ordinary at once");
    }
    evidence = List.copyOf(evidence);
  }

  /** Whether the text's level was held at LOW at most, being advisory or ordinary. */
  public boolean held() {
    return advisory || ordinary;
  }

  /** The rule every pack's framing follows: advisory when {@code 2a ≥ s + 2}. */
  static boolean reads(int advisoryCues, int situatedCues) {
    return 2 * advisoryCues >= situatedCues + 2;
  }
}
