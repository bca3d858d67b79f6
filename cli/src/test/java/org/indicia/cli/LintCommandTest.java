package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  @TempDir Path dir;

  @Test
  void lint_cleanPack_exitZero() throws IOException {
    Path pack = Cli.pack(dir);
    Cli.Run r = Cli.run("lint", pack.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.outLines()).containsExactly("1 pack, 0 errors, 0 warnings");
  }

  @Test
  void lint_warnings_fileLineColumn_exitZeroUnlessStrict() throws IOException {
    Path pack =
        Cli.write(
            dir,
            "p.yaml",
            Cli.PACK.replace(
                "  docs: [passport, documents]",
                "  docs: [passport, documents, Passport]\n  spare: [x]"));
    Cli.Run r = Cli.run("lint", pack.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            pack
                + ":8:31: warning: lexicon 'docs': 'Passport' duplicates 'passport' (line 8)",
            pack + ":9:3: warning: lexicon 'spare' is never used",
            "1 pack, 0 errors, 2 warnings");
    assertThat(Cli.run("lint", "--strict", pack.toString()).code()).isEqualTo(1);
  }

  @Test
  void lint_loadError_compilerStyle_exitOne() throws IOException {
    Path bad = Cli.write(dir, "bad.yaml", Cli.PACK.replace("\"@docs\"", "\"@papers\""));
    Path good = Cli.pack(dir);
    Cli.Run r = Cli.run("lint", bad.toString(), good.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            bad + ":17:51: error: indicator t.docs: unknown lexicon '@papers'",
            "2 packs, 1 error, 0 warnings");
  }

  @Test
  void lint_packsTogether_duplicateIndicatorIds() throws IOException {
    Path a = Cli.pack(dir);
    Path b = Cli.write(dir, "b.yaml", Cli.PACK.replace("pack: t-en", "pack: t-en2"));
    Cli.Run r = Cli.run("lint", a.toString(), b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains(b + ":10:5: error: indicator t.docs: duplicate id t.docs (also in pack t-en)");
  }

  @Test
  void lint_unreadableFile_exitTwo() {
    Cli.Run r = Cli.run("lint", dir.resolve("nope.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.outLines().get(0))
        .startsWith(dir.resolve("nope.yaml") + ": error: cannot read: NoSuchFileException");
  }

  @Test
  void lint_noPack_usageError() {
    Cli.Run r = Cli.run("lint");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'PACK'");
  }
}
