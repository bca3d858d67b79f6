package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.indicia.RulePackException.Fault;
import org.indicia.pack.PackParser;
import org.indicia.pack.PackReader;
import org.junit.jupiter.api.Test;

/** Malicious or careless packs are refused, or run in linear time. */
class HostilePackTest {
  @Test
  void catastrophicRegex_runsInLinearTime() throws Exception {
    // (a+)+$ takes exponential time in a backtracking engine on "aaa...ab"; RE2/J is linear.
    RulePack p = RulePack.parse("evil.yaml", TestPacks.pack("{regex: \"(a+)+$\"}"));
    Detector d = Detector.builder().addPack(p).build();
    String text = "a".repeat(100_000 - 1) + "!";
    // A generous hang guard, not a timing assertion: a backtracking engine would not finish at all.
    Assessment a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> d.assess(text));
    assertThat(a.findings()).isEmpty();
    Assessment b = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> d.assess("a".repeat(99_999)));
    assertThat(b.findings()).hasSize(1);
  }

  @Test
  void hugeScalar_isRefused() {
    String pack = TestPacks.pack("\"" + "x".repeat(PackReader.MAX_STRING + 10) + "\"");
    assertThatThrownBy(() -> RulePack.parse("huge.yaml", pack))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE));
  }

  @Test
  void oversizedPack_isRefused() {
    String pack = TestPacks.pack("a") + "#" + "x".repeat(PackReader.MAX_PACK_CHARS);
    assertThatThrownBy(() -> RulePack.parse("big.yaml", pack))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE));
  }

  @Test
  void tooManyRegexes_areRefused() {
    StringBuilder any = new StringBuilder("{any: [");
    for (int i = 0; i <= PackParser.MAX_REGEXES; i++) {
      any.append(i == 0 ? "" : ", ").append("{regex: \"a").append(i).append("\"}");
    }
    any.append("]}");
    assertThatThrownBy(() -> RulePack.parse("re.yaml", TestPacks.pack(any.toString())))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE);
          assertThat(e.indicator()).contains("x.one");
        });
  }

  @Test
  void tooLongPhrase_isRefused() {
    assertThatThrownBy(() -> RulePack.parse("long.yaml", TestPacks.pack("\"" + "word ".repeat(40) + "\"")))
        .isInstanceOfSatisfying(RulePackException.class, e -> assertThat(e.fault()).isEqualTo(Fault.TOO_LARGE));
  }

  @Test
  void yamlTags_refused_neverInstantiated() {
    // No data binding and no polymorphic typing, and a pack carrying type tags is refused whole at
    // the first tag, so the classic SnakeYAML gadget never gets near a class loader.
    String pack = TestPacks.pack("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]");
    assertThatThrownBy(() -> RulePack.parse("tag.yaml", pack))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.fault()).isEqualTo(Fault.YAML_TAG);
          assertThat(e.getMessage()).startsWith("tag.yaml:11:12: ").contains("ScriptEngineManager");
        });
  }

  @Test
  void failedPack_neverReachesARunningDetector() throws Exception {
    ReloadingDetector live = ReloadingDetector.of(TestPacks.detector());
    Detector.Builder broken = Detector.builder().addPack(TestPacks.english()).addPack(TestPacks.english());
    ReloadingDetector.Reload r = live.reload(broken);
    assertThat(r.swapped()).isFalse();
    assertThat(r.error()).get().extracting(RulePackException::fault).isEqualTo(Fault.DUPLICATE_PACK);
    assertThat(live.assess("we keep your passport").packs()).containsExactly("test-en@1.2.3");
  }
}
