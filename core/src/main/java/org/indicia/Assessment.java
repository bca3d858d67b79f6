package org.indicia;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of assessing one text: the level and score the combined evidence reaches, the
 * findings that make it up, the languages applied and the packs that produced it. Immutable.
 * Indicia reports indicators, never verdicts: a HIGH level means several independent kinds of
 * cue appeared together and a person should look.
 *
 * @param id the document id ({@code ""} for {@code assess(String)})
 * @param level the level the evidence reaches
 * @param score overall score in [0, 1]: noisy-OR of the category scores
 * @param categoryScores score per category that fired, in category order
 * @param languages the languages whose packs were applied
 * @param findings the indicators that fired, ordered by first evidence offset
 * @param truncated whether the text was longer than the detector's limit and only its start
 *     was assessed
 * @param packs the packs applied, as {@code id@version}
 * @param evasions the disguises the normalizer undid inside the findings' evidence (look-alike
 *     letters, leetspeak, split letters, invisible characters, repeated letters, emoji), ordered
 *     by span
 * @param entities the contacts and stated values in the assessed text (phones, e-mails, URLs,
 *     messaging handles, money, ages), ordered by span; extracted when first read unless a pack's
 *     {@code entity:} conditions needed them
 * @param framing whether the text reads as advisory material (warning signs, codes of conduct,
 *     guidance) rather than a described situation; when it does, the level is at most LOW and
 *     the findings stay
 * @param overlays the policy overlays applied ({@link Overlay}), as {@code name@version}, in the
 *     order applied; empty when none
 */
public record Assessment(
    String id,
    Level level,
    double score,
    Map<Category, Double> categoryScores,
    List<DetectedLanguage> languages,
    List<Finding> findings,
    boolean truncated,
    List<String> packs,
    List<Evasion> evasions,
    List<Entity> entities,
    Framing framing,
    List<String> overlays) {
  /** An assessment made without overlays. */
  public Assessment(String id, Level level, double score, Map<Category, Double> categoryScores,
      List<DetectedLanguage> languages, List<Finding> findings, boolean truncated, List<String> packs,
      List<Evasion> evasions, List<Entity> entities, Framing framing) {
    this(id, level, score, categoryScores, languages, findings, truncated, packs, evasions, entities, framing,
        List.of());
  }

  public Assessment {
    Objects.requireNonNull(framing, "framing");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    java.util.EnumMap<Category, Double> scores = new java.util.EnumMap<>(Category.class);
    scores.putAll(categoryScores);
    categoryScores = java.util.Collections.unmodifiableMap(scores);
    languages = List.copyOf(languages);
    findings = List.copyOf(findings);
    packs = List.copyOf(packs);
    evasions = List.copyOf(evasions);
    entities = entities instanceof LazyEntities ? entities : List.copyOf(entities);
    overlays = List.copyOf(overlays);
  }
}
