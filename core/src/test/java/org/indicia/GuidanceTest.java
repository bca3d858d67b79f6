package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.indicia.RulePackException.Fault;
import org.junit.jupiter.api.Test;

class GuidanceTest {
  private static String pack(String language, String guidance) {
    return String.join("\n",
        "pack: g-" + language,
        "language: " + language,
        "version: 1.0.0",
        "description: Guidance tests.",
        "indicators:",
        "  - id: g." + language + ".docs",
        "    category: DOCUMENT_RETENTION",
        "    weight: 0.7",
        "    description: Keeps documents.",
        "    source: Test.",
        guidance,
        "    match: {near: {within: 3, all: [[keep, garde], [passport, passeport]]}}",
        "    examples: {hit: [\"keep passport\"], miss: [\"passport\"]}",
        "");
  }

  private static final String BOTH = "    guidance: {worker: \"Keep your own passport.\","
      + " reviewer: \"Check who holds it.\"}";

  @Test
  void guidance_reachesTheFinding() throws Exception {
    Detector d = Detector.builder().addPack(RulePack.parse("g.yaml", pack("en", BOTH))).build();
    Finding f = d.assess("We keep your passport.").findings().get(0);
    assertThat(f.guidance()).isEqualTo(new Guidance("Keep your own passport.", "Check who holds it.", ""));
  }

  @Test
  void noGuidance_isNone_andAHelplineIsAddedToEveryFinding() throws Exception {
    RulePack en = RulePack.parse("en.yaml", pack("en", "    tags: []"));
    RulePack fr = RulePack.parse("fr.yaml", pack("fr", "    guidance: {worker: \"Gardez votre passeport.\"}"));
    assertThat(Detector.builder().addPack(en).build().assess("keep passport").findings().get(0)
        .guidance()).isSameAs(Guidance.NONE);
    Detector d = Detector.builder().addPack(en).addPack(fr)
        .helpline("Call 555-0100.").helpline("fr", "Appelez le 555-0101.").build();
    Finding enF = d.assess(Document.of("1", "keep passport").language("en")).findings().get(0);
    Finding frF = d.assess(Document.of("2", "garde passeport").language("fr")).findings().get(0);
    assertThat(enF.guidance()).isEqualTo(new Guidance("", "", "Call 555-0100."));
    assertThat(frF.guidance()).isEqualTo(new Guidance("Gardez votre passeport.", "", "Appelez le 555-0101."));
  }

  @Test
  void badGuidance_isRefusedWithItsLocation() {
    for (String bad : List.of("    guidance: {worker: \"\"}", "    guidance: {victim: \"x\"}",
        "    guidance: \"just text\"", "    guidance: {}")) {
      assertThatThrownBy(() -> RulePack.parse("g.yaml", pack("en", bad)))
          .as(bad)
          .isInstanceOfSatisfying(RulePackException.class, e -> {
            assertThat(e.line()).isEqualTo(11);
            assertThat(e.fault()).isIn(Fault.WRONG_TYPE, Fault.UNKNOWN_KEY, Fault.EMPTY_EXPRESSION,
                Fault.MISSING_KEY);
          });
    }
    assertThatThrownBy(() -> Detector.builder().helpline(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Detector.builder().helpline("EN!", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
