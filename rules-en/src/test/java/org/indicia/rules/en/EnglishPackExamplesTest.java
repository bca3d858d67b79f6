package org.indicia.rules.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.indicia.Category;
import org.indicia.ExampleFailure;
import org.indicia.IndicatorInfo;
import org.indicia.RulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every example of the built-in English pack(s) as a test, and checks the pack's shape. */
class EnglishPackExamplesTest {
  private static final List<RulePack> PACKS = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    for (URL url : new EnglishModule().packs()) {
      PACKS.add(RulePack.load(url));
    }
  }

  @Test
  void everyExampleBehaves() {
    List<ExampleFailure> failures = new ArrayList<>();
    int examples = 0;
    for (RulePack pack : PACKS) {
      failures.addAll(pack.checkExamples());
      for (IndicatorInfo ind : pack.indicators()) {
        examples += ind.hitExamples().size() + ind.missExamples().size();
      }
    }
    String report = failures.stream().map(ExampleFailure::toString).collect(Collectors.joining("\n  "));
    System.out.printf(Locale.ROOT, "[rules-en] %d examples, %d failures%n", examples, failures.size());
    assertThat(failures).as("%d example failures:%n  %s", failures.size(), report).isEmpty();
  }

  @Test
  void packsAreEnglishAndNamed() {
    assertThat(PACKS).isNotEmpty();
    for (RulePack pack : PACKS) {
      assertThat(pack.language()).isEqualTo("en");
      assertThat(pack.id()).startsWith("en-");
    }
  }

  @Test
  void everyIndicatorHasThreeHitsThreeMissesAndASource() {
    List<String> problems = new ArrayList<>();
    for (RulePack pack : PACKS) {
      for (IndicatorInfo ind : pack.indicators()) {
        if (ind.hitExamples().size() < 3) {
          problems.add(ind.id() + ": fewer than 3 hit examples");
        }
        if (ind.missExamples().size() < 3) {
          problems.add(ind.id() + ": fewer than 3 miss examples");
        }
        if (ind.source() == null || ind.source().isBlank()) {
          problems.add(ind.id() + ": no source");
        }
        if (!ind.id().startsWith("en.")) {
          problems.add(ind.id() + ": id does not start with 'en.'");
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void everyCategoryIsCovered() {
    Set<Category> covered = EnumSet.noneOf(Category.class);
    PACKS.forEach(p -> p.indicators().forEach(i -> covered.add(i.category())));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Category.class));
  }

  @Test
  void weightsFollowTheScheme() {
    List<String> problems = new ArrayList<>();
    for (RulePack pack : PACKS) {
      for (IndicatorInfo ind : pack.indicators()) {
        // JRSA-2024: movement language was less frequent in trafficking-linked ads.
        if (ind.category() == Category.MOBILITY && (!ind.corroborate() || ind.weight() > 0.15)) {
          problems.add(ind.id() + ": MOBILITY must be weak (<= 0.15) and corroborate-only");
        }
        if (ind.tags().contains("ethnicity") && !ind.sensitive()) {
          problems.add(ind.id() + ": ethnicity cues must be sensitive");
        }
        if (ind.strong() && ind.weight() < 0.6) {
          problems.add(ind.id() + ": strong cues weigh at least 0.6");
        }
        if (ind.corroborate() && ind.weight() > 0.3) {
          problems.add(ind.id() + ": corroborating cues weigh at most 0.3");
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }
}
