package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indicia.Category;
import org.indicia.spi.CategoryModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCategoriesCommandTest {
  @TempDir Path dir;

  /** A labelled file written for this test: debt, papers, and benign texts. */
  private Path set(String name, String prefix) throws Exception {
    String[][] texts = {
        {"DEBT_BONDAGE", "They say I still owe for the flight and the debt grows every month."},
        {"DEBT_BONDAGE", "The loan is taken from my pay and I owe more than when I came."},
        {"DOCUMENT_RETENTION", "The supervisor kept our passports in his office since we arrived."},
        {"DOCUMENT_RETENTION", "She has not seen her passport since the agency took it."},
        {"", "Hiring cleaners for office buildings, weekly pay, start Monday."},
        {"", "Renew your passport before you travel: book an appointment online."}};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      String expect = texts[i][0].isEmpty() ? "[]" : "[\"" + texts[i][0] + "\"]";
      sb.append(String.format("{\"id\":\"%s-%d\",\"register\":\"r\",\"expect\":%s,\"text\":\"%s\"}%n", prefix, i, expect,
          texts[i][1]));
    }
    return Cli.write(dir, name, sb.toString());
  }

  @Test
  void writesAModelTheLibraryReadsAndReportsTheHeldOutFile() throws Exception {
    Path a = set("a.jsonl", "a");
    Path b = set("b.jsonl", "b");
    Path out = dir.resolve("categories.tsv");
    Cli.Run run = Cli.run("train-categories", "--min-count", "1", "--threshold", "0.5", "--check", b.toString(),
        "--out", out.toString(), a.toString(), b.toString());
    assertThat(run.code()).as(run.toString()).isZero();
    assertThat(run.outLines()).anyMatch(l -> l.matches("DEBT_BONDAGE: read \\d/2 expected, \\d+ not expected, threshold 0.50"))
        .anyMatch(l -> l.matches("held out, threshold 0.90: expected categories read \\d/4 .*"));
    assertThat(run.out()).doesNotContain("passport"); // figures and ids, never text
    assertThat(run.err()).contains("category model, 12 texts, 2 categories");
    try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      CategoryModel m = CategoryModel.read(r);
      assertThat(m.threshold()).isEqualTo(0.5);
      assertThat(m.categories()).containsExactly(Category.DOCUMENT_RETENTION, Category.DEBT_BONDAGE);
      assertThat(m.probabilities("The debt grows every month, I owe for the flight.").get(Category.DEBT_BONDAGE))
          .isGreaterThan(m.probabilities("Weekly pay, start Monday.").get(Category.DEBT_BONDAGE));
    }
  }

  @Test
  void badOptionsAndInputsAreUsageErrors() throws Exception {
    Path a = set("a.jsonl", "a");
    assertThat(Cli.run("train-categories", a.toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("train-categories", "--check", a.toString(), a.toString()).code()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("train-categories", "--check", dir.resolve("other.jsonl").toString(), a.toString()).code())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("train-categories", "--threshold", "0", "--out", "x", a.toString()).code())
        .isEqualTo(ExitCodes.USAGE);
    Path bad = Cli.write(dir, "bad.jsonl", "{\"id\":\"x\",\"expect\":[\"DEBTS\"],\"text\":\"ok\"}\n");
    Cli.Run run = Cli.run("train-categories", "--out", dir.resolve("m.tsv").toString(), bad.toString());
    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("bad.jsonl:1").contains("not a category");
  }
}
