package org.indicia;

import java.util.List;
import java.util.Objects;

/**
 * What a pack says about one indicator: its metadata and examples (the expression itself stays
 * inside the engine).
 */
public record IndicatorInfo(
    String id,
    Category category,
    double weight,
    boolean strong,
    boolean corroborate,
    boolean sensitive,
    List<String> tags,
    String description,
    String source,
    List<String> hitExamples,
    List<String> missExamples) {
  public IndicatorInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    tags = List.copyOf(tags);
    hitExamples = List.copyOf(hitExamples);
    missExamples = List.copyOf(missExamples);
  }
}
