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
 *     count when no other category fired)
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
    String pack,
    String description,
    String source,
    List<String> tags,
    List<Span> spans,
    String snippet,
    Guidance guidance) {
  /** A finding without guidance. */
  public Finding(
      String indicator,
      Category category,
      double weight,
      boolean strong,
      boolean counted,
      String pack,
      String description,
      String source,
      List<String> tags,
      List<Span> spans,
      String snippet) {
    this(indicator, category, weight, strong, counted, pack, description, source, tags, spans,
        snippet, Guidance.NONE);
  }

  public Finding {
    Objects.requireNonNull(indicator, "indicator");
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
