package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indicia.spi.ReadingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainFramingCommandTest {
  @TempDir Path dir;

  /** A labelled file written for this test: advisory material, described situations, an ordinary message. */
  private Path set(String name, String prefix) throws Exception {
    String[] advisory = {
        "Warning signs of forced labour include an employer keeping your passport.",
        "Employers must never charge workers recruitment fees. Report concerns to the helpline.",
        "Guidance for managers: how to spot exploitation in supply chains.",
        "Know your rights: you can keep your passport and change employer."};
    String[] situated = {
        "My boss took my passport when I arrived and keeps it in his safe.",
        "They said I owe 3000 for the flight and take it from my pay.",
        "Hiring cleaners, accommodation provided, start Monday.",
        "We sleep at the site and the gate is locked at night."};
    StringBuilder sb = new StringBuilder(String.format(
        "{\"id\":\"%s-b-9\",\"register\":\"ordinary_message\",\"expect\":[],"
            + "\"text\":\"Mum took our phones at dinner again, the no phones at the table rule is back.\"}%n", prefix));
    for (int i = 0; i < advisory.length; i++) {
      sb.append(String.format("{\"id\":\"%s-b-%d\",\"register\":\"awareness_policy\",\"expect\":[],\"text\":\"%s\"}%n",
          prefix, i, advisory[i]));
      sb.append(String.format("{\"id\":\"%s-c-%d\",\"register\":\"worker_first_person\",\"expect\":[\"DOCUMENT_RETENTION\"],"
          + "\"text\":\"%s\"}%n", prefix, i, situated[i]));
    }
    return Cli.write(dir, name, sb.toString());
  }

  /** Trains with cross-check on two files written by {@link #set}, threshold 0.5, into {@code out}. */
  private Cli.Run crossChecked(String kind, Path out) throws Exception {
    return Cli.run("train-framing", "--kind", kind, "--cross-check", "--min-count", "1", "--threshold", "0.5",
        "--out", out.toString(), set("a.jsonl", "a").toString(), set("b.jsonl", "b").toString());
  }

  @Test
  void writesAModelTheLibraryReadsAndReportsHeldOutFiles() throws Exception {
    Path out = dir.resolve("model.tsv");
    Cli.Run run = crossChecked("advisory", out);
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.outLines()).anyMatch(l -> l.matches("a\\.jsonl: advisory read \\d+/4, others read as advisory \\d+/5 .*"))
        .anyMatch(l -> l.startsWith("all held out, threshold 0.90: advisory read "));
    assertThat(run.out()).doesNotContain("passport"); // figures and ids, never text
    try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      ReadingModel m = ReadingModel.read(r);
      assertThat(m.threshold()).isEqualTo(0.5);
      assertThat(m.probability("Employers must never keep passports: report concerns to the helpline."))
          .isGreaterThan(m.probability("My boss keeps my passport in his safe since I arrived."));
    }
  }

  @Test
  void anOrdinaryModelReadsEveryTextWithNoExpectedCategoryAsItsKind() throws Exception {
    Cli.Run run = crossChecked("ordinary", dir.resolve("ordinary.tsv"));
    assertThat(run.code()).as(run.toString()).isZero();
    // the kind is every benign text, whatever its register: the four advisory ones and the message
    assertThat(run.outLines()).anyMatch(l -> l.matches("a\\.jsonl: ordinary read \\d+/5, others read as ordinary \\d+/4 .*"));
    assertThat(run.err()).contains("ordinary model, 18 texts");
    assertThat(Cli.run("train-framing", "--kind", "benign", "--cross-check", dir.resolve("a.jsonl").toString()).code())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void nothingToDoOrABadThresholdIsAUsageError() throws Exception {
    Path a = set("a.jsonl", "a");
    assertThat(Cli.run("train-framing", a.toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("train-framing", "--cross-check", "--threshold", "1.5", a.toString()).code())
        .isEqualTo(ExitCodes.USAGE);
    Path bad = Cli.write(dir, "bad.jsonl", "{\"id\":\"x\",\"text\":\"ok\"}\nnot json\n");
    Cli.Run run = Cli.run("train-framing", "--out", dir.resolve("m.tsv").toString(), bad.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("bad.jsonl:2");
  }
}
