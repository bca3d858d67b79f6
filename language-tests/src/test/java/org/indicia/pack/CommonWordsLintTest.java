package org.indicia.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicia.testing.PackYaml.indicator;
import static org.indicia.testing.PackYaml.pack;

import java.util.List;
import org.indicia.RulePackException;
import org.indicia.pack.PackLinter.Warning;
import org.junit.jupiter.api.Test;

/**
 * The linter's common-word warnings, which read the English and French modules' {@code
 * LanguageProfile.commonWords()}: core alone has no word lists (moved from core's PackLinterTest).
 */
class CommonWordsLintTest {
  private static List<Warning> lint(String content) throws RulePackException {
    return PackLinter.lint("test.yaml", content);
  }

  @Test
  void lint_commonWordAloneAsStrongCue() throws Exception {
    String content =
        pack(
            "en",
            "",
            "lexicons:\n  docs: [passport, \"identity document\"]\n",
            indicator("en.docs", 0.4, "    strong: true\n", "\"@docs\""));
    assertThat(lint(content))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message())
                  .contains("'passport' (from @docs) is a common word", "a strong indicator");
              assertThat(x.line()).isEqualTo(14);
            });
  }

  @Test
  void lint_commonWordAloneAsHeavyCue_french() throws Exception {
    String content =
        pack("fr", "", "", indicator("fr.travail", 0.8, "", "[Travail, \"travail forcé\"]"));
    List<Warning> w = lint(content);
    assertThat(w).hasSize(2);
    assertThat(w.get(0).message()).contains("'Travail' is a common word", "weight 0.8");
    assertThat(w.get(1).message()).contains("'travail forcé' is shadowed by 'Travail'");
  }

  @Test
  void lint_shortWildcardAloneAsStrongCue() throws Exception {
    String content = pack("en", "", "", indicator("en.pay", 0.9, "", "\"pay*\""));
    assertThat(lint(content))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("'pay*' matches the common word 'pay'"));
  }

  @Test
  void lint_warningsSortedByLine_jsonToo() throws Exception {
    String json =
        "{\"pack\": \"p\", \"language\": \"en\", \"version\": \"1.0.0\", \"description\": \"d\",\n"
            + "\"lexicons\": {\"unused\": [\"x\"]},\n"
            + "\"indicators\": [{\"id\": \"en.a\", \"category\": \"THREATS\", \"weight\": 0.9,\n"
            + "\"description\": \"d\", \"source\": \"s\", \"match\": [\"work\", \"we work\"],\n"
            + "\"examples\": {\"hit\": [\"work\"], \"miss\": [\"play\"]}}]}";
    List<Warning> w = PackLinter.lint("p.json", json);
    assertThat(w).extracting(Warning::line).containsExactly(2, 4, 4);
    assertThat(w.get(0).toString())
        .isEqualTo("p.json:2:14: warning: lexicon 'unused' is never used");
  }
}
