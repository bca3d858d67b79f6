package org.indicia.pack;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indicia.Category;
import org.indicia.Evasion;

/**
 * A validated rule pack, as written: the result of {@link PackParser}. Internal.
 *
 * @param source where it was read from, for error messages
 */
public record PackDef(
    String source,
    String id,
    String language,
    String version,
    String description,
    Analysis analysis,
    Map<String, List<String>> lexicons,
    List<IndicatorDef> indicators,
    Framing framing) {

  public PackDef {
    lexicons = Map.copyOf(lexicons);
    indicators = List.copyOf(indicators);
  }

  /** {@code id@version}. */
  public String idAtVersion() {
    return id + "@" + version;
  }

  /**
   * How the pack's phrases and the text are analysed.
   *
   * @param folds the normalizer's evasion folds whose hits count for this pack (all by default)
   * @param learnedCategories whether the pack shows its language's learned category readings
   *     beside its findings ({@code learned_categories}, off by default)
   */
  public record Analysis(
      boolean stem, List<String> elisions, List<Expr.Phrase> negationCues, int negationScope,
      Set<Evasion.Kind> folds, boolean learnedCategories) {
    public Analysis {
      elisions = List.copyOf(elisions);
      negationCues = List.copyOf(negationCues);
      folds = Collections.unmodifiableSet(
          folds.isEmpty() ? EnumSet.noneOf(Evasion.Kind.class) : EnumSet.copyOf(folds));
    }

    /** No stemming, no elisions, no negation, every fold, no learned readings. */
    public static final Analysis NONE =
        new Analysis(false, List.of(), List.of(), 0, EnumSet.allOf(Evasion.Kind.class), false);
  }

  /**
   * The pack's {@code framing} block: what makes a text read as advisory material rather than a
   * described situation. Null in a pack without one.
   *
   * @param advisory cues of generic, normative or hypothetical talk about indicators
   * @param situated cues of a described situation; null when the pack declares none
   */
  public record Framing(Expr advisory, Expr situated) {}

  /** One indicator as written. */
  public record IndicatorDef(
      String id,
      Category category,
      double weight,
      boolean strong,
      boolean corroborate,
      boolean sensitive,
      boolean negatable,
      List<String> tags,
      String description,
      String source,
      Expr match,
      Expr unless,
      List<String> hits,
      List<String> misses,
      int line,
      int column,
      org.indicia.Guidance guidance) {
    public IndicatorDef {
      tags = List.copyOf(tags);
      hits = List.copyOf(hits);
      misses = List.copyOf(misses);
    }
  }
}
