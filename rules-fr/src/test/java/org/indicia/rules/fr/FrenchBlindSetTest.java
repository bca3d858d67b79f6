package org.indicia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indicia.Detector;
import org.indicia.testing.BlindSets;
import org.indicia.testing.BlindSets.Figures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blind sets of issue 11 (provenance in {@code src/test/resources/blind/PROVENANCE.md}),
 * assessed through the public API with the built-in packs. The dev sets, which the pack was tuned
 * on, are assessed with a language hint; the held-out check set, written blind after the tuning
 * and never tuned on, is assessed as a user's scan would, without a hint. The floors sit just under
 * the figures in the module README, so they guard against regressions; the gap between dev and
 * check is the measure of how well the pack generalizes. Prints figures and ids, never text.
 */
class FrenchBlindSetTest {
  // Floors just under the measured figures (module README, "Blind evaluation").
  // Round 2 (dev1 + dev2 + dev3): the per-indicator "@framing" exclusions gave way to the pack's
  // framing block, which keeps findings in advisory text and holds its level at LOW.
  private static final double DEV_HIT = 0.92;
  private static final double DEV_FOUND = 0.76;
  // Round 2b (framing by genre structure, narrower concept words): 0.3 % benign, no awareness text.
  private static final double DEV_BENIGN = 0.01;
  private static final int DEV_AWARENESS = 1;
  private static final double CHECK_HIT = 0.77;
  private static final double CHECK_FOUND = 0.47;
  private static final double CHECK_BENIGN = 0.07;
  private static final int CHECK_AWARENESS = 8;

  private static Detector detector;

  @BeforeAll
  static void detector() throws Exception {
    detector = Detector.builder().withBuiltInPacks().build();
  }

  @Test
  void devFiguresHold() {
    List<BlindSets.Text> dev = BlindSets.read(FrenchBlindSetTest.class,
        List.of("/blind/fr-dev1.jsonl", "/blind/fr-dev2.jsonl", "/blind/fr-dev3.jsonl"));
    assertThat(dev).hasSizeGreaterThanOrEqualTo(1800);
    Figures f = BlindSets.measure("[rules-fr] blind dev", detector, dev, "fr");
    assertThat(f.concerningHitRate()).as("dev: concerning texts with an expected category").isGreaterThanOrEqualTo(DEV_HIT);
    assertThat(f.categoriesFoundRate()).as("dev: expected categories found").isGreaterThanOrEqualTo(DEV_FOUND);
    assertThat(f.benignMediumRate()).as("dev: benign MEDIUM+ rate").isLessThanOrEqualTo(DEV_BENIGN);
    assertThat(f.awarenessMedium()).as("dev: awareness/policy texts at MEDIUM+").hasSizeLessThanOrEqualTo(DEV_AWARENESS);
  }

  @Test
  void heldOutCheckFiguresHold() {
    List<BlindSets.Text> check = BlindSets.read(FrenchBlindSetTest.class, List.of("/blind/fr-check.jsonl"));
    assertThat(check).hasSizeGreaterThanOrEqualTo(440);
    Figures f = BlindSets.measure("[rules-fr] held-out check", detector, check, null);
    assertThat(f.concerningHitRate()).as("check: concerning texts with an expected category").isGreaterThanOrEqualTo(CHECK_HIT);
    assertThat(f.categoriesFoundRate()).as("check: expected categories found").isGreaterThanOrEqualTo(CHECK_FOUND);
    assertThat(f.benignMediumRate()).as("check: benign MEDIUM+ rate").isLessThanOrEqualTo(CHECK_BENIGN);
    assertThat(f.awarenessMedium()).as("check: awareness/policy texts at MEDIUM+").hasSizeLessThanOrEqualTo(CHECK_AWARENESS);
  }
}
