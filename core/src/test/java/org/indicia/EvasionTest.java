package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.indicia.Evasion.Kind;
import org.indicia.testing.AssessmentInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Disguised indicators still fire, their evidence is the original characters, and the disguises
 * inside the evidence are reported as evasion; ordinary text that only looks like a disguise (prices,
 * ages, times, initials, spaced headings) gives nothing new; a pack can switch each fold off.
 */
class EvasionTest {
  static final String PACK = """
      pack: evasion-test
      language: en
      version: 1.0.0
      description: Evasion test pack.
      indicators:
        - id: t.documents
          category: DOCUMENT_RETENTION
          weight: 0.5
          description: d
          source: s
          match: passport
          examples: {hit: [passport], miss: [visa]}
        - id: t.youth
          category: YOUTH
          weight: 0.5
          description: d
          source: s
          match: young
          examples: {hit: [young], miss: [old]}
        - id: t.escort
          category: THIRD_PARTY_CONTROL
          weight: 0.5
          description: d
          source: s
          match: escort
          examples: {hit: [escort], miss: [visit]}
        - id: t.fees
          category: RECRUITMENT_FRAUD
          weight: 0.5
          description: d
          source: s
          match: ["recruitment fee", "frais de dossier"]
          examples: {hit: [recruitment fee], miss: [fee]}
        - id: t.crown
          category: THIRD_PARTY_CONTROL
          weight: 0.5
          description: d
          source: s
          match: ["👑", ":rose:"]
          examples: {hit: ["👑"], miss: [crown]}
        - id: t.lookalikes
          category: MOBILITY
          weight: 0.2
          description: Words that ordinary text can look like when glued.
          source: s
          match: [abroad, agent, sam]
          examples: {hit: [abroad], miss: [a broad]}
      """;

  static final Detector DETECTOR = detector(PACK);

  static Detector detector(String... packs) {
    try {
      Detector.Builder b = Detector.builder();
      for (int i = 0; i < packs.length; i++) {
        b.addPack(RulePack.parse("pack" + i + ".yaml", packs[i]));
      }
      return b.build();
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Assessment assess(Detector d, String text) {
    return AssessmentInvariants.assess(d, Document.of("t", text).language("en"));
  }

  private static Finding finding(Assessment a, String indicator) {
    return a.findings().stream().filter(f -> f.indicator().equals(indicator)).findFirst()
        .orElseThrow(() -> new AssertionError(indicator + " did not fire; findings " + a.findings()));
  }

  static Stream<Arguments> disguised() {
    return Stream.of(
        Arguments.of("They keep your pаssport.", "t.documents", "pаssport", Set.of(Kind.HOMOGLYPH)),
        Arguments.of("They keep your 𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭.", "t.documents", "𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭", Set.of(Kind.HOMOGLYPH)),
        Arguments.of("They keep your p4ssp0rt.", "t.documents", "p4ssp0rt", Set.of(Kind.LEETSPEAK)),
        Arguments.of("They keep your p.a.s.s.p.o.r.t.", "t.documents", "p.a.s.s.p.o.r.t", Set.of(Kind.SPLIT_LETTERS)),
        Arguments.of("They keep your p a s s p o r t!", "t.documents", "p a s s p o r t", Set.of(Kind.SPLIT_LETTERS)),
        Arguments.of("They keep your pass-port.", "t.documents", "pass-port", Set.of(Kind.SPLIT_LETTERS)),
        Arguments.of("They keep your pass\u200Bport.", "t.documents", "pass\u200Bport", Set.of(Kind.INVISIBLE)),
        Arguments.of("So yoooung and sweet", "t.youth", "yoooung", Set.of(Kind.REPEATED_LETTERS)),
        Arguments.of("y0ung 3scort", "t.escort", "3scort", Set.of(Kind.LEETSPEAK)),
        Arguments.of("A r3cru1tm3nt f33 applies", "t.fees", "r3cru1tm3nt f33", Set.of(Kind.LEETSPEAK)),
        Arguments.of("Payer les fr4is de d.o.s.s.i.e.r", "t.fees", "fr4is de d.o.s.s.i.e.r", Set.of(Kind.LEETSPEAK, Kind.SPLIT_LETTERS)),
        Arguments.of("New girls 👑 incall", "t.crown", "👑", Set.of(Kind.EMOJI)),
        Arguments.of("Roses only 🌹", "t.crown", "🌹", Set.of(Kind.EMOJI)),
        Arguments.of("р.4.ѕ.ѕ.р.0.r.t", "t.documents", "р.4.ѕ.ѕ.р.0.r.t", Set.of(Kind.HOMOGLYPH, Kind.LEETSPEAK, Kind.SPLIT_LETTERS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disguised")
  void disguisedIndicator_fires_withOriginalEvidence_andEvasions(String text, String indicator, String evidence,
      Set<Kind> kinds) {
    Assessment a = assess(DETECTOR, text);
    Finding f = finding(a, indicator);
    assertThat(f.spans()).extracting(Span::text).contains(evidence);
    List<Evasion> inEvidence = a.evasions().stream()
        .filter(e -> f.spans().stream().anyMatch(s -> s.start() <= e.span().start() && e.span().end() <= s.end()))
        .toList();
    assertThat(inEvidence.stream().map(Evasion::kind).distinct()).containsExactlyInAnyOrderElementsOf(kinds);
    for (Evasion e : a.evasions()) {
      assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.span().text());
    }
  }

  @Test
  void evasion_spanIsTheDisguisedWord() {
    Assessment a = assess(DETECTOR, "They keep your p4ssp0rt, and yoooung girls");
    assertThat(a.evasions()).containsExactly(
        new Evasion(Kind.LEETSPEAK, new Span(15, 23, "p4ssp0rt")),
        new Evasion(Kind.REPEATED_LETTERS, new Span(29, 36, "yoooung")));
  }

  @Test
  void disguisesOutsideTheEvidence_areNotEvasion() {
    Assessment a = assess(DETECTOR, "🌸 Lovely day 🙂 in the рор café, bring your passport.");
    assertThat(finding(a, "t.documents").spans()).extracting(Span::text).containsExactly("passport");
    assertThat(a.evasions()).isEmpty();
    assertThat(assess(DETECTOR, "Just a normal day, nothing here 🙂").evasions()).isEmpty();
  }

  static Stream<String> ordinary() {
    return Stream.of(
        "Salary €1,500 a month, 25 yo or older, 18yo+ welcome.",
        "Call 06 12 34 56 78 or +33 6 12 34 56 78 from 9.30 to 5am, open 24/7.",
        "Version v2.0 released in the U.S.A. and the U.K., e.g. today.",
        "S A L E ! Everything must go. N E W arrivals.",
        "A broad range of jobs, a gent's tailor, well-paid full-time work.",
        "Meet at 1st street, 2nd floor, room 3b, 10pm. Score 4-0, 3-1.",
        "Coffee, free coffee, passport photos are taken at the kiosk.",
        "Prices: $50, 50$, £20, 1.500,00 €, 2x3, 3x4, A4 paper, mp3 files.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordinary")
  void ordinaryText_givesNoNewFinding_andKeepsItsTokens(String text) {
    Assessment a = assess(DETECTOR, text);
    assertThat(a.findings()).extracting(Finding::indicator).doesNotContain("t.lookalikes", "t.youth", "t.escort", "t.fees");
    assertThat(a.evasions()).isEmpty();
    Explanation e = DETECTOR.explain(Document.of("t", text).language("en"));
    assertThat(e.tokens()).containsExactlyElementsOf(basicTokens(text));
  }

  private static List<String> basicTokens(String text) {
    org.indicia.text.NormalizedText t = new org.indicia.text.NormalizedText();
    org.indicia.text.TextNormalizer.basic().normalize(text, text.length(), t);
    org.indicia.text.Tokens tokens = new org.indicia.text.Tokens();
    new org.indicia.text.Tokenizer(List.of()).tokenize(t.buffer(), t.length(), tokens);
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.count(); i++) {
      out.add(new String(t.buffer(), tokens.start(i), tokens.end(i) - tokens.start(i)));
    }
    return out;
  }

  @Test
  void packFoldSwitchedOff_disguisedHitsDoNotCountForThatPack() {
    String strict = PACK.replace("pack: evasion-test", "pack: strict")
        .replace("indicators:", "analysis: {folds: {leet: false, separators: false}}\nindicators:")
        .replace("id: t.", "id: strict.");
    Detector d = detector(PACK, strict);
    assertThat(assess(d, "They keep your passport.").findings()).extracting(Finding::indicator)
        .contains("t.documents", "strict.documents");
    Assessment leet = assess(d, "They keep your p4ssp0rt.");
    assertThat(leet.findings()).extracting(Finding::indicator).contains("t.documents").doesNotContain("strict.documents");
    Assessment split = assess(d, "They keep your p.a.s.s.p.o.r.t.");
    assertThat(split.findings()).extracting(Finding::indicator).contains("t.documents").doesNotContain("strict.documents");
    Assessment homoglyph = assess(d, "They keep your pаssport.");
    assertThat(homoglyph.findings()).extracting(Finding::indicator).contains("t.documents", "strict.documents");
    Assessment both = assess(d, "p4ssp0rt and passport");
    assertThat(finding(both, "strict.documents").spans()).extracting(Span::text).containsExactly("passport");
  }

  @Test
  void explain_showsTheFoldsOfEachHit_andTheHitsAPackRefused() {
    String strict = PACK.replace("pack: evasion-test", "pack: strict")
        .replace("indicators:", "analysis: {folds: {leet: false}}\nindicators:").replace("id: t.", "id: strict.");
    Detector d = detector(PACK, strict);
    Explanation e = d.explain(Document.of("d", "They keep your p4ssp0rt.").language("en"));
    assertThat(e.tokens()).contains("passport");
    assertThat(e.atoms()).filteredOn(h -> h.atom().equals("passport"))
        .allSatisfy(h -> assertThat(h.folds()).containsExactly(Kind.LEETSPEAK))
        .extracting(h -> h.span().text()).containsOnly("p4ssp0rt");
    Explanation.IndicatorTrace refused = e.indicators().stream()
        .filter(t -> t.indicator().equals("strict.documents")).findFirst().orElseThrow();
    assertThat(refused.fired()).isFalse();
    assertThat(refused.foldRefusedHits()).isEqualTo(1);
    Explanation.IndicatorTrace counted = e.indicators().stream()
        .filter(t -> t.indicator().equals("t.documents")).findFirst().orElseThrow();
    assertThat(counted.fired()).isTrue();
    assertThat(counted.foldRefusedHits()).isZero();
  }

  @Test
  void emojiFoldSwitchedOff_emojiNoLongerCount_butWrittenNamesDo() {
    String noEmoji = PACK.replace("indicators:", "analysis: {folds: {emoji: false}}\nindicators:");
    Detector d = detector(noEmoji);
    assertThat(assess(d, "New girls 👑 incall").findings()).extracting(Finding::indicator).doesNotContain("t.crown");
    assertThat(assess(d, "New girls :rose: incall").findings()).extracting(Finding::indicator).contains("t.crown");
  }

  @Test
  void stemmedPack_joinsInflectedWords() {
    String stemmed = PACK.replace("indicators:", "analysis: {stem: true}\nindicators:");
    Detector d = detector(stemmed);
    Finding f = finding(assess(d, "They keep your p a s s p o r t s."), "t.documents");
    assertThat(f.spans()).extracting(Span::text).containsExactly("p a s s p o r t s");
    assertThat(finding(assess(d, "Young escorts, y0ung 3sc0rts"), "t.escort").spans()).extracting(Span::text)
        .containsExactly("escorts", "3sc0rts");
  }

  @Test
  void packFolds_areParsed_andBadOnesRefused() throws Exception {
    String ok = TestPacks.pack("x").replace("indicators:",
        "analysis: {folds: {homoglyphs: false, leet: false, separators: false, invisible: false, repeats: false, emoji: false}}\nindicators:");
    assertThat(RulePack.parse("ok.yaml", ok).id()).isEqualTo("p");
    String unknown = TestPacks.pack("x").replace("indicators:", "analysis: {folds: {leetspeak: false}}\nindicators:");
    assertThatThrownBy(() -> RulePack.parse("bad.yaml", unknown)).isInstanceOf(RulePackException.class)
        .satisfies(e -> assertThat(((RulePackException) e).fault()).isEqualTo(RulePackException.Fault.UNKNOWN_KEY));
    String notBoolean = TestPacks.pack("x").replace("indicators:", "analysis: {folds: {leet: sometimes}}\nindicators:");
    assertThatThrownBy(() -> RulePack.parse("bad.yaml", notBoolean)).isInstanceOf(RulePackException.class)
        .satisfies(e -> assertThat(((RulePackException) e).fault()).isEqualTo(RulePackException.Fault.WRONG_TYPE));
  }

  @Test
  void kinds_carryTheirFoldBit_andPackKey() {
    assertThat(List.of(Kind.values()).stream().map(Kind::foldBit).toList()).containsExactly(
        org.indicia.text.Folds.HOMOGLYPH, org.indicia.text.Folds.LEET, org.indicia.text.Folds.SPLIT,
        org.indicia.text.Folds.INVISIBLE, org.indicia.text.Folds.REPEAT, org.indicia.text.Folds.EMOJI);
    assertThat(List.of(Kind.values()).stream().map(Kind::key).toList())
        .containsExactly("homoglyphs", "leet", "separators", "invisible", "repeats", "emoji");
  }
}
