package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.indicia.testing.AssessmentInvariants;
import org.junit.jupiter.api.Test;

/** Behaviour of the engine on the test pack: each expression form, negation, unless, scoring. */
class DetectorTest {
  private static final Detector DETECTOR = TestPacks.detector();

  private static List<String> fired(String text) {
    return AssessmentInvariants.assess(DETECTOR, text).findings().stream().map(Finding::indicator).toList();
  }

  @Test
  void testPackExamples_allPass() {
    assertThat(TestPacks.english().checkExamples()).isEmpty();
  }

  @Test
  void near_matchesEitherOrderWithinWindow() {
    assertThat(fired("They will hold all identity documents.")).contains("test.documents.retained");
    assertThat(fired("Your passport: we keep it.")).contains("test.documents.retained");
    assertThat(fired("Keep calm and carry on, then much later after many words show your passport."))
        .doesNotContain("test.documents.retained");
  }

  @Test
  void stemming_meetsInflections() {
    assertThat(fired("The boss kept our passports.")).isEmpty(); // "kept" is not a stem of keep
    assertThat(fired("The boss is keeping our passports.")).contains("test.documents.retained");
    assertThat(fired("Passports retained by the manager.")).contains("test.documents.retained");
  }

  @Test
  void wildcard_matchesSuffixes() {
    assertThat(fired("They confiscated the work permits.")).contains("test.documents.retained");
    assertThat(fired("Confiscation of passports is routine.")).contains("test.documents.retained");
  }

  @Test
  void seq_requiresOrderAndGap() {
    assertThat(fired("The debt is to be repaid.")).contains("test.debt.repay");
    assertThat(fired("Repayment of the debt.")).doesNotContain("test.debt.repay");
    assertThat(fired("The debt, as we all know and say, will be repaid.")).doesNotContain("test.debt.repay");
  }

  @Test
  void negation_cancelsHitsWithinScopeAndClause() {
    assertThat(fired("No recruitment fee.")).doesNotContain("test.fees.recruitment");
    assertThat(fired("We never ask a placement fee.")).doesNotContain("test.fees.recruitment");
    assertThat(fired("Free of any recruitment fee")).doesNotContain("test.fees.recruitment");
    // Out of scope, or in another clause: the hit stands.
    assertThat(fired("No, there is a recruitment fee.")).contains("test.fees.recruitment");
    assertThat(fired("Not a problem: we ask for a small upfront recruitment fee.")).contains("test.fees.recruitment");
  }

  @Test
  void negation_aCueTakenIntoALongerPhraseIsNotANegation() throws Exception {
    Detector d = Detector.builder().addPack(RulePack.parse("n.yaml", """
        pack: n
        language: en
        version: 1.0.0
        description: d
        analysis:
          negation:
            cues: ["no", not, "won't"]
            scope: 3
        lexicons:
          hold: [keep, held, "won't give", "do not have my"]
          docs: [passport, "no passport"]
        indicators:
          - id: n.documents
            category: DOCUMENT_RETENTION
            weight: 0.7
            description: d
            source: s
            match:
              near: {within: 4, all: ["@hold", "@docs"]}
            examples: {hit: ["He won't give her passport back."], miss: ["We won't keep your passport."]}
        """)).build();
    // a cue of several words that a longer phrase starts with, or a cue inside a longer phrase
    assertThat(d.assess(Document.of("a", "He won't give her passport back.").language("en")).findings()).hasSize(1);
    assertThat(d.assess(Document.of("b", "I do not have my passport.").language("en")).findings()).hasSize(1);
    // no phrase takes the cue: it negates what follows
    assertThat(d.assess(Document.of("c", "We won't keep your passport.").language("en")).findings()).isEmpty();
    // a one-word cue that begins a phrase ("no passport") still negates the words after it
    assertThat(d.assess(Document.of("d", "No passport held.").language("en")).findings()).isEmpty();
  }

  @Test
  void regex_isWidenedToTokens() {
    Assessment a = AssessmentInvariants.assess(DETECTOR, "Pay a fee of $450 now.");
    Finding f = a.findings().get(0);
    assertThat(f.indicator()).isEqualTo("test.fees.recruitment");
    assertThat(f.spans()).extracting(Span::text).containsExactly("fee of $450");
  }

  @Test
  void regexWindows_thatMeet_areOneWindow() throws Exception {
    // " zeta" is the regex's required literal: each occurrence opens a window of REGEX_WINDOW chars
    // either side. The match beside the second one starts inside the first one's window; two
    // windows cut where they met would lose it.
    Detector d = Detector.builder().addPack(RulePack.parse("w.yaml", TestPacks.pack("{regex: \"[a-z]+ [a-z]+ zeta\"}"))).build();
    int start = org.indicia.match.AtomMatcher.REGEX_WINDOW - 9;
    String head = "a zeta " + "7".repeat(start - 8) + " ";
    String text = head + "alphaaaa betaaaa zeta";
    assertThat(head).hasSize(start);
    Assessment a = AssessmentInvariants.assess(d, text);
    assertThat(a.findings()).singleElement().extracting(f -> f.spans().get(0).text()).isEqualTo("alphaaaa betaaaa zeta");
  }

  @Test
  void unless_suppresses() {
    assertThat(fired("Workers keep their own passport and id card.")).contains("test.documents.retained");
    assertThat(fired("You keep your own passport.")).doesNotContain("test.documents.retained");
  }

  @Test
  void all_needsEveryPart() {
    assertThat(fired("No days off. You work 7 days a week.")).contains("test.hours.excessive");
    assertThat(fired("You work 7 days a week.")).doesNotContain("test.hours.excessive");
  }

  @Test
  void corroboratingCueAlone_doesNotCount() {
    Assessment a = AssessmentInvariants.assess(DETECTOR, "No days off, 7 days a week.");
    assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.counted()).isFalse());
    assertThat(a.level()).isEqualTo(Level.NONE);
    assertThat(a.score()).isZero();
  }

  @Test
  void corroboratingCue_countsWithAnotherCategory() {
    Assessment a = AssessmentInvariants.assess(DETECTOR, "No days off, 7 days a week. A recruitment fee applies.");
    assertThat(a.findings()).allSatisfy(f -> assertThat(f.counted()).isTrue());
    assertThat(a.score()).isCloseTo(1 - (1 - 0.3) * (1 - 0.5), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void sensitiveCue_neverRaisesTheLevel() {
    Assessment without = AssessmentInvariants.assess(DETECTOR, "A recruitment fee applies.");
    Assessment with = AssessmentInvariants.assess(DETECTOR, "Exotic girls. A recruitment fee applies.");
    assertThat(with.score()).isGreaterThan(without.score());
    assertThat(with.level()).isEqualTo(without.level());
  }

  @Test
  void oneStrongCategory_mayReachHigh_andCombinationsScoreHigher() {
    Assessment one = AssessmentInvariants.assess(DETECTOR, "We keep your passport.");
    assertThat(one.level()).isEqualTo(Level.MEDIUM);
    Assessment two = AssessmentInvariants.assess(DETECTOR, "We keep your passport. Your debt will be repaid from wages.");
    assertThat(two.level()).isEqualTo(Level.HIGH);
    assertThat(two.categoryScores()).containsOnlyKeys(Category.DOCUMENT_RETENTION, Category.DEBT_BONDAGE);
  }

  @Test
  void findings_nameThePackAndCarryMetadata() {
    Finding f = AssessmentInvariants.assess(DETECTOR, "We keep your passport.").findings().get(0);
    assertThat(f.pack()).isEqualTo("test-en@1.2.3");
    assertThat(f.category()).isEqualTo(Category.DOCUMENT_RETENTION);
    assertThat(f.weight()).isEqualTo(0.7);
    assertThat(f.strong()).isTrue();
    assertThat(f.source()).contains("ILO");
    assertThat(f.spans()).extracting(Span::text).containsExactly("keep", "passport");
    assertThat(f.snippet()).contains("We keep your passport.");
  }

  @Test
  void truncation_assessesThePrefixAndSaysSo() throws Exception {
    Detector small = Detector.builder().addPack(TestPacks.english()).maxTextLength(30).build();
    String text = "We keep your passport. " + "x".repeat(100) + " recruitment fee";
    Assessment a = small.assess(text);
    assertThat(a.truncated()).isTrue();
    assertThat(a.findings()).extracting(Finding::indicator).containsExactly("test.documents.retained");
    assertThat(DETECTOR.assess(text).truncated()).isFalse();
  }

  @Test
  void truncation_neverSplitsASurrogatePair() throws Exception {
    Detector small = Detector.builder().addPack(TestPacks.english()).maxTextLength(5).build();
    String text = "abcd\uD83D\uDE00 keep passport";
    Assessment a = small.assess(text);
    assertThat(a.truncated()).isTrue();
    AssessmentInvariants.check(text, a);
  }

  @Test
  void nulls_areRefusedNamingTheArgument() {
    assertThatThrownBy(() -> DETECTOR.assess((String) null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> DETECTOR.assess((Document) null)).isInstanceOf(NullPointerException.class).hasMessage("document");
    assertThatThrownBy(() -> Document.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Document.of("a", null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void builder_checksEachSettingAtOnce() {
    assertThatThrownBy(() -> Detector.builder().maxTextLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Detector.builder().maxTextLength(10).maxTextLength(20)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Detector.builder().thresholds(0.5, 0.4, 0.9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Detector.builder().thresholds(0.1, 0.2, 0.3).thresholds(0.1, 0.2, 0.3)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Detector.builder().withBuiltInPacks().withBuiltInPacks()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Detector.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thresholds_changeTheLevel() throws Exception {
    Detector strict = Detector.builder().addPack(TestPacks.english()).thresholds(0.6, 0.8, 0.95).build();
    assertThat(strict.assess("A recruitment fee applies.").level()).isEqualTo(Level.NONE);
    assertThat(DETECTOR.assess("A recruitment fee applies.").level()).isEqualTo(Level.MEDIUM);
  }

  @Test
  void languageHint_selectsPacks() {
    assertThat(DETECTOR.assess(Document.of("d", "We keep your passport.").language("fr")).findings()).isEmpty();
    Assessment a = DETECTOR.assess(Document.of("d", "We keep your passport.").language("EN"));
    assertThat(a.languages()).extracting(DetectedLanguage::code).containsExactly("en");
    assertThat(a.languages().get(0).source()).isEqualTo(DetectedLanguage.Source.HINT);
    assertThat(a.packs()).containsExactly("test-en@1.2.3");
  }

  @Test
  void languageHint_bcp47Tag_usesThePrimaryLanguage() {
    for (String tag : new String[] {"en-US", "en_GB", "EN-Latn-US", "en-x-private"}) {
      Assessment a = DETECTOR.assess(Document.of("d", "We keep your passport.").language(tag));
      assertThat(a.languages()).as(tag).extracting(DetectedLanguage::code).containsExactly("en");
      assertThat(a.findings()).as(tag).isNotEmpty();
    }
    for (String bad : new String[] {"", "e", "english", "en-", "en--US", "1en", "en-toolongsubtag"}) {
      assertThatThrownBy(() -> Document.of("d", "x").language(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("x");
    }
  }

  @Test
  void languageHint_withNoLoadedPack_saysNoPackApplied() {
    Assessment a = DETECTOR.assess(Document.of("d", "We keep your passport.").language("de"));
    assertThat(a.packs()).isEmpty();
    assertThat(a.languages()).extracting(DetectedLanguage::code).containsExactly("de");
    assertThat(DETECTOR.languages()).doesNotContain("de");
  }

  @Test
  void oddUnicode_isHandled() {
    String[] texts = {"", "\uD800", "\uDC00keep passport\uD800", "\u0000\u0001\u001F\u007F", "keep\u200Bpassport",
        "\u202Ekeep your passport\u202C", "e\u0301".repeat(1000), "\uFEFFkeep your passport", "🙂".repeat(50)};
    for (String t : texts) {
      AssessmentInvariants.assess(DETECTOR, t);
    }
  }

  @Test
  void explain_reportsTokensAtomsAndRuleResults() {
    Explanation e = DETECTOR.explain(Document.of("d", "We do not charge a recruitment fee, but we keep your passport."));
    assertThat(e.tokens()).contains("recruitment", "fee", "passport");
    assertThat(e.atoms()).extracting(Explanation.AtomHit::atom).contains("recruitment fee", "passport", "keep", "not");
    Explanation.IndicatorTrace fee = e.indicators().stream().filter(t -> t.indicator().equals("test.fees.recruitment")).findFirst().orElseThrow();
    assertThat(fee.matched()).isFalse();
    assertThat(fee.negatedHits()).isEqualTo(1);
    assertThat(e.assessment().findings()).extracting(Finding::indicator).containsExactly("test.documents.retained");
  }

  @Test
  void explain_showsWhereUnlessMatched() {
    String text = "You keep your own passport at all times.";
    Explanation e = DETECTOR.explain(Document.of("d", text));
    Explanation.IndicatorTrace t = e.indicators().stream()
        .filter(x -> x.indicator().equals("test.documents.retained")).findFirst().orElseThrow();
    assertThat(t.matched()).isTrue();
    assertThat(t.excluded()).isTrue();
    assertThat(t.fired()).isFalse();
    assertThat(t.excludedBy()).extracting(Span::text).containsExactly("your own passport");
  }
}
