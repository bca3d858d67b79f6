package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user pack without examples loads with a warning; {@code lint --strict} refuses it. */
class PackWithoutExamplesTest {
  @TempDir Path dir;

  /** The CLI test pack with {@code t.fee}'s examples left out. */
  private Path untested() throws IOException {
    return Cli.write(
        dir,
        "untested.yaml",
        Cli.PACK.replace(
            "    examples: {hit: [\"A processing fee is due.\"], miss: [\"No recruitment fee.\"]}\n",
            ""));
  }

  @Test
  void scan_packWithoutExamples_loadsAndWarnsOnStderr() throws IOException {
    Path pack = untested();
    Path in = Cli.write(dir, "in.txt", "A processing fee is due.\n");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", pack.toString(), in.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"indicator\":\"t.fee\"");
    assertThat(r.errLines())
        .contains(
            pack
                + ": warning: 1 of 3 indicators have no hit and miss examples, so nothing tests"
                + " them ('indicia lint' lists them; 'indicia lint --strict' requires examples)");
  }

  @Test
  void scan_packWithExamples_noWarning() throws IOException {
    Path pack = Cli.pack(dir);
    Path in = Cli.write(dir, "in.txt", "A processing fee is due.\n");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", pack.toString(), in.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("warning");
  }

  @Test
  void lint_packWithoutExamples_warns_strictFails() throws IOException {
    Path pack = untested();
    Cli.Run lint = Cli.run("lint", pack.toString());
    assertThat(lint.code()).as(lint.toString()).isZero();
    assertThat(lint.outLines())
        .containsExactly(
            pack
                + ":19:5: warning: indicator t.fee: no examples to test it (0 hit, 0 miss; at least"
                + " one of each is required in built-in packs and by lint --strict)",
            "1 pack, 0 errors, 1 warning");

    Cli.Run strict = Cli.run("lint", "--strict", pack.toString());
    assertThat(strict.code()).as(strict.toString()).isEqualTo(ExitCodes.FOUND);
    assertThat(strict.outLines())
        .containsExactly(
            pack
                + ":19:5: error: indicator t.fee: indicator needs at least one 'hit' and one 'miss'"
                + " example: 0 hit, 0 miss",
            "1 pack, 1 error, 0 warnings");
  }

  @Test
  void test_packWithoutExamples_runsTheOthers() throws IOException {
    Cli.Run r = Cli.run("test", untested().toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("3 indicators, 4/4 examples pass");
  }
}
