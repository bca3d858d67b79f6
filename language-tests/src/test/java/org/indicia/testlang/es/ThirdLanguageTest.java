package org.indicia.testlang.es;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.DetectedLanguage;
import org.indicia.Document;
import org.indicia.Detector;
import org.indicia.Finding;
import org.indicia.Level;
import org.indicia.RulePack;
import org.indicia.Span;
import org.indicia.pack.PackLinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A third language added from outside core: the test-only {@link SpanishModule} routes, analyzes
 * (its stemmer), lints (its common words) and matches, next to English and French, with no line
 * of core written for it.
 */
class ThirdLanguageTest {
  private static Detector detector;

  /** Small English and French packs loaded as a user's would be: their modules give the profiles. */
  private static final String EN = """
      pack: en-mini
      language: en
      version: 1.0.0
      description: English test pack.
      indicators:
        - id: en.mini.passport
          category: DOCUMENT_RETENTION
          weight: 0.7
          description: Passport kept.
          source: test
          match: ["kept my passport"]
      """;
  private static final String FR = """
      pack: fr-mini
      language: fr
      version: 1.0.0
      description: Pack de test.
      indicators:
        - id: fr.mini.passeport
          category: DOCUMENT_RETENTION
          weight: 0.7
          description: Passeport confisque.
          source: test
          match: ["garde mon passeport"]
      """;

  @BeforeAll
  static void build() throws Exception {
    RulePack spanish = RulePack.load(new SpanishModule().packs().get(0)).requireExamples();
    detector = Detector.builder()
        .addPack(spanish)
        .addPack(RulePack.parse("en-mini.yaml", EN))
        .addPack(RulePack.parse("fr-mini.yaml", FR))
        .build();
  }

  private static List<String> languages(String text) {
    return detector.assess(text).languages().stream().map(DetectedLanguage::code).toList();
  }

  @Test
  void spanishPack_passesItsExamples_withTheModulesStemmer() {
    long before = SpanishModule.STEMMED.get();
    RulePack spanish = detector.packs().stream().filter(p -> p.language().equals("es")).findFirst().orElseThrow();
    assertThat(spanish.checkExamples()).isEmpty();
    assertThat(SpanishModule.STEMMED.get()).isGreaterThan(before);
  }

  @Test
  void routes_spanishTexts_byItsStopWords_andLeavesEnglishAndFrenchAlone() {
    // Spanish shares some function words with French (de, la, y), never enough to lead
    assertThat(languages("El jefe tiene los pasaportes de todos y no hay forma de salir de la casa por la noche."))
        .first().isEqualTo("es");
    assertThat(languages("Ellos tienen nuestros pasaportes porque el jefe dice que son para su seguridad."))
        .containsExactly("es");
    assertThat(languages("The boss has kept all of our passports and we are not allowed to leave.")).containsExactly("en");
    assertThat(languages("Le patron a gardé nos passeports et nous ne pouvons pas sortir de la maison.")).containsExactly("fr");
  }

  @Test
  void routes_aShortSpanishText_byItsCuesAndMarks() {
    assertThat(languages("¿Dónde está mi pasaporte? Ayuda")).containsExactly("es");
  }

  @Test
  void matches_inflectedSpanish_throughTheStemmer() {
    Assessment a = detector.assess("El jefe nos quitó los pasaportes cuando llegamos a la finca.");
    assertThat(a.findings()).extracting(Finding::indicator).contains("es.documentos.retenidos");
    assertThat(a.languages()).extracting(DetectedLanguage::code).first().isEqualTo("es");
    Assessment miss = detector.assess("Trae tu pasaporte a la entrevista de trabajo con el jefe.");
    assertThat(miss.findings()).extracting(Finding::indicator).doesNotContain("es.documentos.retenidos");
  }

  @Test
  void theModulesOrdinaryModel_holdsAMediumText_neverAHighOne() {
    // es.salario.retenido alone reaches MEDIUM; with "jaja" the module's model reads the text as ordinary
    Assessment plain = detector.assess(Document.of("a", "Hace tres meses sin sueldo, hermano.").language("es"));
    assertThat(plain.level()).isEqualTo(Level.MEDIUM);
    assertThat(plain.framing().ordinary()).isFalse();
    Assessment held = detector.assess(Document.of("b", "Hace tres meses sin sueldo, hermano, jaja.").language("es"));
    assertThat(held.level()).isEqualTo(Level.LOW);
    assertThat(held.framing().ordinary()).isTrue();
    assertThat(held.framing().advisory()).isFalse();
    assertThat(held.findings()).extracting(Finding::indicator).contains("es.salario.retenido"); // never hidden
    assertThat(held.framing().evidence()).extracting(Span::text).containsExactly("jaja");
    // HIGH (here two categories, one of them a strong cue) is never held by the ordinary model
    Assessment high = detector.assess(Document.of("c",
        "El jefe nos quitó los pasaportes al llegar y tenemos una deuda que pagar, jaja.").language("es"));
    assertThat(high.level()).isEqualTo(Level.HIGH);
    assertThat(high.framing().ordinary()).isFalse();
  }

  @Test
  void theModulesCategoryModel_addsALearnedFinding_thatNeverScoresNorStandsAlone() {
    // es.salario.retenido finds WAGE_WITHHOLDING; the module's model reads THREATS in "amenaza"
    Assessment read = detector.assess(Document.of("a", "Tres meses sin sueldo y el jefe amenaza.").language("es"));
    Assessment plain = detector.assess(Document.of("b", "Tres meses sin sueldo y el jefe pregunta.").language("es"));
    assertThat(read.findings()).extracting(Finding::indicator)
        .containsExactly("es.salario.retenido", "es.learned.threats");
    Finding learned = read.findings().get(1);
    assertThat(learned.category()).isEqualTo(Category.THREATS);
    assertThat(learned.scoring()).isEqualTo(Finding.Scoring.LEARNED);
    assertThat(learned.pack()).isEqualTo("es-test@0.1.0");
    assertThat(learned.spans()).extracting(Span::text).containsExactly("amenaza");
    assertThat(read.categoryScores()).containsKey(Category.THREATS);
    // the reading shows; the level and score are the rules' alone
    assertThat(read.level()).isEqualTo(plain.level());
    assertThat(read.score()).isEqualTo(plain.score());
    assertThat(plain.findings()).extracting(Finding::indicator).containsExactly("es.salario.retenido");
    // with no rule's finding to corroborate, nothing shows
    assertThat(detector.assess(Document.of("c", "El jefe amenaza.").language("es")).findings()).isEmpty();
    // a text the ordinary model holds gets no learned finding
    Assessment held = detector.assess(Document.of("d", "Tres meses sin sueldo, el jefe amenaza, jaja.").language("es"));
    assertThat(held.framing().ordinary()).isTrue();
    assertThat(held.findings()).extracting(Finding::indicator).containsExactly("es.salario.retenido");
  }

  @Test
  void lints_withTheModulesCommonWords() throws Exception {
    String pack = """
        pack: es-lint
        language: es
        version: 1.0.0
        description: A pack whose strong cue is an everyday word.
        indicators:
          - id: es.lint.trabajo
            category: RECRUITMENT_FRAUD
            weight: 0.8
            description: Too broad.
            source: test
            match: [Trabajo]
            examples:
              hit: ["trabajo"]
              miss: ["nada"]
        """;
    assertThat(PackLinter.lint("es-lint.yaml", pack))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).contains("'Trabajo' is a common word"));
  }

  @Test
  void loadsWithTheBuiltInPacks_throughTheServiceLoader() throws Exception {
    Detector all = Detector.builder().withBuiltInPacks().build();
    assertThat(all.languages()).contains("en", "fr", "es");
    assertThat(all.assess("La agencia retiene tu pasaporte durante el contrato.").findings())
        .extracting(Finding::indicator)
        .contains("es.documentos.retenidos");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = SpanishModule.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
