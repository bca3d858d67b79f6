package org.indicia.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicia.testing.PackYaml.indicator;
import static org.indicia.testing.PackYaml.pack;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;
import org.indicia.pack.PackLinter.Warning;
import org.junit.jupiter.api.Test;

class PackLinterTest {
  private static List<Warning> lint(String content) throws RulePackException {
    return PackLinter.lint("test.yaml", content);
  }

  @Test
  void lint_cleanPack_noWarnings() throws Exception {
    String content =
        pack(
            "en",
            "",
            "lexicons:\n  docs: [passport, \"id card\"]\n  keep: [keep, hold]\n",
            indicator("en.docs.kept", 0.7, "", "{near: {within: 5, all: [\"@keep\", \"@docs\"]}}"));
    assertThat(lint(content)).isEmpty();
  }

  @Test
  void lint_unusedLexicon_warnsAtItsKey() throws Exception {
    String content =
        pack(
            "en",
            "",
            "lexicons:\n  docs: [passport]\n  spare: [visa]\n",
            indicator("en.docs.kept", 0.3, "", "{near: {within: 5, all: [keep, \"@docs\"]}}"));
    List<Warning> w = lint(content);
    assertThat(w).hasSize(1);
    assertThat(w.get(0).line()).isEqualTo(7);
    assertThat(w.get(0).column()).isEqualTo(3);
    assertThat(w.get(0).indicator()).isNull();
    assertThat(w.get(0).message()).isEqualTo("lexicon 'spare' is never used");
    assertThat(w.get(0).source()).isEqualTo("test.yaml");
  }

  @Test
  void lint_lexiconUsedOnlyInUnless_isUsed() throws Exception {
    String content =
        pack(
            "en",
            "",
            "lexicons:\n  own: [\"your own passport\"]\n",
            "  - id: en.docs.kept\n"
                + "    category: DOCUMENT_RETENTION\n"
                + "    weight: 0.3\n"
                + "    description: d.\n"
                + "    source: s.\n"
                + "    match: {near: {within: 4, all: [keep, passport]}}\n"
                + "    unless: \"@own\"\n"
                + "    examples: {hit: [\"We keep the passport.\"], miss: [\"Keep your own"
                + " passport.\"]}\n");
    assertThat(lint(content)).isEmpty();
  }

  @Test
  void lint_duplicateInLexicon_afterFolding() throws Exception {
    String content =
        pack(
            "en",
            "",
            "lexicons:\n  docs:\n    - passport\n    - \"PASSPORT\"\n",
            indicator("en.docs.kept", 0.3, "", "{near: {within: 5, all: [keep, \"@docs\"]}}"));
    List<Warning> w = lint(content);
    assertThat(w)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.line()).isEqualTo(8);
              assertThat(x.message())
                  .contains("lexicon 'docs'", "'PASSPORT' duplicates 'passport' (line 7)");
            });
  }

  @Test
  void lint_duplicateAfterStemming_onlyWhenThePackStems() throws Exception {
    String lex = "lexicons:\n  docs: [passport, passports]\n";
    String ind = indicator("en.docs.kept", 0.3, "", "{near: {within: 5, all: [keep, \"@docs\"]}}");
    assertThat(lint(pack("en", "", lex, ind))).isEmpty();
    assertThat(lint(pack("en", "analysis: {stem: true}\n", lex, ind)))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.message())
                    .isEqualTo(
                        "lexicon 'docs': 1 phrase is the same as another after stemming, so each"
                            + " adds nothing: 'passports' = 'passport'"));
  }

  @Test
  void lint_sameAfterStemming_oneWarningPerList_atTheFirst() throws Exception {
    String lex =
        "lexicons:\n"
            + "  verbs: [keep, keeping, hold, holding, held, retain, retained, retaining, store,"
            + " stored, stores, kept]\n";
    String ind =
        indicator("en.docs.kept", 0.3, "", "{near: {within: 5, all: [\"@verbs\", passport]}}");
    List<Warning> w = lint(pack("en", "analysis: {stem: true}\n", lex, ind));
    assertThat(w)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.line()).isEqualTo(7);
              assertThat(x.column()).isEqualTo(17);
              assertThat(x.message())
                  .isEqualTo(
                      "lexicon 'verbs': 6 phrases are the same as another after stemming, so each"
                          + " adds nothing: 'keeping' = 'keep', 'holding' = 'hold', 'retained' ="
                          + " 'retain', 'retaining' = 'retain', 'stored' = 'store' and 1 more");
            });
  }

  @Test
  void lint_elidedClitic_isNotADroppedChar() throws Exception {
    String content =
        pack(
            "fr",
            "analysis: {elisions: [d, l]}\n",
            "",
            indicator(
                "fr.appel", 0.3, "", "{near: {within: 3, all: [\"pas d'appel\", \"l’agence\"]}}"));
    assertThat(lint(content)).isEmpty();
  }

  @Test
  void lint_shadowedPhraseInAny_namesTheGeneralOne() throws Exception {
    String content =
        pack(
            "en",
            "",
            "",
            indicator(
                "en.docs.kept",
                0.3,
                "",
                "[\"keep passport\", \"we keep passport now\", \"hold id\"]"));
    List<Warning> w = lint(content);
    assertThat(w)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.indicator()).isEqualTo("en.docs.kept");
              assertThat(x.message())
                  .contains("'we keep passport now' is shadowed by 'keep passport'");
            });
  }

  @Test
  void lint_withNegation_onlyAPrefixShadows() throws Exception {
    String analysis = "analysis: {negation: {cues: [non, no], scope: 2}}\n";
    String ind =
        indicator("en.fee", 0.3, "", "[refundable, \"non refundable\", \"fee\", \"fee charged\"]");
    assertThat(lint(pack("en", analysis, "", ind)))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("'fee charged' is shadowed by 'fee'"));
    String plain =
        indicator("en.fee", 0.3, "    negatable: false\n", "[refundable, \"non refundable\"]");
    assertThat(lint(pack("en", analysis, "", plain)))
        .singleElement()
        .satisfies(
            x -> assertThat(x.message()).contains("'non refundable' is shadowed by 'refundable'"));
  }

  @Test
  void lint_wildcardShadowsWords() throws Exception {
    String content =
        pack(
            "fr",
            "",
            "lexicons:\n  recrut: [\"recrut*\", recruteur, \"recrutement rapide\"]\n",
            indicator("fr.recrut", 0.3, "", "{near: {within: 3, all: [frais, \"@recrut\"]}}"));
    List<Warning> w = lint(content);
    assertThat(w).hasSize(2);
    assertThat(w).allSatisfy(x -> assertThat(x.message()).contains("is shadowed by 'recrut*'"));
  }

  @Test
  void lint_duplicateAcrossLexiconAndInlinePhrase() throws Exception {
    String content =
        pack(
            "en",
            "",
            "lexicons:\n  docs: [passport, \"id card\"]\n",
            indicator("en.docs.kept", 0.3, "", "[\"@docs\", Passport]"));
    assertThat(lint(content))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message()).contains("'Passport' duplicates 'passport' (from @docs)");
              assertThat(x.line()).isEqualTo(13);
            });
  }

  @Test
  void lint_sameLexiconTwiceInOneList() throws Exception {
    String content =
        pack(
            "en",
            "",
            "lexicons:\n  docs: [passport]\n",
            indicator("en.docs.kept", 0.3, "", "[\"@docs\", \"@docs\"]"));
    assertThat(lint(content))
        .singleElement()
        .satisfies(
            x -> assertThat(x.message()).isEqualTo("lexicon @docs appears twice in one list"));
  }

  @Test
  void lint_phraseWithSymbolTheNormalizerDrops() throws Exception {
    String content =
        pack(
            "en",
            "",
            "",
            indicator("en.pay", 0.3, "", "{near: {within: 3, all: [\"€500 a day\", cash]}}"));
    assertThat(lint(content))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message())
                  .contains("'€' in phrase '€500 a day' is dropped by normalization")
                  .contains("matches as '500 a day'");
            });
  }

  @Test
  void lint_regexWithAccent_canNeverMatch() throws Exception {
    String content =
        pack("fr", "", "", indicator("fr.frais", 0.3, "", "{regex: \"frais d'entrée\"}"));
    assertThat(lint(content))
        .singleElement()
        .satisfies(
            x -> assertThat(x.message()).contains("contains 'é'", "reads 'e'", "never match"));
  }

  @Test
  void lint_regexAscii_noWarning() throws Exception {
    String content =
        pack("en", "", "", indicator("en.fee", 0.3, "", "{regex: \"fee[s]? of [0-9]+\"}"));
    assertThat(lint(content)).isEmpty();
  }

  @Test
  void lint_unlessInsideEveryMatchPhrase_neverFires() throws Exception {
    String content =
        pack(
            "en",
            "",
            "",
            "  - id: en.docs.kept\n"
                + "    category: DOCUMENT_RETENTION\n"
                + "    weight: 0.3\n"
                + "    description: d.\n"
                + "    source: s.\n"
                + "    match: [\"keep your passport\", \"hold your passport\"]\n"
                + "    unless: passport\n"
                + "    examples: {hit: [\"We keep your passport.\"], miss: [\"Hello.\"]}\n");
    assertThat(lint(content))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message())
                  .contains("unless matches wherever match does", "can never fire");
              assertThat(x.line()).isEqualTo(11);
            });
  }

  @Test
  void lint_unlessInsideSomeMatchPhrases_namesThem() throws Exception {
    String content =
        pack(
            "en",
            "",
            "",
            "  - id: en.docs.kept\n"
                + "    category: DOCUMENT_RETENTION\n"
                + "    weight: 0.3\n"
                + "    description: d.\n"
                + "    source: s.\n"
                + "    match: [\"keep your own passport\", \"hold passports\"]\n"
                + "    unless: \"your own\"\n"
                + "    examples: {hit: [\"We hold passports.\"], miss: [\"Hello.\"]}\n");
    assertThat(lint(content))
        .singleElement()
        .satisfies(
            x -> assertThat(x.message()).startsWith("'keep your own passport' can never fire"));
  }


  @Test
  void lint_commonWordInsideNear_orLightCue_noWarning() throws Exception {
    String near =
        pack("en", "", "", indicator("en.a", 0.9, "", "{near: {within: 3, all: [work, unpaid]}}"));
    String light = pack("en", "", "", indicator("en.b", 0.2, "", "work"));
    assertThat(lint(near)).isEmpty();
    assertThat(lint(light)).isEmpty();
  }


  @Test
  void lint_invalidPack_throwsWithLocation() {
    String content = pack("en", "", "", indicator("en.a", 0.3, "", "\"@missing\""));
    assertThatThrownBy(() -> lint(content))
        .isInstanceOfSatisfying(
            RulePackException.class,
            e -> {
              assertThat(e.fault()).isEqualTo(Fault.UNKNOWN_LEXICON);
              assertThat(e.line()).isEqualTo(11);
              assertThat(e.indicator()).contains("en.a");
            });
  }

  @Test
  void lint_nullArguments_npe() {
    assertThatThrownBy(() -> PackLinter.lint(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source");
    assertThatThrownBy(() -> PackLinter.lint("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("content");
  }
}
