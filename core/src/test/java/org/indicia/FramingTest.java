package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.indicia.RulePackException.Fault;
import org.junit.jupiter.api.Test;

/** A pack's {@code framing} block: advisory text keeps its findings, its level is held at LOW. */
class FramingTest {
  static final String INDICATORS = """
      indicators:
        - id: f.keep
          category: DOCUMENT_RETENTION
          weight: 0.8
          strong: true
          description: d
          source: s
          match: {near: {within: 3, all: [[keep, kept, hold, held], [passport, passports]]}}
          examples: {hit: [they kept my passport], miss: [bring your passport]}
        - id: f.pay
          category: WAGE_WITHHOLDING
          weight: 0.6
          description: d
          source: s
          match: ["no pay", "unpaid wages", "never paid"]
          examples: {hit: [unpaid wages], miss: [paid weekly]}
      """;
  static final String FRAMING = """
      framing:
        advisory:
          any:
            - ["warning signs", "signs of", "if you", hotline, "code of conduct"]
            - seq: {gap: 1, of: [[employers, agencies], [must, should]]}
        situated: [i, my, me, yesterday, {entity: {type: phone}}]
      """;

  static Detector detector(boolean framing) throws RulePackException {
    String yaml = "pack: f\nlanguage: en\nversion: 1.0.0\ndescription: d\n" + (framing ? FRAMING : "") + INDICATORS;
    return Detector.builder().addPack(RulePack.parse("f.yaml", yaml)).build();
  }

  private static Assessment assess(Detector d, String text) {
    return d.assess(Document.of("", text).language("en"));
  }

  @Test
  void advisoryTextKeepsItsFindingsAtLow() throws Exception {
    String text = "Warning signs of exploitation: employers must never hold passports; unpaid wages. "
        + "If you see this, call the hotline.";
    Assessment plain = assess(detector(false), text);
    Assessment framed = assess(detector(true), text);
    assertThat(plain.level()).isEqualTo(Level.HIGH);
    assertThat(framed.level()).isEqualTo(Level.LOW);
    assertThat(framed.findings()).extracting(Finding::indicator)
        .containsExactlyElementsOf(plain.findings().stream().map(Finding::indicator).toList());
    assertThat(framed.score()).isEqualTo(plain.score());
    assertThat(framed.framing().advisory()).isTrue();
    // "Warning signs" (overlapping "signs of"), "employers must", "If you", "hotline"
    assertThat(framed.framing().advisoryCues()).isEqualTo(4);
    assertThat(framed.framing().evidence()).extracting(Span::text).contains("Warning signs", "hotline");
    assertThat(plain.framing()).isEqualTo(Framing.NONE);
  }

  @Test
  void aReportThatMentionsAHotlineIsSituated() throws Exception {
    String text = "Yesterday my boss kept my passport again and I have unpaid wages. I called the hotline.";
    Assessment a = assess(detector(true), text);
    assertThat(a.framing().advisory()).isFalse();
    assertThat(a.framing().advisoryCues()).isEqualTo(1);
    assertThat(a.framing().situatedCues()).isGreaterThanOrEqualTo(4);
    assertThat(a.framing().evidence()).isEmpty();
    assertThat(a.level()).isEqualTo(Level.HIGH);
  }

  @Test
  void contactCuesAreCountedOnlyWhenTheWordsLeaveTheTextAdvisory() throws Exception {
    // one advisory cue ("if you") and a situated word: decided without reading the phone
    Assessment worded = assess(detector(true), "If you need work, my cousin can help: call 508-555-0142.");
    assertThat(worded.framing().advisory()).isFalse();
    assertThat(worded.framing().situatedCues()).isEqualTo(1);
    // no situated word: the phone is read, and it decides
    Assessment contact = assess(detector(true), "If you need work, call 508-555-0142.");
    assertThat(contact.framing().advisory()).isFalse();
    assertThat(contact.framing().situatedCues()).isEqualTo(1);
    assertThat(assess(detector(true), "If you need work, call the office.").framing().advisory()).isTrue();
  }

  @Test
  void situatedCuesAreCountedOnlyWhenThereIsAnAdvisoryOne() throws Exception {
    Assessment a = assess(detector(true), "I kept my passport, my pay is fine, call 555-0142.");
    assertThat(a.framing()).isEqualTo(new Framing(false, false, 0, 0, java.util.List.of()));
  }

  @Test
  void theRuleIsTwiceTheAdvisoryCuesAtLeastTheSituatedPlusTwo() {
    assertThat(Framing.reads(1, 0)).isTrue();
    assertThat(Framing.reads(1, 1)).isFalse();
    assertThat(Framing.reads(2, 2)).isTrue();
    assertThat(Framing.reads(2, 3)).isFalse();
    assertThat(Framing.reads(0, 0)).isFalse();
  }

  @Test
  void overlappingCuesCountOnce() throws Exception {
    Assessment a = assess(detector(true), "Warning signs of trouble.");
    assertThat(a.framing().advisoryCues()).isEqualTo(1); // "warning signs" and "signs of" overlap
  }

  @Test
  void framingErrorsAreLocated() {
    String base = "pack: f\nlanguage: en\nversion: 1.0.0\ndescription: d\n";
    assertThatThrownBy(() -> RulePack.parse("f.yaml", base + "framing:\n  situated: [i]\n" + INDICATORS))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.MISSING_KEY);
          assertThat(e.line()).isEqualTo(6);
        });
    assertThatThrownBy(() -> RulePack.parse("f.yaml", base + "framing:\n  advisory: [x]\n  situation: [i]\n" + INDICATORS))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_KEY);
          assertThat(e.line()).isEqualTo(7);
        });
    assertThatThrownBy(() -> RulePack.parse("f.yaml", base + "framing:\n  advisory: \"@nope\"\n" + INDICATORS))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_LEXICON));
  }

  @Test
  void aPackAskingForLearnedCategoriesOfALanguageWithoutACategoryModelFailsClearly() throws Exception {
    // core's tests load no language module: "en" has an empty profile here
    String yaml = "pack: f\nlanguage: en\nversion: 1.0.0\ndescription: d\nanalysis:\n  learned_categories: true\n"
        + INDICATORS;
    RulePack pack = RulePack.parse("f.yaml", yaml);
    assertThatThrownBy(() -> Detector.builder().addPack(pack).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("f@1.0.0 asks for learned_categories")
        .hasMessageContaining("no category model");
    assertThatThrownBy(() -> RulePack.parse("g.yaml", yaml.replace("learned_categories: true", "learned_categories: maybe")))
        .isInstanceOf(RulePackException.class);
  }

  @Test
  void sentenceKeepsTheirPartsInOneSentence() throws Exception {
    String yaml = """
        pack: s
        language: en
        version: 1.0.0
        description: d
        indicators:
          - id: s.seq
            category: DOCUMENT_RETENTION
            weight: 0.5
            description: d
            source: s
            match: {seq: {gap: 2, sentence: true, of: [manager, [must, keeps]]}}
          - id: s.near
            category: WAGE_WITHHOLDING
            weight: 0.5
            description: d
            source: s
            match: {near: {within: 3, sentence: true, all: [pay, late]}}
          - id: s.free
            category: THREATS
            weight: 0.5
            description: d
            source: s
            match: {seq: {gap: 2, of: [manager, [must, keeps]]}}
        """;
    Detector d = Detector.builder().addPack(RulePack.parse("s.yaml", yaml)).build();
    java.util.function.Function<String, java.util.List<String>> fired = t ->
        assess(d, t).findings().stream().map(Finding::indicator).toList();
    assertThat(fired.apply("Passports are collected by the manager. Must be available weekends."))
        .containsExactly("s.free"); // without sentence, the seq crosses the full stop
    assertThat(fired.apply("The manager, sadly, keeps them.")).contains("s.seq"); // a comma is no sentence end
    assertThat(fired.apply("Ask the manager! Keeps them?")).doesNotContain("s.seq");
    assertThat(fired.apply("The manager\nkeeps them")).doesNotContain("s.seq");
    assertThat(fired.apply("Pay 2.5 weeks late")).contains("s.near"); // a decimal point is no sentence end
    assertThat(fired.apply("Late again. Pay tomorrow")).doesNotContain("s.near");
    assertThat(fired.apply("Pay late, always")).contains("s.near");
  }
}
