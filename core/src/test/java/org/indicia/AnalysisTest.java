package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indicia.testing.AssessmentInvariants;
import org.junit.jupiter.api.Test;

/**
 * Language-aware analysis, applied identically to pack phrases and text: Snowball stemming (English
 * and French), French elisions with both apostrophes, hyphenated compounds.
 */
class AnalysisTest {
  private static Detector detector(String language, String analysis, String phrase) throws RulePackException {
    String yaml = """
        pack: a-%s
        language: %s
        version: 1.0.0
        description: d
        analysis: %s
        indicators:
          - {id: a.one, category: DECEPTION, weight: 0.5, description: d, source: s, match: "%s",
             examples: {hit: [x], miss: [y]}}
        """.formatted(language, language, analysis, phrase);
    return Detector.builder().addPack(RulePack.parse("a.yaml", yaml)).build();
  }

  private static boolean fires(Detector d, String language, String text) {
    Assessment a = AssessmentInvariants.assess(d, Document.of("t", text).language(language));
    return !a.findings().isEmpty();
  }

  @Test
  void englishStemming_meetsInflections() throws Exception {
    Detector d = detector("en", "{stem: true}", "recruit");
    for (String t : List.of("We are recruiting now", "She was recruited last year", "He recruits drivers", "Recruit today")) {
      assertThat(fires(d, "en", t)).as(t).isTrue();
    }
    assertThat(fires(d, "en", "Our recruiting-agency partner")).isTrue();
    assertThat(fires(d, "en", "A rectangular room")).as("a different word").isFalse();
    Detector exact = detector("en", "{stem: false}", "recruit");
    assertThat(fires(exact, "en", "We are recruiting now")).isFalse();
    assertThat(fires(exact, "en", "Recruit today")).isTrue();
  }

  /**
   * Accents are folded before stemming, on both sides, so text typed without accents meets the
   * pack; the cost is that Snowball sees {@code logee} for {@code logée}, which stems apart from
   * {@code logé} ({@code loge} vs {@code log}): packs list the feminine forms (fr-core does).
   */
  @Test
  void frenchStemming_withAndWithoutAccents() throws Exception {
    Detector d = detector("fr", "{stem: true}", "logé");
    for (String t : List.of("Vous êtes logé sur place", "vous etes loge", "Logés et nourris", "logement fourni",
        "possibilité de loger sur place")) {
      assertThat(fires(d, "fr", t)).as(t).isTrue();
    }
    assertThat(fires(d, "fr", "Ouvrière logée")).as("feminine: a different Snowball stem").isFalse();
    Detector both = detector("fr", "{stem: true}", "logée");
    assertThat(fires(both, "fr", "Ouvrière logée")).isTrue();
    assertThat(fires(both, "fr", "ouvriere logee")).isTrue();
    Detector phrase = detector("fr", "{stem: true}", "frais de dossier");
    assertThat(fires(phrase, "fr", "Des frais de dossiers sont demandés")).isTrue();
  }

  @Test
  void frenchElisions_bothApostrophes() throws Exception {
    Detector d = detector("fr", "{elisions: [l, d, qu, j, n, s, c], stem: true}", "billet d'avion");
    for (String t : List.of("Le billet d'avion est avancé", "Le billet d’avion est avancé", "le billet avion est payé",
        "BILLET D'AVION")) {
      assertThat(fires(d, "fr", t)).as(t).isTrue();
    }
    Detector agency = detector("fr", "{elisions: [l, d, qu]}", "agence garde");
    assertThat(fires(agency, "fr", "l’agence garde les passeports")).isTrue();
    assertThat(fires(agency, "fr", "L'agence garde les passeports")).isTrue();
  }

  @Test
  void hyphenatedCompounds_matchAsSeparateWords() throws Exception {
    Detector d = detector("en", "{stem: false}", "well paid");
    assertThat(fires(d, "en", "A well-paid job abroad")).isTrue();
    assertThat(fires(d, "en", "A well paid job abroad")).isTrue();
    Detector fr = detector("fr", "{stem: false}", "nourri logé");
    assertThat(fires(fr, "fr", "Poste nourri-logé en montagne")).isTrue();
  }
}
