package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
  @TempDir Path dir;

  @Test
  void test_passingPack_exitZero_summary() throws IOException {
    Path pack = Cli.pack(dir);
    Cli.Run r = Cli.run("test", pack.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "t-en@1.2.3 (" + pack + "): 3 indicators, 6/6 examples pass", "6 passed, 0 failed");
  }

  @Test
  void test_failingExample_printsTextExpectedAndFired_exitOne() throws IOException {
    Path pack =
        Cli.write(
            dir,
            "p.yaml",
            Cli.PACK
                .replace(
                    "miss: [\"Bring your passport.\"]",
                    "miss: [\"Bring your passport.\", \"They hold your documents.\"]")
                .replace(
                    "hit: [\"Contact: WhatsApp only.\"]",
                    "hit: [\"Contact: WhatsApp, only.\", \"WhatsApp only\"]"));
    Cli.Run r = Cli.run("test", pack.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            "FAIL t-en@1.2.3 t.docs: expected no hit, fired t.docs",
            "     text: \"They hold your documents.\"",
            "FAIL t-en@1.2.3 t.whatsapp: expected a hit, fired nothing",
            "     text: \"Contact: WhatsApp, only.\"",
            "t-en@1.2.3 (" + pack + "): 3 indicators, 6/8 examples pass",
            "6 passed, 2 failed");
  }

  @Test
  void test_packWithErrors_exitTwo() throws IOException {
    Path pack =
        Cli.write(
            dir,
            "p.yaml",
            Cli.PACK
                .replace("category: THREATS", "x")
                .replace("    category: RECRUITMENT_FRAUD\n", ""));
    Cli.Run r = Cli.run("test", pack.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "indicia test: pack error: "
                + pack
                + ":19:5: indicator t.fee: missing required key 'category'\n");
  }

  @Test
  void test_missingPack_exitTwo() {
    Cli.Run r = Cli.run("test", dir.resolve("none.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot read pack", "none.yaml");
  }

  @Test
  void test_emptyPackFile_exitTwo() throws IOException {
    Path pack = Cli.write(dir, "empty.yaml", "");
    Cli.Run r = Cli.run("test", pack.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(pack + ":1:1: not valid YAML or JSON: the pack is empty");
  }
}
