package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indicia.RulePackException.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code entity:} conditions in packs: parsed, refused when impossible, and evaluated. */
class EntityConditionsTest {
  private static Detector detector(String match, String unless) throws RulePackException {
    String yaml = """
        pack: p
        language: en
        version: 1.0.0
        description: d
        indicators:
          - id: x.one
            category: CONTACT_EVASION
            weight: 0.5
            description: d
            source: s
            match: %s
        %s
            examples: {hit: [a], miss: [b]}
        """.formatted(match, unless == null ? "" : "    unless: " + unless);
    return Detector.builder().addPack(RulePack.parse("p.yaml", yaml)).build();
  }

  private static boolean fires(Detector d, String text) {
    return !d.assess(Document.of("", text).language("en")).findings().isEmpty();
  }

  @Test
  void minorAge_nearEscortWords() throws Exception {
    Detector d = detector("{near: {within: 6, all: [[escort, massage, \"new in town\"], {entity: {type: age, below: 18}}]}}", null);
    assertThat(fires(d, "New in town, 17 yo, sweet")).isTrue();
    assertThat(fires(d, "New in town, 19 yo, sweet")).isFalse();
    assertThat(fires(d, "Escort agency. Lots of words in between here to be far away from it, 16 yo")).isFalse();
    Finding f = d.assess(Document.of("", "escort 16 yo").language("en")).findings().get(0);
    assertThat(f.spans()).extracting(Span::text).contains("16 yo");
  }

  @Test
  void obscuredPhone() throws Exception {
    Detector d = detector("{entity: {type: [phone, email], obscured: true}}", null);
    assertThat(fires(d, "call five oh eight 555 0142")).isTrue();
    assertThat(fires(d, "call 508-555-0142")).isFalse();
    assertThat(fires(d, "mail me lily (at) mail dot com")).isTrue();
  }

  @Test
  void contactOnlyThroughAHandle() throws Exception {
    Detector d = detector("{entity: {type: handle, platform: [telegram, kik, snapchat]}}",
        "{entity: {type: [phone, email]}}");
    assertThat(fires(d, "Telegram: @sweet_anna22 only")).isTrue();
    assertThat(fires(d, "Telegram: @sweet_anna22 or 508-555-0142")).isFalse();
    assertThat(fires(d, "Instagram: @model.lou")).isFalse();
  }

  @Test
  void moneyAbove() throws Exception {
    Detector d = detector("{all: [fee, {entity: {type: money, currency: [EUR], above: 1000}}]}", null);
    assertThat(fires(d, "The fee is 2 500 €.")).isTrue();
    assertThat(fires(d, "The fee is 500 €.")).isFalse();
    assertThat(fires(d, "The fee is $2,500.")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{entity: {type: fax}}|WRONG_TYPE",
      "{entity: {obscured: true}}|MISSING_KEY",
      "{entity: {type: phone, below: 18}}|WRONG_TYPE",
      "{entity: {type: age, platform: kik}}|WRONG_TYPE",
      "{entity: {type: handle, platform: myspace}}|WRONG_TYPE",
      "{entity: {type: handle, currency: EUR}}|WRONG_TYPE",
      "{entity: {type: age, below: 18, above: 20}}|EMPTY_EXPRESSION",
      "{entity: {type: []}}|EMPTY_EXPRESSION",
      "{entity: {type: age, color: red}}|UNKNOWN_KEY",
      "{entity: {type: age, obscured: maybe}}|WRONG_TYPE"})
  void impossibleConditions_refusedWithLocation(String match, Fault fault) {
    try {
      detector(match, null);
    } catch (RulePackException e) {
      assertThat(e.fault()).isEqualTo(fault);
      assertThat(e.line()).isGreaterThan(0);
      assertThat(e.indicator()).contains("x.one");
      return;
    }
    throw new AssertionError("accepted: " + match);
  }

  @Test
  void explain_namesTheEntityAtom() throws Exception {
    Detector d = detector("{entity: {type: age, below: 18}}", null);
    Explanation x = d.explain(Document.of("", "17 yo").language("en"));
    assertThat(x.atoms()).extracting(Explanation.AtomHit::atom).contains("entity:{type: [age], below: 18.0}");
    assertThat(List.of(d.assess("17 yo").findings().get(0).indicator())).containsExactly("x.one");
  }
}
