package org.indicia.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.indicia.Category;
import org.indicia.Span;
import org.junit.jupiter.api.Test;

class CategoryModelTest {
  /** Texts labelled with their categories, written for this test. */
  private static final List<String> DEBT = List.of(
      "They say I still owe for the flight and the debt grows every month.",
      "The agent's loan is taken from my pay and I owe more than when I came.",
      "He told us the debt for the visa must be worked off before we can leave.",
      "My cousin owes the boss for rent and food and it never goes down.");
  private static final List<String> PAPERS = List.of(
      "The supervisor kept our passports in his office since we arrived.",
      "She has not seen her passport since the agency took it at the airport.",
      "They took our ID cards for paperwork and never gave them back.",
      "My passport is locked in the manager's safe and he won't return it.");
  private static final List<String> BENIGN = List.of(
      "Hiring cleaners for office buildings, weekly pay, start Monday.",
      "Renew your passport before you travel: book an appointment online.",
      "Loan repayments for the car are due on the first of each month.",
      "Team lunch on Friday, bring something to share with colleagues.");

  private static List<String> texts() {
    List<String> all = new ArrayList<>(DEBT);
    all.addAll(PAPERS);
    all.addAll(BENIGN);
    return all;
  }

  private static List<Set<Category>> labels() {
    List<Set<Category>> out = new ArrayList<>();
    DEBT.forEach(t -> out.add(Set.of(Category.DEBT_BONDAGE)));
    PAPERS.forEach(t -> out.add(Set.of(Category.DOCUMENT_RETENTION)));
    BENIGN.forEach(t -> out.add(Set.of()));
    return out;
  }

  private static CategoryModel trained(double threshold, int keep) {
    return CategoryModel.train(texts(), labels(), 1, 10, threshold, keep);
  }

  private static final CategoryModel MODEL = trained(0.5, 0);

  @Test
  void readsTheCategoriesItWasTrainedOnAndOnlyThose() {
    assertThat(MODEL.categories()).containsExactly(Category.DOCUMENT_RETENTION, Category.DEBT_BONDAGE);
    for (String t : DEBT) {
      assertThat(MODEL.read(t, 3)).as(t).extracting(CategoryModel.Reading::category).containsExactly(Category.DEBT_BONDAGE);
    }
    for (String t : PAPERS) {
      assertThat(MODEL.read(t, 3)).as(t).extracting(CategoryModel.Reading::category)
          .containsExactly(Category.DOCUMENT_RETENTION);
    }
    for (String t : BENIGN) {
      assertThat(MODEL.read(t, 3)).as(t).isEmpty();
    }
  }

  @Test
  void aReadingIsAboveTheThresholdAndItsEvidenceIsInTheTextInOrder() {
    String text = "The boss keeps my passport and says the debt for the flight grows.";
    List<CategoryModel.Reading> readings = MODEL.read(text, 3);
    assertThat(readings).isNotEmpty();
    for (CategoryModel.Reading r : readings) {
      assertThat(r.probability()).isGreaterThanOrEqualTo(MODEL.threshold())
          .isEqualTo(MODEL.probabilities(text).get(r.category()));
      assertThat(r.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      int last = -1;
      for (Span s : r.evidence()) {
        assertThat(s.start()).isGreaterThanOrEqualTo(last);
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        last = s.start();
      }
    }
  }

  @Test
  void eachCategoryIsTheBinaryModelOfThatCategory() throws IOException {
    // the category model's column is the model ReadingModel.train gives for that category alone
    List<Boolean> debt = labels().stream().map(l -> l.contains(Category.DEBT_BONDAGE)).toList();
    ReadingModel alone = ReadingModel.train(texts(), debt, 1, 10, 0.5);
    for (String t : texts()) {
      assertThat(MODEL.probabilities(t).get(Category.DEBT_BONDAGE))
          .isCloseTo(alone.probability(t), org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void trainingIsDeterministicAndTheFileRoundTrips() throws IOException {
    String once = write(trained(0.6, 0));
    assertThat(write(trained(0.6, 0))).isEqualTo(once);
    CategoryModel back = CategoryModel.read(new StringReader(once));
    assertThat(write(back)).isEqualTo(once);
    assertThat(back.threshold()).isEqualTo(0.6);
    assertThat(back.withThreshold(0.9).threshold()).isEqualTo(0.9);
  }

  @Test
  void keepLeavesEachCategoryItsHeaviestFeatures() {
    CategoryModel all = trained(0.5, 0);
    CategoryModel kept = trained(0.5, 5);
    assertThat(kept.size()).isLessThanOrEqualTo(2 * 5).isLessThan(all.size());
    for (String t : DEBT) { // the heaviest features carry the reading
      assertThat(kept.probabilities(t).get(Category.DEBT_BONDAGE))
          .isGreaterThan(kept.probabilities(BENIGN.get(2)).get(Category.DEBT_BONDAGE));
    }
  }

  @Test
  void malformedModelsNameTheLine() {
    String head = "# indicia category model 1\n@categories\tDEBT_BONDAGE\tYOUTH\n";
    assertThatThrownBy(() -> CategoryModel.read(new StringReader("# indicia reading model 1\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> CategoryModel.read(new StringReader(head + "@bias\t1\n")))
        .hasMessageContaining("line 3").hasMessageContaining("expected 2 numbers");
    assertThatThrownBy(() -> CategoryModel.read(new StringReader(head + "@bias\t1\t1\n@threshold\t0.5\nw\t1\tx\n")))
        .hasMessageContaining("line 5").hasMessageContaining("not a number");
    assertThatThrownBy(() -> CategoryModel.read(new StringReader("# indicia category model 1\n@categories\tDEBTS\n")))
        .hasMessageContaining("line 2").hasMessageContaining("not a category");
    assertThatThrownBy(() -> CategoryModel.read(new StringReader("# indicia category model 1\n@categories\tYOUTH\tDEBT_BONDAGE\n")))
        .hasMessageContaining("category order");
    assertThatThrownBy(() -> CategoryModel.read(new StringReader("# indicia category model 1\nw\t1\n")))
        .hasMessageContaining("before the @categories line");
    assertThatThrownBy(() -> CategoryModel.read(new StringReader(head + "@bias\t1\t1\n")))
        .hasMessageContaining("@threshold");
    assertThatThrownBy(() -> CategoryModel.read(new StringReader(head + "@bias\t1\t1\n@threshold\t0.5\nw\t1\t1\nw\t1\t1\n")))
        .hasMessageContaining("line 6").hasMessageContaining("twice");
  }

  @Test
  void trainingRefusesMismatchedOrUnlabelledTexts() {
    assertThatThrownBy(() -> CategoryModel.train(BENIGN, BENIGN.stream().map(t -> Set.<Category>of()).toList(), 1, 10, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labelled with a category");
    assertThatThrownBy(() -> CategoryModel.train(BENIGN, List.of(Set.of()), 1, 10, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CategoryModel.train(texts(), labels(), 1, 10, 0.5, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void anyTextReadsWithinTheThresholdAndWithSpansInsideIt(@ForAll String text) {
    for (CategoryModel.Reading r : MODEL.read(text, 5)) {
      assertThat(r.probability()).isBetween(MODEL.threshold(), 1.0);
      for (Span s : r.evidence()) {
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      }
    }
    assertThat(MODEL.probabilities(text).values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
  }

  private static String write(CategoryModel m) throws IOException {
    StringWriter w = new StringWriter();
    m.write(w);
    return w.toString();
  }
}
