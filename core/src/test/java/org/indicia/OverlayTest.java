package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indicia.Explanation.OverlayEffect;
import org.indicia.RulePackException.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlays change what the engine reports exactly as they say — disable, reweight, allow — and
 * explain says why; ids are checked against the loaded packs; a broken overlay on reload keeps
 * the previous configuration serving.
 */
class OverlayTest {
  private static final String TEXT = "We keep your passport during the contract. Your debt must be repaid. "
      + "The recruitment fee of our partner agencies is paid by the employer.";
  private static final String OVERLAY = """
      overlay: test-portal
      version: 1.0.0
      indicators:
        test.debt.repay: {disable: true}
        test.documents.retained: {weight: 0.35}
      allow:
        - "the recruitment fee of our partner agencies is paid by the employer"
      """;

  private static Detector with(String overlay) throws RulePackException {
    return Detector.builder().addPack(TestPacks.english()).overlay(Overlay.parse("o.yaml", overlay)).build();
  }

  private static List<String> ids(Assessment a) {
    return a.findings().stream().map(Finding::indicator).toList();
  }

  @Test
  void disableHalveAndAllow_changeTheAssessmentExactlyAsWritten() throws Exception {
    Assessment before = TestPacks.detector().assess(TEXT);
    assertThat(ids(before)).containsExactly("test.documents.retained", "test.debt.repay", "test.fees.recruitment");
    assertThat(before.overlays()).isEmpty();

    Assessment after = with(OVERLAY).assess(TEXT);
    assertThat(ids(after)).containsExactly("test.documents.retained");
    Finding kept = after.findings().get(0);
    assertThat(kept.weight()).isEqualTo(0.35);
    assertThat(kept.spans()).isEqualTo(before.findings().get(0).spans());
    assertThat(after.score()).isCloseTo(0.35, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(after.level()).isEqualTo(Level.LOW);
    assertThat(after.overlays()).containsExactly("test-portal@1.0.0");
    assertThat(after.packs()).isEqualTo(before.packs()); // the pack is named as loaded, not renamed
  }

  @Test
  void explain_saysWhatTheOverlayChangedForThisText() throws Exception {
    Explanation e = with(OVERLAY).explain(Document.of("d", TEXT));
    List<OverlayEffect> fx = e.overlayEffects();
    assertThat(fx).extracting(OverlayEffect::kind).containsExactly(OverlayEffect.Kind.DISABLED,
        OverlayEffect.Kind.CHANGED, OverlayEffect.Kind.ALLOWED_OUT, OverlayEffect.Kind.OUTCOME);
    assertThat(fx.get(0).indicator()).isEqualTo("test.debt.repay");
    assertThat(fx.get(0).spans()).extracting(Span::text).containsExactly("debt", "repaid");
    assertThat(fx.get(1).indicator()).isEqualTo("test.documents.retained");
    assertThat(fx.get(1).detail()).isEqualTo("weight 0.7 -> 0.35");
    OverlayEffect allowed = fx.get(2);
    assertThat(allowed.indicator()).isEqualTo("test.fees.recruitment");
    assertThat(allowed.overlay()).isEqualTo("test-portal@1.0.0");
    assertThat(allowed.spans()).extracting(Span::text).containsExactly("recruitment fee");
    assertThat(allowed.detail()).contains("allow 'the recruitment fee of our partner agencies is paid by the employer'")
        .contains("\"The recruitment fee of our partner agencies is paid by the employer\"");
    assertThat(fx.get(3).detail())
        .isEqualTo("without overlays: level HIGH, score 0.94, 3 findings; with: level LOW, score 0.35, 1 finding");
    assertThat(e.assessment()).isEqualTo(with(OVERLAY).assess(Document.of("d", TEXT)));
  }

  @Test
  void allowedText_isFoundThroughDisguises_andOffsetsAreTheOriginals() throws Exception {
    String text = "Your debt must be repaid. Thé rеcruitment fee of our partner agencies is paid by the employer.";
    Detector d = with("""
        overlay: p
        version: 1.0.0
        allow: ["the recruitment fee of our partner agencies is paid by the employer"]
        """);
    assertThat(ids(TestPacks.detector().assess(text))).contains("test.fees.recruitment");
    assertThat(ids(d.assess(text))).containsExactly("test.debt.repay");
    OverlayEffect fx = d.explain(Document.of("", text)).overlayEffects().stream()
        .filter(f -> f.kind() == OverlayEffect.Kind.ALLOWED_OUT).findFirst().orElseThrow();
    Span s = fx.spans().get(0);
    assertThat(text.substring(s.start(), s.end())).isEqualTo("rеcruitment fee"); // Cyrillic е, original offsets
  }

  @Test
  void allowRegex_andEvidenceOutsideTheAllowedText_stillCounts() throws Exception {
    String text = "A recruitment fee applies. Ref 12345: recruitment fee refunded by the employer.";
    Detector d = with("""
        overlay: p
        version: 1.0.0
        allow:
          - {regex: "ref [0-9]+: recruitment fee refunded"}
        """);
    Assessment a = d.assess(text);
    assertThat(ids(a)).containsExactly("test.fees.recruitment");
    assertThat(a.findings().get(0).spans()).extracting(Span::start).containsExactly(2); // the first only
  }

  @Test
  void allowedText_isNeutral_anUnlessMatchThereNoLongerExcludes() throws Exception {
    String text = "We keep your passport for the contract. Staff are reminded you keep your own passport.";
    assertThat(ids(TestPacks.detector().assess(text))).isEmpty(); // the boilerplate's "your own passport"
    Detector d = with("overlay: p\nversion: 1.0.0\nallow: [\"staff are reminded you keep your own passport\"]\n");
    Assessment a = d.assess(text);
    assertThat(ids(a)).containsExactly("test.documents.retained");
    assertThat(a.findings().get(0).spans()).extracting(Span::text).containsExactly("keep", "passport");
    assertThat(d.explain(Document.of("", text)).overlayEffects()).anySatisfy(fx -> {
      assertThat(fx.kind()).isEqualTo(OverlayEffect.Kind.ALLOWED_OUT);
      assertThat(fx.detail()).startsWith("unless exclusion ignored: allow 'staff are reminded");
      assertThat(fx.spans()).extracting(Span::text).containsExactly("your own passport");
    });
  }

  @Test
  void allowedBoilerplate_doesNotFrameAnAdAsAdvisory() throws Exception {
    String yaml = "pack: f\nlanguage: en\nversion: 1.0.0\ndescription: d\n" + FramingTest.FRAMING + FramingTest.INDICATORS;
    String notice = "Warning signs of a job scam: if you are asked to pay, call our hotline";
    String text = "They kept my passport and I had unpaid wages for months. " + notice + ".";
    Detector plain = Detector.builder().addPack(RulePack.parse("f.yaml", yaml)).build();
    Detector overlaid = Detector.builder().addPack(RulePack.parse("f.yaml", yaml))
        .overlay(Overlay.parse("o.yaml", "overlay: p\nversion: 1.0.0\nallow: [\"" + notice + "\"]\n")).build();
    Assessment before = plain.assess(Document.of("", text).language("en"));
    Assessment after = overlaid.assess(Document.of("", text).language("en"));
    assertThat(before.framing().advisory()).isTrue(); // the portal's notice made the report advisory
    assertThat(before.level()).isEqualTo(Level.LOW);
    assertThat(after.framing().advisory()).isFalse();
    assertThat(after.framing().advisoryCues()).isZero();
    assertThat(after.level()).isEqualTo(Level.HIGH);
    assertThat(ids(after)).isEqualTo(ids(before));
  }

  @Test
  void aLongBoilerplateSentence_acrossClausesAndOverSixteenWords_isAllowedWhole() throws Exception {
    String boilerplate = "Please note: all candidates, whatever their experience, complete an induction day; a recruitment"
        + " fee is charged to the employer, and placement fee refunds are handled by payroll within thirty days";
    String text = "Your debt must be repaid. " + boilerplate + ". A placement fee applies to you.";
    Detector d = with("overlay: p\nversion: 1.0.0\nallow:\n  - \"" + boilerplate + "\"\n");
    assertThat(ids(TestPacks.detector().assess(text))).contains("test.fees.recruitment");
    Assessment a = d.assess(text);
    assertThat(ids(a)).containsExactly("test.debt.repay", "test.fees.recruitment");
    Finding fee = a.findings().get(1);
    assertThat(fee.spans()).extracting(Span::text).containsExactly("placement fee");
    assertThat(fee.spans().get(0).start()).isGreaterThan(text.indexOf(boilerplate) + boilerplate.length());
    // and not when the text differs inside it: the parts must follow each other
    String changed = text.replace("induction day; a", "induction day; then a");
    assertThat(d.assess(changed).findings().stream().filter(f -> f.indicator().equals("test.fees.recruitment"))
        .findFirst().orElseThrow().spans()).hasSizeGreaterThan(1);
  }

  @Test
  void allowPhraseParts_cutAtClausesAndEverySixteenWords() {
    var tokenizer = new org.indicia.text.Tokenizer(List.of());
    var basic = org.indicia.text.TextNormalizer.basic();
    assertThat(org.indicia.overlay.AllowSpans.parts("Job ref: SF 20931, apply now!", basic, tokenizer))
        .containsExactly("Job ref", "SF 20931", "apply now");
    assertThat(org.indicia.overlay.AllowSpans.parts("seasonal staff*", basic, tokenizer)).containsExactly("seasonal staff*");
    String words = String.join(" ", java.util.Collections.nCopies(20, "word"));
    assertThat(org.indicia.overlay.AllowSpans.parts(words, basic, tokenizer)).hasSize(2)
        .first().satisfies(p -> assertThat(p.split(" ")).hasSize(16));
    assertThat(org.indicia.overlay.AllowSpans.parts("-- !", basic, tokenizer)).isEmpty();
  }

  @Test
  void globs_categoryFactors_strongCorroborate_andThresholds() throws Exception {
    Detector d = with("""
        overlay: p
        version: 2.0.0
        indicators:
          "test.*": {weight: 0.8}
          test.fees.recruitment: {corroborate: true}
          test.documents.retained: {strong: false}
        categories:
          DEBT_BONDAGE: {factor: 0.5}
        thresholds: {low: 0.1, medium: 0.2, high: 0.99}
        """);
    Assessment a = d.assess("We keep your passport. Your debt must be repaid. A recruitment fee applies.");
    Finding docs = a.findings().stream().filter(f -> f.indicator().equals("test.documents.retained")).findFirst().orElseThrow();
    Finding debt = a.findings().stream().filter(f -> f.indicator().equals("test.debt.repay")).findFirst().orElseThrow();
    Finding fee = a.findings().stream().filter(f -> f.indicator().equals("test.fees.recruitment")).findFirst().orElseThrow();
    assertThat(docs.weight()).isEqualTo(0.8);
    assertThat(docs.strong()).isFalse();
    assertThat(debt.weight()).isEqualTo(0.4); // 0.8 × 0.5
    assertThat(fee.counted()).isTrue(); // corroborated by the other categories
    assertThat(a.level()).isEqualTo(Level.MEDIUM); // score ≈ 0.98 < high 0.99
    assertThat(d.explain(Document.of("", "Your debt must be repaid.")).overlayEffects())
        .extracting(OverlayEffect::detail)
        .contains("weight 0.6 -> 0.4 (category DEBT_BONDAGE factor 0.5)", "levels at low 0.1, medium 0.2, high 0.99");
  }

  @Test
  void laterOverlays_winPerProperty() throws Exception {
    Detector d = Detector.builder().addPack(TestPacks.english())
        .overlay(Overlay.parse("a.yaml", "overlay: a\nversion: 1.0.0\nindicators:\n  test.debt.repay: {weight: 0.2}\n"))
        .overlay(Overlay.parse("b.yaml", "overlay: b\nversion: 1.0.0\nindicators:\n  test.debt.*: {weight: 0.3}\n"))
        .build();
    assertThat(d.overlays()).containsExactly("a@1.0.0", "b@1.0.0");
    Assessment a = d.assess("Your debt must be repaid.");
    assertThat(a.findings().get(0).weight()).isEqualTo(0.3);
    assertThat(a.overlays()).containsExactly("a@1.0.0", "b@1.0.0");
  }

  @Test
  void unknownIndicator_isALocatedError_orAWarningWhenLenient() throws Exception {
    String overlay = "overlay: p\nversion: 1.0.0\nindicators:\n  test.debt.repay: {weight: 0.2}\n  test.offer.*: {disable: true}\n";
    assertThatThrownBy(() -> with(overlay))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_INDICATOR);
          assertThat(e.getMessage()).isEqualTo("o.yaml:5:3: no loaded pack has an indicator matching 'test.offer.*'");
        });
    Detector lenient = Detector.builder().addPack(TestPacks.english()).overlay(Overlay.parse("o.yaml", overlay))
        .lenientOverlays().build();
    assertThat(lenient.overlayWarnings()).containsExactly("o.yaml:5:3: no loaded pack has an indicator matching 'test.offer.*'");
    assertThat(lenient.assess("Your debt must be repaid.").findings().get(0).weight()).isEqualTo(0.2);
  }

  @Test
  void allowPhraseWithNoWords_refusedAtBuild() {
    assertThatThrownBy(() -> with("overlay: p\nversion: 1.0.0\nallow: [\"--\"]\n"))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.EMPTY_PHRASE);
          assertThat(e.line()).isEqualTo(3);
        });
  }

  @Test
  void packsAndTheirInfo_areUntouched() throws Exception {
    Detector d = with(OVERLAY);
    IndicatorInfo docs = d.packs().get(0).indicators().stream()
        .filter(i -> i.id().equals("test.documents.retained")).findFirst().orElseThrow();
    assertThat(docs.weight()).isEqualTo(0.7);
    assertThat(d.packs().get(0).indicators()).hasSize(TestPacks.english().indicators().size());
  }

  @Test
  void overlayFile_loadsFromAPath(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("portal.yaml"), OVERLAY);
    Detector d = Detector.builder().addPack(TestPacks.english()).overlay(f).build();
    assertThat(d.assess(TEXT).overlays()).containsExactly("test-portal@1.0.0");
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "overlay: p\nversion: 1.0.0\nindicators:\n  test.x: {weight: -1}\n");
    assertThatThrownBy(() -> Overlay.load(bad)).isInstanceOfSatisfying(RulePackException.class,
        e -> assertThat(e.getMessage()).startsWith(bad + ":4:"));
    assertThatThrownBy(() -> Overlay.load(dir)).isInstanceOfSatisfying(RulePackException.class,
        e -> assertThat(e.fault()).isEqualTo(Fault.NOT_A_FILE));
  }

  @Test
  void reload_withABrokenOverlay_isRefused_andThePreviousConfigurationKeepsServing() throws Exception {
    ReloadingDetector live = ReloadingDetector.of(with(OVERLAY));
    ReloadingDetector.Reload r = live.reload(Detector.builder().addPack(TestPacks.english())
        .overlay(Overlay.parse("next.yaml", "overlay: p\nversion: 2.0.0\nindicators:\n  test.gone: {disable: true}\n")));
    assertThat(r.swapped()).isFalse();
    assertThat(r.error().orElseThrow().getMessage()).startsWith("next.yaml:4:3: ").contains("test.gone");
    Assessment a = live.assess(TEXT);
    assertThat(a.overlays()).containsExactly("test-portal@1.0.0");
    assertThat(ids(a)).containsExactly("test.documents.retained");

    ReloadingDetector.Reload ok = live.reload(Detector.builder().addPack(TestPacks.english()));
    assertThat(ok.swapped()).isTrue();
    assertThat(live.assess(TEXT).overlays()).isEmpty();
    assertThat(ids(live.assess(TEXT))).hasSize(3);
  }
}
