package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.indicia.RulePackException.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per fault: the pack is refused, and the message names source, line, column, indicator. */
class RulePackFaultsTest {
  private static RulePackException refuse(String yaml) {
    try {
      RulePack.parse("bad.yaml", yaml);
    } catch (RulePackException e) {
      return e;
    }
    throw new AssertionError("pack was accepted");
  }

  private static String indicator(String body) {
    return """
        pack: p
        language: en
        version: 1.0.0
        description: d
        lexicons:
          docs: [passport]
        indicators:
          - id: x.one
        %s
        """.formatted(body.indent(4).stripTrailing());
  }

  private static final String OK_BODY = """
      category: DECEPTION
      weight: 0.5
      description: d
      source: s
      match: passport
      examples: {hit: [a], miss: [b]}""";

  @Test
  void validPack_loads() throws Exception {
    RulePack p = RulePack.parse("ok.yaml", indicator(OK_BODY));
    assertThat(p.id()).isEqualTo("p");
    assertThat(p.indicators()).extracting(IndicatorInfo::id).containsExactly("x.one");
  }

  @Test
  void syntaxError_namesLineAndColumn() {
    RulePackException e = refuse("pack: p\nlanguage: [en\n");
    assertThat(e.fault()).isEqualTo(Fault.SYNTAX);
    assertThat(e.line()).isGreaterThan(0);
    assertThat(e.getMessage()).startsWith("bad.yaml:");
  }

  @Test
  void unknownKey_isRefusedWithItsLocation() {
    RulePackException e = refuse(indicator(OK_BODY + "\nweigth: 0.3"));
    assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_KEY);
    assertThat(e.detail()).isEqualTo("weigth");
    assertThat(e.indicator()).contains("x.one");
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.getMessage()).isEqualTo("bad.yaml:15:5: indicator x.one: unknown key 'weigth'");
  }

  @Test
  void unknownLexicon() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: \"@documents\"")));
    assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_LEXICON);
    assertThat(e.indicator()).contains("x.one");
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.column()).isEqualTo(12);
  }

  @Test
  void duplicateIndicatorId() {
    String yaml = indicator(OK_BODY) + "  - id: x.one\n" + OK_BODY.indent(4);
    RulePackException e = refuse(yaml);
    assertThat(e.fault()).isEqualTo(Fault.DUPLICATE_ID);
    assertThat(e.line()).isEqualTo(15);
  }

  @Test
  void duplicateIdAcrossPacks_refusedAtBuild() throws Exception {
    RulePack a = RulePack.parse("a.yaml", indicator(OK_BODY));
    RulePack b = RulePack.parse("b.yaml", indicator(OK_BODY).replace("pack: p", "pack: q"));
    assertThatThrownBy(() -> Detector.builder().addPack(a).addPack(b).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.DUPLICATE_ID);
          assertThat(e.source()).isEqualTo("b.yaml");
          assertThat(e.indicator()).contains("x.one");
        });
  }

  @Test
  void samePackTwice_refusedAtBuild() throws Exception {
    RulePack a = RulePack.parse("a.yaml", indicator(OK_BODY));
    assertThatThrownBy(() -> Detector.builder().addPack(a).addPack(a).build())
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.DUPLICATE_PACK));
  }

  @Test
  void weightOutOfRange() {
    for (String w : new String[] {"0", "1.5", "-0.2"}) {
      RulePackException e = refuse(indicator(OK_BODY.replace("weight: 0.5", "weight: " + w)));
      assertThat(e.fault()).isEqualTo(Fault.WEIGHT_OUT_OF_RANGE);
      assertThat(e.line()).isEqualTo(10);
      assertThat(e.column()).isEqualTo(13);
    }
  }

  @Test
  void weightNotANumber() {
    RulePackException e = refuse(indicator(OK_BODY.replace("weight: 0.5", "weight: high")));
    assertThat(e.fault()).isEqualTo(Fault.WRONG_TYPE);
  }

  @Test
  void unknownCategory() {
    RulePackException e = refuse(indicator(OK_BODY.replace("DECEPTION", "SUSPICIOUS")));
    assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_CATEGORY);
    assertThat(e.detail()).isEqualTo("SUSPICIOUS");
    assertThat(e.line()).isEqualTo(9);
  }

  @Test
  void emptyExpression() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: {any: []}")));
    assertThat(e.fault()).isEqualTo(Fault.EMPTY_EXPRESSION);
    assertThat(e.indicator()).contains("x.one");
  }

  @Test
  void blankPhrase() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: \"  \"")));
    assertThat(e.fault()).isEqualTo(Fault.EMPTY_EXPRESSION);
  }

  @Test
  void phraseWithoutWords() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: \"!!!\"")));
    assertThat(e.fault()).isEqualTo(Fault.EMPTY_PHRASE);
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.indicator()).contains("x.one");
  }

  @Test
  void badRegex_backReference() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: {regex: \"(a)\\\\1\"}")));
    assertThat(e.fault()).isEqualTo(Fault.BAD_REGEX);
    assertThat(e.line()).isEqualTo(13);
  }

  @Test
  void badRegex_lookAround() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: {regex: \"pass(?=port)\"}")));
    assertThat(e.fault()).isEqualTo(Fault.BAD_REGEX);
  }

  @Test
  void regexMatchingEmpty_refused() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: {regex: \"a*\"}")));
    assertThat(e.fault()).isEqualTo(Fault.BAD_REGEX);
  }

  @Test
  void badWildcard() {
    for (String w : new String[] {"pa*", "*port", "pa*ss"}) {
      RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: \"" + w + "\"")));
      assertThat(e.fault()).as(w).isEqualTo(Fault.BAD_WILDCARD);
    }
  }

  @Test
  void badWindow() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport",
        "match: {near: {within: 0, all: [a, b]}}")));
    assertThat(e.fault()).isEqualTo(Fault.BAD_WINDOW);
    e = refuse(indicator(OK_BODY.replace("match: passport", "match: {seq: {gap: 99, of: [a, b]}}")));
    assertThat(e.fault()).isEqualTo(Fault.BAD_WINDOW);
  }

  @Test
  void missingKey() {
    RulePackException e = refuse(indicator(OK_BODY.replace("source: s\n", "")));
    assertThat(e.fault()).isEqualTo(Fault.MISSING_KEY);
    assertThat(e.detail()).isEqualTo("source");
    assertThat(e.indicator()).contains("x.one");
  }

  @Test
  void missingExamples_loadButRequireExamplesRefuses() throws Exception {
    // User packs may leave examples out (lint warns); built-in packs and lint --strict require them.
    RulePack p = RulePack.parse("bad.yaml",
        indicator(OK_BODY.replace("examples: {hit: [a], miss: [b]}", "examples: {hit: [a]}")));
    assertThatThrownBy(p::requireExamples)
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.MISSING_EXAMPLES);
          assertThat(e.indicator()).contains("x.one");
          assertThat(e.line()).isEqualTo(8);
          assertThat(e.detail()).isEqualTo("1 hit, 0 miss");
        });
  }

  @Test
  void examplesOfTheWrongShape_areStillRefused() {
    assertThat(refuse(indicator(OK_BODY.replace("examples: {hit: [a], miss: [b]}", "examples: [a, b]"))).fault())
        .isEqualTo(Fault.WRONG_TYPE);
    assertThat(refuse(indicator(OK_BODY.replace("miss: [b]", "mis: [b]"))).fault())
        .isEqualTo(Fault.UNKNOWN_KEY);
  }

  @Test
  void badIds_versionAndLanguage() {
    assertThat(refuse(indicator(OK_BODY).replace("pack: p", "pack: P!")).fault()).isEqualTo(Fault.BAD_ID);
    assertThat(refuse(indicator(OK_BODY).replace("id: x.one", "id: X One")).fault()).isEqualTo(Fault.BAD_ID);
    assertThat(refuse(indicator(OK_BODY).replace("version: 1.0.0", "version: one")).fault()).isEqualTo(Fault.BAD_VERSION);
    assertThat(refuse(indicator(OK_BODY).replace("language: en", "language: english")).fault()).isEqualTo(Fault.BAD_LANGUAGE);
  }

  @Test
  void duplicateKey() {
    RulePackException e = refuse(indicator(OK_BODY + "\nweight: 0.2"));
    assertThat(e.fault()).isEqualTo(Fault.DUPLICATE_KEY);
    assertThat(e.line()).isEqualTo(15);
  }

  @Test
  void entityConditions_refusedAsUnsupported() {
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: {entity: {age: {below: 18}}}")));
    assertThat(e.fault()).isEqualTo(Fault.UNSUPPORTED);
  }

  @Test
  void stemmingForUnknownLanguage_refused() {
    String yaml = indicator(OK_BODY).replace("language: en", "language: xx").replace("lexicons:", "analysis: {stem: true}\nlexicons:");
    assertThat(refuse(yaml).fault()).isEqualTo(Fault.UNSUPPORTED);
  }

  @Test
  void wrongTypes() {
    assertThat(refuse(indicator(OK_BODY.replace("match: passport", "match: null"))).fault()).isEqualTo(Fault.WRONG_TYPE);
    assertThat(refuse(indicator(OK_BODY + "\nstrong: yes please")).fault()).isEqualTo(Fault.WRONG_TYPE);
    assertThat(refuse("- a\n- b\n").fault()).isEqualTo(Fault.WRONG_TYPE);
  }

  @Test
  void emptyFile() {
    assertThat(refuse("").fault()).isEqualTo(Fault.SYNTAX);
  }

  @Test
  void json_isReadWithLocations() {
    String json = """
        {"pack": "j", "language": "en", "version": "1.0.0", "description": "d",
         "indicators": [{"id": "j.one", "category": "NOPE", "weight": 0.5, "description": "d",
           "source": "s", "match": "a", "examples": {"hit": ["a"], "miss": ["b"]}}]}
        """;
    RulePackException e;
    try {
      RulePack.parse("bad.json", json);
      throw new AssertionError("accepted");
    } catch (RulePackException x) {
      e = x;
    }
    assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_CATEGORY);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.indicator()).contains("j.one");
  }

  @Test
  void aliasBomb_isNotExpanded() {
    // Ten levels of ten aliases would be 10^10 phrases if aliases were expanded as copies.
    StringBuilder y = new StringBuilder("pack: p\nlanguage: en\nversion: 1.0.0\ndescription: d\nlexicons:\n");
    y.append("  a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      y.append("  ").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        y.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    y.append("indicators: []\n");
    RulePackException e = refuse(y.toString());
    assertThat(e.fault()).isEqualTo(Fault.YAML_ALIAS);
    assertThat(e.getMessage()).startsWith("bad.yaml:6:6: ").contains("anchor &a");
  }

  @Test
  void yamlAlias_refusedWithItsLocation() {
    String pack = indicator(OK_BODY.replace("match: passport", "match: *docs"));
    RulePackException e = refuse(pack.replace("docs: [passport]", "docs: [passport]"));
    assertThat(e.fault()).isEqualTo(Fault.YAML_ALIAS);
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.getMessage()).contains("alias *docs");
  }

  @Test
  void yamlTag_javaType_refusedWithItsLocation() {
    RulePackException e =
        refuse(indicator(OK_BODY.replace("description: d", "description: !!java.lang.ProcessBuilder [ls]")));
    assertThat(e.fault()).isEqualTo(Fault.YAML_TAG);
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.column()).isGreaterThan(1);
    assertThat(e.getMessage()).contains("java.lang.ProcessBuilder");
  }

  @Test
  void yamlTag_anyLocalTag_refused() {
    RulePackException e = refuse(indicator(OK_BODY.replace("source: s", "source: !custom s")));
    assertThat(e.fault()).isEqualTo(Fault.YAML_TAG);
    assertThat(e.line()).isEqualTo(12);
  }

  @Test
  void yamlTabError_pointsAtTheTab_andKeepsTheParsersCause() {
    RulePackException e = refuse("pack: p\nlanguage: en\nversion: 1.0.0\n\tdescription: d\n");
    assertThat(e.fault()).isEqualTo(Fault.SYNTAX);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e).hasRootCauseInstanceOf(org.yaml.snakeyaml.error.MarkedYAMLException.class);
    assertThat(e.getMessage()).startsWith("bad.yaml:4:1: ").containsIgnoringCase("tab");
  }

  @Test
  void regexNestedRepeats_refusedAsTooComplex() {
    RulePackException e =
        refuse(indicator(OK_BODY.replace("match: passport", "match: {regex: \"(((a{100}){100}){100})\"}")));
    assertThat(e.fault()).isEqualTo(Fault.REGEX_TOO_COMPLEX);
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.indicator()).contains("x.one");
  }

  @Test
  void regexRepeatCount_capped() {
    RulePackException e =
        refuse(indicator(OK_BODY.replace("match: passport", "match: {regex: \"ab{0,500}\"}")));
    assertThat(e.fault()).isEqualTo(Fault.REGEX_TOO_COMPLEX);
    assertThat(e.getMessage()).contains("500");
  }

  @Test
  void regexLongAlternation_underTheCap_loads() throws Exception {
    String words = String.join("|", java.util.Collections.nCopies(100, "passport"));
    RulePack.parse("ok.yaml", indicator(OK_BODY.replace("match: passport", "match: {regex: \"\\\\b(?:" + words + ")\\\\b\"}")));
  }

  @Test
  void regexZeroWidth_refused() {
    for (String re : new String[] {"\\\\b", "^", "$", "\\\\B", "(?:x|)", "a|\\\\b"}) {
      RulePackException e =
          refuse(indicator(OK_BODY.replace("match: passport", "match: {regex: \"" + re + "\"}")));
      assertThat(e.fault()).as(re).isEqualTo(Fault.BAD_REGEX);
      assertThat(e.getMessage()).as(re).contains("empty string");
    }
  }

  @Test
  void packPath_directory_refusedFast(@TempDir Path dir) {
    assertThatThrownBy(() -> RulePack.load(dir))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.NOT_A_FILE);
          assertThat(e.getMessage()).contains("directory");
        });
  }

  @Test
  void packPath_fifo_refusedWithoutBlocking(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pack.yaml");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    // Opening a FIFO for reading would block until a writer comes: it must be refused before.
    assertThatThrownBy(() -> RulePack.load(fifo))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.NOT_A_FILE));
  }

  @Test
  void packPath_symlinkToDevice_refused(@TempDir Path dir) throws Exception {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    Path link = Files.createSymbolicLink(dir.resolve("pack.yaml"), zero);
    assertThatThrownBy(() -> RulePack.load(link))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.NOT_A_FILE);
          assertThat(e.getMessage()).contains("device");
        });
  }

  @Test
  void packPath_oversized_refusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(org.indicia.pack.PackFiles.MAX_FILE_BYTES + 1L); // sparse: costs no disk
    }
    assertThatThrownBy(() -> RulePack.load(big))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE));
  }

  @Test
  void deepNesting_isRefused() {
    String deep = "[".repeat(200) + "]".repeat(200);
    RulePackException e = refuse("pack: " + deep);
    assertThat(e.fault()).isIn(Fault.TOO_LARGE, Fault.SYNTAX);
  }

  @Test
  void deepExpression_isRefused() {
    String expr = "{any: [".repeat(20) + "a" + "]}".repeat(20);
    RulePackException e = refuse(indicator(OK_BODY.replace("match: passport", "match: " + expr)));
    assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
  }

  @Test
  void missingFile_isAnIoFault(@TempDir Path dir) {
    assertThatThrownBy(() -> RulePack.load(dir.resolve("none.yaml")))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.IO));
  }

  @Test
  void nonUtf8File_isAnIoFault(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1.yaml");
    Files.write(f, new byte[] {'p', 'a', 'c', 'k', ':', ' ', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> RulePack.load(f))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.IO));
  }

  @Test
  void check_reportsEveryError_inOneRun_andNothingForAGoodPack() {
    String three = indicator(OK_BODY.replace("weight: 0.5", "weight: 1.5"))
        .replace("version: 1.0.0", "version: one")
        + "  - id: x.two\n    category: NOPE\n    weight: 0.5\n    description: d\n    source: s\n"
        + "    match: \"@missing\"\n    examples: {hit: [a], miss: [b]}\n"
        + "  - id: x.three\n    category: DECEPTION\n    weight: 0.5\n    description: d\n    source: s\n"
        + "    match: {regex: \"\\\\b\"}\n    examples: {hit: [a], miss: [b]}\n";
    java.util.List<RulePackException> errors = RulePack.check("bad.yaml", three, 100);
    assertThat(errors).extracting(RulePackException::fault)
        .containsExactly(Fault.BAD_VERSION, Fault.WEIGHT_OUT_OF_RANGE, Fault.UNKNOWN_CATEGORY, Fault.BAD_REGEX);
    assertThat(errors).extracting(RulePackException::line).doesNotContain(0);
    assertThat(RulePack.check("bad.yaml", three, 2)).hasSize(2);
    assertThat(RulePack.check("ok.yaml", indicator(OK_BODY), 100)).isEmpty();
    String tagged = three.replace("source: s\n    match: \"@missing\"", "source: !!java.lang.ProcessBuilder s\n    match: \"@missing\"");
    assertThat(RulePack.check("bad.yaml", tagged, 100)).extracting(RulePackException::fault)
        .containsExactly(Fault.YAML_TAG, Fault.BAD_VERSION, Fault.WEIGHT_OUT_OF_RANGE, Fault.UNKNOWN_CATEGORY,
            Fault.BAD_REGEX);
    assertThat(RulePack.check("bad.yaml", "pack: [", 100)).singleElement()
        .satisfies(e -> assertThat(e.fault()).isEqualTo(Fault.SYNTAX));
  }

  @Test
  void check_findsPhrasesWithoutWords_perIndicator() {
    String pack = indicator(OK_BODY.replace("match: passport", "match: \"!!!\""))
        + "  - id: x.two\n    category: DECEPTION\n    weight: 0.5\n    description: d\n    source: s\n"
        + "    match: \"???\"\n    examples: {hit: [a], miss: [b]}\n";
    assertThat(RulePack.check("bad.yaml", pack, 100)).extracting(e -> e.indicator().orElse(""))
        .containsExactly("x.one", "x.two");
  }
}
