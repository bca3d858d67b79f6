package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final String SECRET = "Qwerty-private-words";

  @TempDir Path dir;
  private String pack;

  @BeforeEach
  void writePack() throws IOException {
    pack = Cli.pack(dir).toString();
  }

  /** 3 positives (HIGH, MEDIUM, NONE) and 3 negatives (LOW, NONE, NONE). */
  private Path labelledCsv() throws IOException {
    return Cli.write(
        dir,
        "l.csv",
        "id,text,label\n"
            + "1,\"We keep your passport. A processing fee applies. "
            + SECRET
            + "\",yes\n"
            + "2,keep passport "
            + SECRET
            + ",1\n"
            + "3,nothing "
            + SECRET
            + ",TRUE\n"
            + "4,WhatsApp only "
            + SECRET
            + ",no\n"
            + "5,hello "
            + SECRET
            + ",0\n"
            + "6,\"no recruitment fee "
            + SECRET
            + "\",0\n");
  }

  @Test
  void eval_csv_precisionRecallPerThreshold_andHitsPerIndicator() throws IOException {
    Path report = dir.resolve("report.md");
    Cli.Run r =
        Cli.run(
            "eval",
            "--no-builtin",
            "--pack",
            pack,
            labelledCsv().toString(),
            "--label-column",
            "label",
            "--report",
            report.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.outLines())
        .contains(
            "6 documents assessed: 3 positive, 3 negative",
            "LOW+            2       1       1       2     0.667   0.667   0.667",
            "MEDIUM+         2       0       1       3     1.000   0.667   0.800",
            "HIGH            1       0       2       3     1.000   0.333   0.500");
    assertThat(r.out())
        .containsPattern("t\\.docs +DOCUMENT_RETENTION +2 +66\\.67 +0 +0\\.00 +1\\.000")
        .containsPattern("t\\.fee +RECRUITMENT_FRAUD +1 +33\\.33 +0 +0\\.00 +1\\.000")
        .containsPattern("t\\.whatsapp +CONTACT_EVASION +0 +0\\.00 +1 +33\\.33 +0\\.000")
        .containsPattern("documents +2 +66\\.67 +0 +0\\.00 +1\\.000");
    assertThat(r.out()).doesNotContain(SECRET);
    assertThat(r.err())
        .startsWith("indicia eval: 6 read, 6 assessed, 0 failed;")
        .doesNotContain(SECRET);
    String md = Files.readString(report);
    assertThat(md)
        .startsWith("# Indicia evaluation\n")
        .contains("| MEDIUM+ | 2 | 0 | 1 | 3 | 1.000 | 0.667 | 0.800 |")
        .contains("| `t.docs` | DOCUMENT_RETENTION | 2 | 66.67 | 0 | 0.00 | 1.000 |")
        .contains("`t-en@1.2.3`")
        .doesNotContain(SECRET);
  }

  @Test
  void eval_jsonl_customPositiveValue_andThreads() throws IOException {
    Path in =
        Cli.write(
            dir,
            "l.jsonl",
            "{\"text\":\"keep passport\",\"y\":\"bad\"}\n"
                + "{\"text\":\"hi\",\"y\":\"ok\"}\n"
                + "{\"text\":\"hi\",\"y\":true}\n");
    Cli.Run r =
        Cli.run(
            "eval",
            "--no-builtin",
            "--pack",
            pack,
            in.toString(),
            "--label-column",
            "y",
            "--positive",
            "BAD",
            "--threads",
            "2");
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.outLines())
        .contains(
            "3 documents assessed: 1 positive, 2 negative",
            "MEDIUM+         1       0       0       2     1.000   1.000   1.000");
  }

  @Test
  void eval_malformedRecords_fileAndLineOnly_exitTwo() throws IOException {
    Path in =
        Cli.write(
            dir,
            "l.jsonl",
            "{\"text\":\"keep passport\",\"label\":1}\n"
                + "{\"text\":\""
                + SECRET
                + "\"}\n"
                + "{\"text\":\""
                + SECRET
                + "\",\"label\":1} "
                + SECRET
                + "\n");
    Cli.Run r =
        Cli.run("eval", "--no-builtin", "--pack", pack, in.toString(), "--label-column", "label");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .startsWith(in + ":2: missing label field 'label'", in + ":3: malformed JSON at column 43");
    assertThat(r.err() + r.out()).doesNotContain(SECRET);
    assertThat(r.outLines()).contains("1 documents assessed: 1 positive, 0 negative");
  }

  @Test
  void eval_missingLabelColumn_inCsvHeader() throws IOException {
    Cli.Run r =
        Cli.run(
            "eval",
            "--no-builtin",
            "--pack",
            pack,
            labelledCsv().toString(),
            "--label-column",
            "gold");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(":1: no label column 'gold' in the header row (3 columns; is the first row a header?)")
        .doesNotContain("label,")
        .doesNotContain("text,");
  }

  @Test
  void eval_requiresLabelColumn_andFile() throws IOException {
    Cli.Run noLabel = Cli.run("eval", "--no-builtin", "--pack", pack, labelledCsv().toString());
    assertThat(noLabel.code()).isEqualTo(2);
    assertThat(noLabel.err()).contains("give exactly one of --label-column and --expect-column");
    Cli.Run missing =
        Cli.run(
            "eval",
            "--no-builtin",
            "--pack",
            pack,
            dir.resolve("x.csv").toString(),
            "--label-column",
            "l");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }

  @Test
  void eval_expectColumn_perCategoryRecallPrecision_andIdsToReview() throws IOException {
    Path in =
        Cli.write(
            dir,
            "expect.jsonl",
            """
            {"id":"c1","text":"The agency will keep your passport. %1$s","expect":["DOCUMENT_RETENTION"]}
            {"id":"c2","text":"A quiet day at the office. %1$s","expect":["DOCUMENT_RETENTION","VIOLENCE"]}
            {"id":"b1","text":"We keep your passport. %1$s","expect":[]}
            {"id":"b2","text":"Lunch is at noon. %1$s","expect":[]}
            """
                .formatted(SECRET));
    Cli.Run r =
        Cli.run("eval", "--no-builtin", "--pack", pack, in.toString(), "--expect-column", "expect");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("concerning documents with an expected category found: 1/2 (50.0 %)")
        .contains("expected categories found: 1/3 (33.3 %)")
        .containsPattern("DOCUMENT_RETENTION\\s+2\\s+1\\s+1\\s+1\\s+0.500\\s+0.500")
        .contains("missed DOCUMENT_RETENTION (1): c2")
        .contains("missed VIOLENCE (1): c2")
        .contains("false alarms DOCUMENT_RETENTION (1): b1");
    assertThat(r.out() + r.err()).doesNotContain(SECRET);
    Cli.Run bad =
        Cli.run(
            "eval", "--no-builtin", "--pack", pack, Cli.write(dir, "bad.jsonl",
                "{\"id\":\"x\",\"text\":\"t\",\"expect\":[\"NOPE\"]}\n").toString(),
            "--expect-column", "expect");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("unknown category 'NOPE'");
  }

  @Test
  void eval_emptyFile_noDocuments() throws IOException {
    Path in = Cli.write(dir, "e.csv", "");
    Cli.Run r =
        Cli.run("eval", "--no-builtin", "--pack", pack, in.toString(), "--label-column", "label");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0 documents assessed", "(no indicator fired)");
  }
}
