package org.indicia;

import java.util.List;
import java.util.Objects;

/**
 * One indicator that fired: what it is, which pack it came from, and the evidence in the
 * original text.
 *
 * @param indicator the indicator id, e.g. {@code en.documents.retained}
 * @param category its category
 * @param weight its weight in (0, 1]
 * @param strong whether it is a strong cue (may lift one category to HIGH)
 * @param counted whether it counted toward the score (a corroborating or sensitive cue does not
 *     count when no plain cue of another category fired); false exactly when {@code scoring} is
 *     {@link Scoring#UNCORROBORATED}
 * @param scoring how it counted, and so why it did not when it did not
 * @param pack the pack as {@code id@version}
 * @param description what the indicator means
 * @param source where the indicator comes from
 * @param tags the indicator's free tags
 * @param spans the evidence, in original-text offsets, sorted
 * @param snippet the original text around the first span, on one line
 * @param guidance the indicator's advice for workers and reviewers, with the platform's helpline
 *     ({@link Guidance#NONE} when the pack gives none and no helpline was set)
 */
public record Finding(
    String indicator,
    Category category,
    double weight,
    boolean strong,
    boolean counted,
    Scoring scoring,
    String pack,
    String description,
    String source,
    List<String> tags,
    List<Span> spans,
    String snippet,
    Guidance guidance) {
  /** How a finding counted toward the assessment (see the pack format's scoring section). */
  public enum Scoring {
    /** Counted in its category's score, the overall score and the level. */
    COUNTED,
    /**
     * A {@code sensitive} cue (a discrimination risk) corroborated by another category: counted in
     * the scores, but the level is computed without it, so it never raises the level.
     */
    SCORE_ONLY,
    /**
     * A {@code corroborate} or {@code sensitive} cue with no plain cue of another category: not
     * counted at all (weak evidence alone proves nothing).
     */
    UNCORROBORATED,
    /**
     * A learned reading of a category no rule found ({@code indicator} {@code <language>.learned.<category>}):
     * in that category's score at its small weight, never in the overall score or the level. A
     * model's reading of the words corroborates the rules' findings; it does not raise them.
     */
    LEARNED
  }

  public Finding {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(scoring, "scoring");
    if (counted == (scoring == Scoring.UNCORROBORATED)) {
      throw new IllegalArgumentException("counted " + counted + " contradicts scoring " + scoring);
    }
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(guidance, "guidance");
    tags = List.copyOf(tags);
    spans = List.copyOf(spans);
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight " + weight + " not in (0, 1]");
    }
  }
}
