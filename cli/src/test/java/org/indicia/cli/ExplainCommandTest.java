package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path dir;
  private String pack;

  @BeforeEach
  void writePack() throws IOException {
    pack = Cli.pack(dir).toString();
  }

  @Test
  void explain_text_showsEveryStep_withBracketedEvidence() {
    Cli.Run r =
        Cli.run(
            "explain",
            "--no-builtin",
            "--pack",
            pack,
            "--color",
            "never",
            "We KEEP your passport. No recruitment fee.");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("Packs:      t-en@1.2.3")
        .contains("Level:      MEDIUM (score 0.7000)")
        .contains("  We [KEEP] your [passport]. No recruitment fee.")
        .contains("  we keep your passport. no recruitment fee.")
        .contains("Tokens (7):\n  we | keep | your | passport | no | recruitment | fee")
        .contains("\"recruitment fee\"")
        .containsPattern("t\\.docs +t-en@1\\.2\\.3 +match yes, unless no -> FIRED")
        .containsPattern(
            "t\\.fee +t-en@1\\.2\\.3 +match no \\(1 hit negated\\), unless no -> not fired")
        .contains("  t.docs  DOCUMENT_RETENTION  weight 0.70  strong, counted  t-en@1.2.3")
        .contains("    [3, 7) \"KEEP\"")
        .contains("  DOCUMENT_RETENTION       0.7000")
        .contains("  overall                  0.7000 -> MEDIUM");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void explain_colorAlways_usesAnsi() {
    Cli.Run r =
        Cli.run("explain", "--no-builtin", "--pack", pack, "--color", "always", "keep passport");
    assertThat(r.out()).contains("\u001B[1;4;31mkeep\u001B[0m \u001B[1;4;31mpassport\u001B[0m");
  }

  @Test
  void explain_file() throws IOException {
    Path f = Cli.write(dir, "t.txt", "Contact: WhatsApp only.");
    Cli.Run r = Cli.run("explain", "--no-builtin", "--pack", pack, "--file", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Level:      LOW (score 0.3000)", "Contact: [WhatsApp only].");
  }

  @Test
  void explain_highlight_mergesOverlappingSpans() {
    assertThat(
            ExplainCommand.highlight("abcdef", List.of(new int[] {1, 3}, new int[] {4, 5}), false))
        .isEqualTo("a[bc]d[e]f");
  }

  @Test
  void explain_neitherOrBoth_isUsageError() throws IOException {
    Path f = Cli.write(dir, "t.txt", "x");
    Cli.Run none = Cli.run("explain", "--no-builtin", "--pack", pack);
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("give either TEXT or --file FILE");
    assertThat(
            Cli.run("explain", "--no-builtin", "--pack", pack, "--file", f.toString(), "text")
                .code())
        .isEqualTo(2);
  }

  @Test
  void explain_missingOrBadFile_exitTwo() throws IOException {
    Cli.Run missing =
        Cli.run(
            "explain", "--no-builtin", "--pack", pack, "--file", dir.resolve("nope").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .isEqualTo("indicia explain: no such file: " + dir.resolve("nope") + "\n");
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3});
    Cli.Run r = Cli.run("explain", "--no-builtin", "--pack", pack, "--file", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not valid UTF-8");
  }
}
