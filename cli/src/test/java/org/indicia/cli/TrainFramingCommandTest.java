package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indicia.spi.AdvisoryModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainFramingCommandTest {
  @TempDir Path dir;

  /** Two labelled files written for this test: advisory material and described situations. */
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
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < advisory.length; i++) {
      sb.append(String.format("{\"id\":\"%s-b-%d\",\"register\":\"awareness_policy\",\"expect\":[],\"text\":\"%s\"}%n",
          prefix, i, advisory[i]));
      sb.append(String.format("{\"id\":\"%s-c-%d\",\"register\":\"worker_first_person\",\"expect\":[\"DOCUMENT_RETENTION\"],"
          + "\"text\":\"%s\"}%n", prefix, i, situated[i]));
    }
    return Cli.write(dir, name, sb.toString());
  }

  @Test
  void writesAModelTheLibraryReadsAndReportsHeldOutFiles() throws Exception {
    Path a = set("a.jsonl", "a");
    Path b = set("b.jsonl", "b");
    Path out = dir.resolve("model.tsv");
    Cli.Run run = Cli.run("train-framing", "--cross-check", "--min-count", "1", "--threshold", "0.5",
        "--out", out.toString(), a.toString(), b.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.outLines()).anyMatch(l -> l.startsWith("a.jsonl: advisory read "))
        .anyMatch(l -> l.startsWith("all held out: advisory read "));
    assertThat(run.out()).doesNotContain("passport"); // figures and ids, never text
    try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      AdvisoryModel m = AdvisoryModel.read(r);
      assertThat(m.threshold()).isEqualTo(0.5);
      assertThat(m.probability("Employers must never keep passports: report concerns to the helpline."))
          .isGreaterThan(m.probability("My boss keeps my passport in his safe since I arrived."));
    }
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
