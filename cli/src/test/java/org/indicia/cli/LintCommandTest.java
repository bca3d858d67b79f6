package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.indicia.Detector;
import org.indicia.RulePack;
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
        .isEqualTo(dir.resolve("nope.yaml") + ": error: cannot read: no such file");
  }

  @Test
  void lint_everyErrorInOneRun() throws IOException {
    Path bad =
        Cli.write(
            dir,
            "bad.yaml",
            Cli.PACK.replace("\"@docs\"", "\"@papers\"")
                .replace("weight: 0.5", "weight: 1.5")
                .replace("version: 1.2.3", "version: one"));
    Cli.Run r = Cli.run("lint", "--no-builtin", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            bad + ":3:10: error: bad version 'one' (expected MAJOR.MINOR.PATCH)",
            bad + ":17:51: error: indicator t.docs: unknown lexicon '@papers'",
            bad + ":21:13: error: indicator t.fee: weight 1.5 is not in (0, 1]",
            "1 pack, 3 errors, 0 warnings");
  }

  @Test
  void lint_errorCap_andSummary() throws IOException {
    StringBuilder y = new StringBuilder("pack: many\nlanguage: en\nversion: 1.0.0\ndescription: d\nindicators:\n");
    for (int i = 0; i < 8; i++) {
      y.append("  - {id: m.i").append(i).append(", category: DECEPTION, weight: 1.5, description: d,")
          .append(" source: s, match: x").append(i).append("}\n"); // a weight out of range
    }
    Path many = Cli.write(dir, "many.yaml", y.toString());
    Cli.Run r = Cli.run("lint", "--no-builtin", "--max-errors", "5", many.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.outLines()).hasSize(6);
    assertThat(r.outLines().get(0))
        .startsWith(many + ":6:")
        .endsWith("error: indicator m.i0: weight 1.5 is not in (0, 1]");
    assertThat(r.outLines().get(5))
        .isEqualTo("1 pack, 5 errors (--max-errors 5 reached: more not shown), 0 warnings");
    assertThat(Cli.run("lint", "--no-builtin", many.toString()).outLines())
        .hasSize(9)
        .last()
        .isEqualTo("1 pack, 8 errors, 0 warnings");
  }

  @Test
  void lint_checksIdsAgainstTheBuiltInPacks() throws IOException {
    Detector builtIn = assertDoesNotThrowBuild();
    RulePack en = builtIn.packs().stream().filter(p -> p.language().equals("en")).findFirst().orElseThrow();
    String id = en.indicators().get(0).id();
    Path clash = Cli.write(dir, "clash.yaml", Cli.PACK.replace("id: t.docs", "id: " + id));
    Cli.Run r = Cli.run("lint", clash.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains(clash + ":10:5: error: indicator " + id + ": duplicate id " + id + " (also in pack " + en.id() + ", built in)");
    assertThat(Cli.run("lint", "--no-builtin", clash.toString()).code()).isZero();
  }

  private static Detector assertDoesNotThrowBuild() {
    try {
      return Detector.builder().withBuiltInPacks().build();
    } catch (org.indicia.RulePackException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void lint_directoryAndFifo_refusedFast() throws Exception {
    Cli.Run r = Cli.run("lint", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.outLines().get(0)).isEqualTo(dir + ": error: cannot read: a directory");
    Path fifo = dir.resolve("p.yaml");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
    Cli.Run f = Cli.run("lint", fifo.toString());
    assertThat(f.code()).isEqualTo(2);
    assertThat(f.outLines().get(0)).isEqualTo(fifo + ": error: cannot read: a device, FIFO or socket");
  }

  @Test
  void lint_yamlTabError_pointsAtTheTabLine() throws IOException {
    Path tab = Cli.write(dir, "tab.yaml", Cli.PACK.replace("\n  docs:", "\n\tdocs:"));
    Cli.Run r = Cli.run("lint", tab.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.outLines().get(0)).startsWith(tab + ":8:1: error: not valid YAML or JSON:").contains("TAB");
  }

  @Test
  void lint_noPack_usageError() {
    Cli.Run r = Cli.run("lint");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'PACK'");
  }
}
