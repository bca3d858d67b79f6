package org.indicia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.ExampleFailure;
import org.indicia.Finding;
import org.indicia.IndicatorInfo;
import org.indicia.Level;
import org.indicia.RulePack;
import org.indicia.testing.AssessmentInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in French pack: loads, every example behaves, and the pack keeps its own rules. */
class FrenchPackExamplesTest {
  private static final Pattern ID = Pattern.compile("fr\\.[a-z]+(_[a-z]+)*\\.[a-z0-9]+(_[a-z0-9]+)*");
  private static final Pattern BIB_KEY = Pattern.compile("\\[[A-Z0-9][A-Z0-9-]*\\]");

  private static RulePack pack;
  private static Detector detector;

  @BeforeAll
  static void load() throws Exception {
    List<URL> urls = new FrenchModule().packs();
    assertThat(urls).hasSize(1);
    pack = RulePack.load(urls.get(0));
    detector = Detector.builder().addPack(pack).build();
  }

  @Test
  void packIdentity() {
    assertThat(pack.id()).isEqualTo("fr-core");
    assertThat(pack.language()).isEqualTo("fr");
    assertThat(pack.version()).isEqualTo("1.0.0");
    assertThat(new FrenchModule().language()).isEqualTo("fr");
  }

  @Test
  void everyExampleBehaves() {
    List<ExampleFailure> failures = pack.checkExamples();
    assertThat(failures)
        .withFailMessage(() -> failures.size() + " example(s) misbehave:\n"
            + failures.stream().map(ExampleFailure::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void everyIndicatorHasThreeHitsAndThreeMisses() {
    List<String> thin = pack.indicators().stream()
        .filter(i -> i.hitExamples().size() < 3 || i.missExamples().size() < 3)
        .map(i -> i.id() + " (" + i.hitExamples().size() + " hit, " + i.missExamples().size() + " miss)")
        .toList();
    assertThat(thin).as("indicators with fewer than 3 hit or 3 miss examples").isEmpty();
  }

  @Test
  void everyCategoryIsCovered() {
    Set<Category> covered = pack.indicators().stream()
        .map(IndicatorInfo::category)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Category.class));
  }

  @Test
  void idsAndSourcesFollowTheConventions() {
    for (IndicatorInfo i : pack.indicators()) {
      assertThat(i.id()).as("indicator id").matches(ID);
      assertThat(BIB_KEY.matcher(i.source()).find() || i.source().startsWith("SPEC"))
          .as("%s cites a bibliography key of indicators.md", i.id())
          .isTrue();
      assertThat(i.description()).as("%s description", i.id()).isNotBlank();
    }
  }

  @Test
  void weightsMeanSomething() {
    for (IndicatorInfo i : pack.indicators()) {
      if (i.strong()) {
        assertThat(i.weight()).as("%s is strong", i.id()).isBetween(0.6, 0.9);
        assertThat(i.corroborate() || i.sensitive()).as("%s strong and weak", i.id()).isFalse();
      }
      if (i.corroborate()) {
        assertThat(i.weight()).as("%s corroborates only", i.id()).isLessThanOrEqualTo(0.3);
      }
      if (i.category() == Category.MOBILITY) {
        // JRSA-2024: movement language was LESS common in trafficking-linked ads.
        assertThat(i.corroborate()).as("%s MOBILITY is corroborate-only", i.id()).isTrue();
        assertThat(i.weight()).as("%s MOBILITY is weak", i.id()).isLessThanOrEqualTo(0.15);
      }
      if (i.tags().contains("ethnicity") || i.tags().contains("nationality")) {
        assertThat(i.sensitive()).as("%s carries a discrimination risk", i.id()).isTrue();
      }
    }
  }

  @Test
  void builtInPacksIncludeFrench() throws Exception {
    Detector builtIn = Detector.builder().withBuiltInPacks().build();
    assertThat(builtIn.packs()).extracting(RulePack::id).contains("fr-core");
    assertThat(builtIn.languages()).contains("fr");
  }

  // --- analysis: accents, elisions, stemming behave as the pack intends -----------------

  @Test
  void housingFormsShareTheirCue() {
    // logé -> log, logement -> log, loger -> log; logée -> loge, listed separately in the pack.
    for (String text : List.of(
        "Commis de cuisine, logé sur place.",
        "Commis de cuisine, logement sur place.",
        "Nous pouvons vous loger sur place.",
        "Serveuse, logée sur place.",
        "Serveuse, logee nourrie, saison d'ete.",
        "Saisonnier nourri-logé.")) {
      assertThat(fired(text)).as(text).contains("fr.conditions.housing_provided");
    }
    assertThat(fired("Loge de gardien à rénover.")).doesNotContain("fr.conditions.housing_provided");
  }

  @Test
  void elisionsWithBothApostrophes() {
    for (String text : List.of(
        "Dès l'arrivée, tu laisses tes papiers à l'agence.",
        "Dès l’arrivée, tu laisses tes papiers à l’agence.",
        "DES L'ARRIVEE, TU LAISSES TES PAPIERS A L'AGENCE.")) {
      assertThat(fired(text)).as(text).contains("fr.documents.handover");
    }
  }

  @Test
  void tutoiementAndVouvoiement() {
    assertThat(fired("On garde ton passeport pendant la saison.")).contains("fr.documents.retained");
    assertThat(fired("Nous conservons votre passeport pendant la saison.")).contains("fr.documents.retained");
    assertThat(fired("Gardez votre passeport sur vous.")).doesNotContain("fr.documents.retained");
  }

  @Test
  void negationSuppressesFeeCues() {
    assertThat(fired("Frais de dossier : 150 euros.")).contains("fr.fraud.fees");
    assertThat(fired("Pas de frais de dossier.")).doesNotContain("fr.fraud.fees");
    assertThat(fired("Aucuns frais de dossier ne vous seront demandés.")).doesNotContain("fr.fraud.fees");
    assertThat(fired("Nous ne demandons jamais de frais d'inscription.")).doesNotContain("fr.fraud.fees");
  }

  @Test
  void oneWeakCueStaysLowAndCombinationsRise() {
    assertThat(assess("Saison d'été, nourri logé, débutants acceptés, urgent.").level())
        .isEqualTo(Level.NONE);
    Assessment combined = assess(
        "Nourri logé. On garde ton passeport à l'arrivée et tu rembourses le billet avant de pouvoir partir.");
    assertThat(combined.level()).isEqualTo(Level.HIGH);
    assertThat(combined.findings()).extracting(Finding::pack).containsOnly("fr-core@1.0.0");
  }

  private static Assessment assess(String text) {
    return AssessmentInvariants.assess(detector, Document.of("t", text).language("fr"));
  }

  private static List<String> fired(String text) {
    return assess(text).findings().stream().map(Finding::indicator).toList();
  }
}
