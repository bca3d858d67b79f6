package org.indicia.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReadingModelTest {
  /** Advisory material and described situations that share their subject, written for this test. */
  private static final List<String> ADVISORY = List.of(
      "Warning signs of forced labour: an employer who keeps your passport, fees to get a job.",
      "Employers must never hold workers' identity documents. Report concerns to the helpline.",
      "Our training for managers explains how to spot exploitation and what to do next.",
      "Guidance for recruiters: workers should never pay fees for a job. Ask questions.",
      "Know your rights: you can keep your passport and you can change employer.",
      "Five signs a job offer abroad may be a trap, and how to check an agency.",
      "The new code of conduct forbids charging workers recruitment fees of any kind.",
      "If you recognise these signs, call the helpline. Workers have rights.");
  private static final List<String> SITUATED = List.of(
      "My boss took my passport when I arrived and I still have not got it back.",
      "They said I owe 3000 for the flight and they take it from my pay every week.",
      "We sleep in the container behind the site and the gate is locked at night.",
      "Hiring cleaners, accommodation provided, start Monday, call the office.",
      "I worked 14 hours yesterday and he says no day off until the end of the month.",
      "My cousin says the agent keeps her phone and she can only call on Sunday.",
      "New girls in town this week, ask for Lily, bookings by text only.",
      "The farm owner pays us when the harvest is done, nothing before.");

  private static ReadingModel trained(double threshold) {
    List<String> texts = new ArrayList<>(ADVISORY);
    texts.addAll(SITUATED);
    List<Boolean> labels = new ArrayList<>();
    ADVISORY.forEach(t -> labels.add(true));
    SITUATED.forEach(t -> labels.add(false));
    return ReadingModel.train(texts, labels, 1, 10, threshold);
  }

  @Test
  void readsItsTrainingGenres() {
    ReadingModel m = trained(0.5);
    for (String t : ADVISORY) {
      assertThat(m.probability(t)).as(t).isGreaterThan(0.5);
    }
    for (String t : SITUATED) {
      assertThat(m.probability(t)).as(t).isLessThan(0.5);
    }
  }

  @Test
  void evidenceIsTheStrongestAdvisoryFeaturesInTextOrder() {
    ReadingModel m = trained(0.5);
    String text = "Report concerns to the helpline: employers must never hold passports.";
    ReadingModel.Reading r = m.read(text, 3);
    assertThat(r.reads()).isTrue();
    assertThat(r.evidence()).hasSize(3);
    int last = -1;
    for (org.indicia.Span span : r.evidence()) {
      assertThat(span.start()).isGreaterThanOrEqualTo(last);
      assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
      last = span.start();
    }
  }

  @Test
  void trainingIsDeterministicAndTheFileRoundTrips() throws IOException {
    String once = write(trained(0.7));
    assertThat(write(trained(0.7))).isEqualTo(once);
    ReadingModel back = ReadingModel.read(new StringReader(once));
    assertThat(write(back)).isEqualTo(once);
    assertThat(back.threshold()).isEqualTo(0.7);
    for (String t : SITUATED) {
      assertThat(back.probability(t)).isCloseTo(trained(0.7).probability(t), org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void numbersAreOneFeatureAndTheirLinesAreNotComments() throws IOException {
    assertThat(ReadingModel.features("Pay 300 or 4,000")).containsExactly("pay", "#", "pay #", "or", "# or", "or #", "# #");
    String model = "# indicia reading model 1\n@bias\t0\n@threshold\t0.5\n#\t2.0\n";
    assertThat(ReadingModel.read(new StringReader(model)).size()).isEqualTo(1);
    assertThat(ReadingModel.read(new StringReader(model)).probability("300")).isGreaterThan(0.8);
  }

  @Test
  void malformedModelsNameTheLine() {
    assertThatThrownBy(() -> ReadingModel.read(new StringReader("bias 1\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> ReadingModel.read(new StringReader("# indicia reading model 1\n@bias\t1\nword 2\n")))
        .hasMessageContaining("line 3");
    assertThatThrownBy(() -> ReadingModel.read(new StringReader("# indicia reading model 1\n@bias\t1\nw\tx\n")))
        .hasMessageContaining("line 3").hasMessageContaining("not a number");
    assertThatThrownBy(() -> ReadingModel.read(new StringReader("# indicia reading model 1\n@bias\t1\n")))
        .hasMessageContaining("@threshold");
    assertThatThrownBy(() -> ReadingModel.read(new StringReader("# indicia reading model 1\n@bias\t0\n@threshold\t1.5\n")))
        .hasMessageContaining("threshold");
  }

  @Test
  void trainingRefusesOneClassOrMismatchedLabels() {
    assertThatThrownBy(() -> ReadingModel.train(SITUATED, SITUATED.stream().map(t -> false).toList(), 1, 10, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadingModel.train(SITUATED, List.of(true), 1, 10, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void anyTextGetsAProbabilityAndSpansInsideIt(@ForAll String text) {
    ReadingModel.Reading r = MODEL.read(text, 5);
    assertThat(r.probability()).isBetween(0.0, 1.0);
    for (org.indicia.Span span : r.evidence()) {
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }
  }

  private static final ReadingModel MODEL = trained(0.5);

  /** The hashed reading gives what the named features and their weights give. */
  @Property(tries = 300)
  void theHashedReadingIsTheNamedFeaturesReading(@ForAll("texts") String text) {
    java.util.Set<String> features = ReadingModel.features(text);
    double sum = 0;
    for (String f : features) {
      sum += MODEL.weight(f);
    }
    double p = 1 / (1 + Math.exp(-(MODEL.bias() + sum / Math.sqrt(Math.max(1, features.size())))));
    assertThat(MODEL.probability(text)).isCloseTo(p, org.assertj.core.data.Offset.offset(1e-9));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> texts() {
    List<String> words = new ArrayList<>(ADVISORY);
    words.addAll(SITUATED);
    return net.jqwik.api.Arbitraries.of(String.join(" ", words).split(" ")).list().ofMaxSize(40)
        .map(l -> String.join(" ", l));
  }

  private static String write(ReadingModel m) throws IOException {
    StringWriter w = new StringWriter();
    m.write(w);
    return w.toString();
  }
}
