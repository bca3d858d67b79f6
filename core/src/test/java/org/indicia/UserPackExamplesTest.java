package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.indicia.RulePackException.Fault;
import org.indicia.pack.PackLinter;
import org.indicia.spi.LanguageModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Examples are required in built-in packs and optional in user packs, so a team can load a large
 * keyword list it already has (issue 16, item 6).
 */
class UserPackExamplesTest {
  private static final int KEYWORDS = 5_000;

  @TempDir Path dir;

  /** Synthetic two-word keywords: "crew" plus a distinct three-letter code per index. */
  private static String keyword(int i) {
    char a = (char) ('a' + i % 26);
    char b = (char) ('a' + i / 26 % 26);
    char c = (char) ('a' + i / 676 % 26);
    return "crew q" + c + b + a;
  }

  /** One indicator over a lexicon of {@link #KEYWORDS} keywords, without examples. */
  private Path bigListWithoutExamples() throws Exception {
    StringBuilder sb = new StringBuilder("""
        pack: team-list
        language: en
        version: 1.0.0
        description: A team's existing keyword list, without examples.
        lexicons:
          keywords:
        """);
    for (int i = 0; i < KEYWORDS; i++) {
      sb.append("      - \"").append(keyword(i)).append("\"\n");
    }
    sb.append("""
        indicators:
          - id: team.keywords
            category: DECEPTION
            weight: 0.4
            description: Any keyword of the team's list.
            source: The team's list.
            match: "@keywords"
        """);
    Path p = dir.resolve("team-list.yaml");
    Files.writeString(p, sb.toString());
    return p;
  }

  @Test
  void userPackWithoutExamples_loadsThroughTheApi_andMatches() throws Exception {
    Path pack = bigListWithoutExamples();
    Detector d = Detector.builder().addPack(pack).build();
    assertThat(d.packs().get(0).indicators().get(0).hitExamples()).isEmpty();
    String last = keyword(KEYWORDS - 1);
    Assessment a = d.assess(Document.of("t", "Contact the " + last.toUpperCase(Locale.ROOT) + " today.").language("en"));
    assertThat(a.findings()).extracting(Finding::indicator).containsExactly("team.keywords");
    assertThat(d.assess(Document.of("t", "Contact the crew today.").language("en")).findings()).isEmpty();
    assertThat(d.packs().get(0).checkExamples()).isEmpty(); // nothing to run, nothing failed
  }

  @Test
  void userPackWithoutExamples_isALintWarning_andRequireExamplesRefusesIt() throws Exception {
    Path pack = bigListWithoutExamples();
    String content = Files.readString(pack);
    List<PackLinter.Warning> warnings = PackLinter.lint(pack.toString(), content);
    assertThat(warnings)
        .filteredOn(w -> "team.keywords".equals(w.indicator()))
        .singleElement()
        .satisfies(w -> assertThat(w.message()).startsWith("no examples to test it (0 hit, 0 miss"));
    RulePack p = RulePack.load(pack);
    assertThatThrownBy(p::requireExamples)
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.MISSING_EXAMPLES);
          assertThat(e.indicator()).contains("team.keywords");
          assertThat(e.line()).isEqualTo(KEYWORDS + 8);
        });
  }

  @Test
  void builtInPacks_mustHaveExamples() throws Exception {
    URL untested = bigListWithoutExamples().toUri().toURL();
    URL tested = TestPacks.class.getResource("/packs/test-en.yaml");
    assertThatThrownBy(() -> Detector.Builder.builtInPacks(List.of(module(tested), module(untested))))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.MISSING_EXAMPLES);
          assertThat(e.source()).isEqualTo(untested.toString());
          assertThat(e.indicator()).contains("team.keywords");
        });
    assertThat(Detector.Builder.builtInPacks(List.of(module(tested))))
        .extracting(RulePack::source)
        .containsExactly(tested.toString());
  }

  @Test
  void examplesWithOnlyHits_areMissingExamplesToo() throws Exception {
    RulePack p = RulePack.parse("half.yaml", TestPacks.pack("passport").replace("miss: [b]", "miss: []"));
    assertThat(p.indicators().get(0).hitExamples()).containsExactly("a");
    assertThatThrownBy(p::requireExamples)
        .isInstanceOfSatisfying(RulePackException.class,
            e -> assertThat(e.detail()).isEqualTo("1 hit, 0 miss"));
  }

  private static LanguageModule module(URL pack) {
    return new LanguageModule() {
      @Override
      public String language() {
        return "en";
      }

      @Override
      public List<URL> packs() {
        return List.of(pack);
      }
    };
  }
}
