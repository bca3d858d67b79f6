package org.indicia.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.indicia.Category;
import org.indicia.Finding;
import org.indicia.Level;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private final Scorer scorer = new Scorer(0.25, 0.5, 0.75);

  private static Scorer.Input plain(Category c, double w) {
    return new Scorer.Input(c, w, false, false, false);
  }

  @Test
  void noisyOr_perCategoryAndOverall() {
    Scorer.Result r = scorer.score(List.of(plain(Category.DECEPTION, 0.5), plain(Category.DECEPTION, 0.5),
        plain(Category.DEBT_BONDAGE, 0.4)));
    assertThat(r.categories().get(Category.DECEPTION)).isCloseTo(0.75, offset(1e-12));
    assertThat(r.score()).isCloseTo(1 - 0.25 * 0.6, offset(1e-12));
    assertThat(r.level()).isEqualTo(Level.HIGH);
  }

  @Test
  void oneCategoryWithoutStrongCue_staysBelowHigh() {
    List<Scorer.Input> many = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      many.add(plain(Category.RECRUITMENT_FRAUD, 0.5));
    }
    Scorer.Result r = scorer.score(many);
    assertThat(r.score()).isGreaterThan(0.99);
    assertThat(r.level()).isEqualTo(Level.MEDIUM);
    many.add(new Scorer.Input(Category.RECRUITMENT_FRAUD, 0.2, true, false, false));
    assertThat(scorer.score(many).level()).isEqualTo(Level.HIGH);
  }

  @Test
  void corroboratingCue_countsOnlyBesideAnotherCategory() {
    Scorer.Input weak = new Scorer.Input(Category.MOBILITY, 0.3, false, true, false);
    assertThat(scorer.score(List.of(weak)).counted()).containsExactly(false);
    assertThat(scorer.score(List.of(weak, plain(Category.MOBILITY, 0.2))).counted()).containsExactly(false, true);
    assertThat(scorer.score(List.of(weak, plain(Category.YOUTH, 0.2))).counted()).containsExactly(true, true);
    assertThat(scorer.score(List.of(weak)).scoring()).containsExactly(Finding.Scoring.UNCORROBORATED);
    assertThat(scorer.score(List.of(weak, plain(Category.YOUTH, 0.2))).scoring())
        .containsExactly(Finding.Scoring.COUNTED, Finding.Scoring.COUNTED);
  }

  @Test
  void sensitiveCue_scoring_saysWhyItCountedOrNot() {
    Scorer.Input ethnicity = new Scorer.Input(Category.THIRD_PARTY_CONTROL, 0.9, true, false, true);
    assertThat(scorer.score(List.of(ethnicity)).scoring()).containsExactly(Finding.Scoring.UNCORROBORATED);
    assertThat(scorer.score(List.of(ethnicity, plain(Category.YOUTH, 0.3))).scoring())
        .containsExactly(Finding.Scoring.SCORE_ONLY, Finding.Scoring.COUNTED);
  }

  @Test
  void sensitiveCue_neverChangesTheLevel() {
    Scorer.Input ethnicity = new Scorer.Input(Category.THIRD_PARTY_CONTROL, 0.9, true, false, true);
    Scorer.Result alone = scorer.score(List.of(ethnicity));
    assertThat(alone.level()).isEqualTo(Level.NONE);
    Scorer.Result with = scorer.score(List.of(ethnicity, plain(Category.YOUTH, 0.3)));
    assertThat(with.level()).isEqualTo(scorer.score(List.of(plain(Category.YOUTH, 0.3))).level());
    assertThat(with.score()).isGreaterThan(0.9);
  }

  @Test
  void thresholds_validated() {
    assertThatThrownBy(() -> new Scorer(0, 0.5, 0.7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Scorer(0.3, 0.3, 0.7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Scorer(0.3, 0.5, 1.1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void score_isMonotoneAndBounded(@ForAll("inputs") List<Scorer.Input> inputs, @ForAll("input") Scorer.Input extra) {
    Scorer.Result before = scorer.score(inputs);
    List<Scorer.Input> more = new ArrayList<>(inputs);
    more.add(extra);
    Scorer.Result after = scorer.score(more);
    assertThat(before.score()).isBetween(0.0, 1.0);
    assertThat(after.score()).isGreaterThanOrEqualTo(before.score() - 1e-12);
    if (!extra.sensitive()) {
      assertThat(after.level()).isGreaterThanOrEqualTo(before.level());
    }
  }

  @Property
  void order_doesNotMatter(@ForAll("inputs") List<Scorer.Input> inputs) {
    List<Scorer.Input> reversed = new ArrayList<>(inputs);
    java.util.Collections.reverse(reversed);
    assertThat(scorer.score(reversed).score()).isCloseTo(scorer.score(inputs).score(), offset(1e-12));
    assertThat(scorer.score(reversed).level()).isEqualTo(scorer.score(inputs).level());
  }

  @Provide
  Arbitrary<Scorer.Input> input() {
    return Combinators.combine(Arbitraries.of(Category.class), Arbitraries.doubles().between(0.01, 1.0),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(Scorer.Input::new);
  }

  @Provide
  Arbitrary<List<Scorer.Input>> inputs() {
    return input().list().ofMaxSize(8);
  }
}
