package org.indicia.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import org.indicia.Category;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;
import org.indicia.testing.OverlayYaml;
import org.junit.jupiter.api.Test;

/**
 * One test per bad input of the overlay format: refused whole, the message naming file, line
 * and column (and the indicator pattern where there is one), as pack errors do.
 */
class OverlayFaultsTest {
  private static final String HEAD = "overlay: portal\nversion: 1.0.0\n";

  private static RulePackException refuse(String yaml) {
    try {
      OverlayParser.parse("portal.yaml", yaml);
    } catch (RulePackException e) {
      return e;
    }
    throw new AssertionError("overlay was accepted");
  }

  @Test
  void theIssuesMinimalOverlay_parses() throws Exception {
    OverlayDef d = OverlayParser.parse("my-portal.yaml", OverlayYaml.MINIMAL);
    assertThat(d.nameAtVersion()).isEqualTo("my-portal@1.0.0");
    assertThat(d.indicators()).extracting(OverlayDef.IndicatorRule::pattern)
        .containsExactly("en.offer.no_requirements", "en.fees.upfront");
    assertThat(d.indicators().get(0).disable()).isTrue();
    assertThat(d.indicators().get(1).weight()).isEqualTo(0.2);
    assertThat(d.allow()).extracting(OverlayDef.AllowRule::text)
        .containsExactly("accommodation is provided for all seasonal staff");
  }

  @Test
  void everyPart_parses_inJsonToo() throws Exception {
    OverlayDef d = OverlayParser.parse("p.json", """
        {"overlay": "p", "version": "2.0.0", "description": "all parts",
         "indicators": {"en.offer.*": {"weight": 0.3, "strong": false, "corroborate": true}},
         "categories": {"RECRUITMENT_FRAUD": {"factor": 0.5}},
         "thresholds": {"low": 0.3, "medium": 0.6, "high": 0.8},
         "allow": ["seasonal staff", {"phrase": "our own fees"}, {"regex": "ref\\\\s*[0-9]+"}]}
        """);
    assertThat(d.indicators().get(0).glob()).isTrue();
    assertThat(d.indicators().get(0).matches("en.offer.no_requirements")).isTrue();
    assertThat(d.indicators().get(0).matches("en.fees.upfront")).isFalse();
    assertThat(d.categories().get(Category.RECRUITMENT_FRAUD).factor()).isEqualTo(0.5);
    assertThat(d.thresholds().medium()).isEqualTo(0.6);
    assertThat(d.allow()).hasSize(3);
    assertThat(d.allow().get(2).regex()).isNotNull();
  }

  @Test
  void glob_matchesAnyCharacters_onlyWhereTheStarStands() {
    OverlayDef.IndicatorRule r = new OverlayDef.IndicatorRule("en.*.upfront", false, 0.5, null, null, 1, 1);
    assertThat(r.matches("en.fees.upfront")).isTrue();
    assertThat(r.matches("en.fees.upfront2")).isFalse();
    assertThat(r.matches("fr.fees.upfront")).isFalse();
    assertThat(new OverlayDef.IndicatorRule("*", false, 0.5, null, null, 1, 1).matches("anything.at.all")).isTrue();
  }

  @Test
  void emptyOverlay_isValid() throws Exception {
    OverlayDef d = OverlayParser.parse("e.yaml", HEAD);
    assertThat(d.indicators()).isEmpty();
    assertThat(d.allow()).isEmpty();
    assertThat(d.thresholds()).isNull();
  }

  @Test
  void unknownKey_atItsLocation() {
    RulePackException e = refuse(HEAD + "indicators:\n  en.a: {weight: 0.2, wieght: 0.3}\n");
    assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_KEY);
    assertThat(e.getMessage()).startsWith("portal.yaml:4:").contains("indicator en.a").contains("'wieght'");
    assertThat(refuse(HEAD + "allow_list: [x]\n").fault()).isEqualTo(Fault.UNKNOWN_KEY);
  }

  @Test
  void missingNameOrVersion_refused() {
    assertThat(refuse("version: 1.0.0\n").fault()).isEqualTo(Fault.MISSING_KEY);
    assertThat(refuse("overlay: p\n").getMessage()).contains("'version'");
    assertThat(refuse("overlay: p\nversion: one\n").fault()).isEqualTo(Fault.BAD_VERSION);
    assertThat(refuse("overlay: My Portal\nversion: 1.0.0\n").fault()).isEqualTo(Fault.BAD_ID);
  }

  @Test
  void badGlob_atTheKey() {
    for (String bad : new String[] {"en.[offer]", "en.**", "EN.offer", "en offer", "*a*b*c*d*e"}) {
      RulePackException e = refuse(HEAD + "indicators:\n  \"" + bad + "\": {disable: true}\n");
      assertThat(e.fault()).as(bad).isEqualTo(Fault.BAD_GLOB);
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.column()).isEqualTo(3);
    }
  }

  @Test
  void wrongTypes_refused() {
    RulePackException e = refuse(HEAD + "indicators:\n  en.a: {weight: high}\n");
    assertThat(e.fault()).isEqualTo(Fault.WRONG_TYPE);
    assertThat(e.getMessage()).contains("portal.yaml:4:").contains("weight must be a number");
    assertThat(refuse(HEAD + "indicators:\n  en.a: {disable: 1}\n").getMessage()).contains("disable must be true or false");
    assertThat(refuse(HEAD + "indicators:\n  en.a: {strong: maybe}\n").fault()).isEqualTo(Fault.WRONG_TYPE);
    assertThat(refuse(HEAD + "indicators: [en.a]\n").getMessage()).contains("indicators must be a mapping");
    assertThat(refuse(HEAD + "indicators:\n  en.a: true\n").fault()).isEqualTo(Fault.WRONG_TYPE);
    assertThat(refuse(HEAD + "allow: seasonal staff\n").getMessage()).contains("allow must be a list");
    assertThat(refuse(HEAD + "allow: [{phrase: a, regex: b}]\n").fault()).isEqualTo(Fault.WRONG_TYPE);
    assertThat(refuse(HEAD + "allow: [[a]]\n").fault()).isEqualTo(Fault.WRONG_TYPE);
    assertThat(refuse(HEAD + "indicators:\n  en.a: {disable: true, weight: 0.2}\n").getMessage())
        .contains("a disabled indicator takes no other change");
  }

  @Test
  void emptyChange_refused() {
    assertThat(refuse(HEAD + "indicators:\n  en.a: {}\n").fault()).isEqualTo(Fault.EMPTY_EXPRESSION);
  }

  @Test
  void negativeOrZeroOrLargeWeight_refused() {
    for (String w : new String[] {"-0.2", "0", "1.5"}) {
      RulePackException e = refuse(HEAD + "indicators:\n  en.a: {weight: " + w + "}\n");
      assertThat(e.fault()).as(w).isEqualTo(Fault.WEIGHT_OUT_OF_RANGE);
      assertThat(e.getMessage()).contains("portal.yaml:4:").contains(w);
    }
  }

  @Test
  void categories_unknownOrBadFactor_refused() {
    RulePackException e = refuse(HEAD + "categories:\n  FRAUD: {factor: 0.5}\n");
    assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_CATEGORY);
    assertThat(e.line()).isEqualTo(4);
    assertThat(refuse(HEAD + "categories:\n  DECEPTION: {factor: 0}\n").fault()).isEqualTo(Fault.OUT_OF_RANGE);
    assertThat(refuse(HEAD + "categories:\n  DECEPTION: {factor: -1}\n").fault()).isEqualTo(Fault.OUT_OF_RANGE);
    assertThat(refuse(HEAD + "categories:\n  DECEPTION: {factor: 11}\n").fault()).isEqualTo(Fault.OUT_OF_RANGE);
    assertThat(refuse(HEAD + "categories:\n  DECEPTION: {}\n").fault()).isEqualTo(Fault.MISSING_KEY);
  }

  @Test
  void thresholds_outOfOrderOrIncomplete_refused() {
    RulePackException e = refuse(HEAD + "thresholds: {low: 0.5, medium: 0.4, high: 0.8}\n");
    assertThat(e.fault()).isEqualTo(Fault.OUT_OF_RANGE);
    assertThat(e.getMessage()).contains("0 < low < medium < high <= 1");
    assertThat(refuse(HEAD + "thresholds: {low: 0.2, high: 0.8}\n").fault()).isEqualTo(Fault.MISSING_KEY);
    assertThat(refuse(HEAD + "thresholds: {low: 0.2, medium: 0.5, high: 1.2}\n").fault()).isEqualTo(Fault.OUT_OF_RANGE);
  }

  @Test
  void allowRules_checkedAsPackPhrasesAndRegexes() {
    assertThat(refuse(HEAD + "allow: [\"\"]\n").fault()).isEqualTo(Fault.EMPTY_EXPRESSION);
    assertThat(refuse(HEAD + "allow: [\"st* staff\"]\n").fault()).isEqualTo(Fault.BAD_WILDCARD);
    RulePackException e = refuse(HEAD + "allow:\n  - {regex: \"(a\"}\n");
    assertThat(e.fault()).isEqualTo(Fault.BAD_REGEX);
    assertThat(e.line()).isEqualTo(4);
    assertThat(refuse(HEAD + "allow:\n  - {regex: \"a*\"}\n").fault()).isEqualTo(Fault.BAD_REGEX); // matches empty
  }

  @Test
  void yamlTagsAnchorsAndAliases_refusedLikePacks() {
    RulePackException tag = refuse(HEAD + "description: !!java.lang.Object x\n");
    assertThat(tag.fault()).isEqualTo(Fault.YAML_TAG);
    assertThat(tag.line()).isEqualTo(3);
    RulePackException anchor = refuse(HEAD + "indicators:\n  en.a: &w {weight: 0.2}\n  en.b: *w\n");
    assertThat(anchor.fault()).isEqualTo(Fault.YAML_ALIAS);
  }

  @Test
  void syntaxErrorAndDuplicateKey_located() {
    RulePackException e = refuse(HEAD + "indicators:\n  en.a: {weight: 0.2\n");
    assertThat(e.fault()).isEqualTo(Fault.SYNTAX);
    assertThat(e.line()).isGreaterThan(0);
    RulePackException dup = refuse(HEAD + "indicators:\n  en.a: {weight: 0.2}\n  en.a: {disable: true}\n");
    assertThat(dup.fault()).isEqualTo(Fault.DUPLICATE_KEY);
    assertThat(dup.line()).isEqualTo(5);
    assertThat(refuse("").fault()).isEqualTo(Fault.SYNTAX);
  }
}
