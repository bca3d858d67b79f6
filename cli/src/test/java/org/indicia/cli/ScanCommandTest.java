package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private String pack;

  @BeforeEach
  void writePack() throws IOException {
    pack = Cli.pack(dir).toString();
  }

  private Cli.Run scan(String... args) {
    List<String> all = new ArrayList<>(List.of("scan", "--no-builtin", "--pack", pack));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(new String[0]));
  }

  @Test
  void scan_jsonl_explainsTheScore_evasionsAndUncountedFindings() throws IOException {
    Path weak =
        Cli.write(
            dir,
            "weak.yaml",
            Cli.PACK.replace(
                "    match: \"whatsapp only\"", "    corroborate: true\n    match: \"whatsapp only\""));
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            "{\"id\":\"w\",\"text\":\"WhatsApp only.\"}\n"
                + "{\"id\":\"x\",\"text\":\"We k33p your p4ssp0rt. Processing fee due. WhatsApp only.\"}\n");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", weak.toString(), in.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode alone = JSON.readTree(r.outLines().get(0));
    assertThat(alone.get("score").asDouble()).isZero();
    JsonNode f = alone.get("findings").get(0);
    assertThat(f.get("weight").asDouble()).isEqualTo(0.3);
    assertThat(f.get("counted").asBoolean()).isFalse();
    assertThat(f.get("reason").asText()).startsWith("not counted: a corroborating");

    JsonNode full = JSON.readTree(r.outLines().get(1));
    // The score from the line alone: noisy-OR of the categories, each the noisy-OR of its counted weights.
    double miss = 1;
    for (JsonNode finding : full.get("findings")) {
      assertThat(finding.get("counted").asBoolean()).isTrue();
      assertThat(finding.has("reason")).isFalse();
      miss *= 1 - finding.get("weight").asDouble();
    }
    assertThat(full.get("score").asDouble()).isCloseTo(1 - miss, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(full.get("categories").size()).isEqualTo(3);
    JsonNode docs = full.get("findings").get(0);
    assertThat(docs.get("indicator").asText()).isEqualTo("t.docs");
    assertThat(docs.get("evasions").toString())
        .contains("{\"kind\":\"LEETSPEAK\",\"start\":3,\"end\":7,\"text\":\"k33p\"}")
        .contains("{\"kind\":\"LEETSPEAK\",\"start\":13,\"end\":21,\"text\":\"p4ssp0rt\"}");
    assertThat(full.get("findings").get(1).get("evasions").size()).isZero();
  }

  @Test
  void scan_jsonl_writesTheDocumentedShape() throws IOException {
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            "{\"id\":\"a\",\"text\":\"We keep your passport.\"}\n"
                + "{\"id\":7,\"text\":\"Nothing to see.\",\"lang\":\"en\"}\n");
    Cli.Run r = scan(in.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.outLines())
        .containsExactly(
            "{\"id\":\"a\",\"level\":\"MEDIUM\",\"score\":0.7,\"languages\":[\"en\"],\"truncated\":false,"
                + "\"framing\":{\"advisory\":false,\"ordinary\":false,\"cues\":{\"advisory\":0,\"situated\":0}},"
                + "\"categories\":{\"DOCUMENT_RETENTION\":0.7},"
                + "\"findings\":[{\"indicator\":\"t.docs\",\"category\":\"DOCUMENT_RETENTION\",\"weight\":0.7,"
                + "\"strong\":true,\"counted\":true,"
                + "\"pack\":\"t-en@1.2.3\",\"spans\":[{\"start\":3,\"end\":7,\"text\":\"keep\"},"
                + "{\"start\":13,\"end\":21,\"text\":\"passport\"}],\"evasions\":[]}],\"packs\":[\"t-en@1.2.3\"],"
                + "\"entities\":[]}",
            "{\"id\":\"7\",\"level\":\"NONE\",\"score\":0.0,\"languages\":[\"en\"],\"truncated\":false,"
                + "\"framing\":{\"advisory\":false,\"ordinary\":false,\"cues\":{\"advisory\":0,\"situated\":0}},\"categories\":{},\"findings\":[],\"packs\":[\"t-en@1.2.3\"],\"entities\":[]}");
    assertThat(r.err())
        .startsWith("indicia scan: 2 read, 2 assessed, 0 failed; NONE 1, LOW 0, MEDIUM 1, HIGH 0;");
  }

  @Test
  void scan_spansAreUtf16OffsetsIntoTheOriginal() throws IOException {
    String text = "🌹 Café: nous gardons… WE KEEP YOUR PASSPORT";
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            JSON.writeValueAsString(java.util.Map.of("id", "x", "text", text)) + "\n");
    Cli.Run r = scan(in.toString());
    JsonNode spans = JSON.readTree(r.outLines().get(0)).get("findings").get(0).get("spans");
    for (JsonNode s : spans) {
      assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
          .isEqualTo(s.get("text").asText());
    }
    assertThat(spans.get(0).get("text").asText()).isEqualTo("KEEP");
  }

  @Test
  void scan_combinedCategories_reachHigh_andFailLevelExitsOne() throws IOException {
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            "{\"id\":\"a\",\"text\":\"We hold your documents. A processing fee applies.\"}\n");
    Cli.Run r = scan("--fail-level", "high", in.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(1);
    assertThat(JSON.readTree(r.out()).get("level").asText()).isEqualTo("HIGH");
    assertThat(JSON.readTree(r.out()).get("score").asDouble()).isEqualTo(0.85);
    assertThat(
            scan(
                    "--fail-level",
                    "HIGH",
                    Cli.write(dir, "b.jsonl", "{\"text\":\"fine\"}\n").toString())
                .code())
        .isZero();
  }

  @Test
  void scan_negatedCue_doesNotFire() throws IOException {
    Path in =
        Cli.write(dir, "in.jsonl", "{\"id\":\"n\",\"text\":\"There is no recruitment fee.\"}\n");
    assertThat(JSON.readTree(scan(in.toString()).out()).get("level").asText()).isEqualTo("NONE");
  }

  @Test
  void scan_minLevel_filtersOutputButCountsAll() throws IOException {
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            "{\"id\":\"low\",\"text\":\"WhatsApp only\"}\n{\"id\":\"none\",\"text\":\"hello\"}\n"
                + "{\"id\":\"med\",\"text\":\"keep passport\"}\n");
    Cli.Run r = scan("--min-level", "LOW", "--format", "csv", in.toString());
    assertThat(r.outLines())
        .containsExactly(
            "id,level,score,languages,truncated,indicators,categories",
            "low,LOW,0.3,en,false,t.whatsapp,CONTACT_EVASION",
            "med,MEDIUM,0.7,en,false,t.docs,DOCUMENT_RETENTION");
    assertThat(r.err()).contains("3 read, 3 assessed, 0 failed; NONE 1, LOW 1, MEDIUM 1, HIGH 0");
  }

  @Test
  void scan_tableFormat() throws IOException {
    Path in =
        Cli.write(dir, "in.jsonl", "{\"id\":\"a\",\"text\":\"keep passport, WhatsApp only\"}\n");
    Cli.Run r = scan("--format", "table", in.toString());
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(0)).startsWith("ID").contains("LEVEL", "SCORE", "INDICATORS");
    assertThat(r.outLines().get(1))
        .startsWith("a ")
        .contains("HIGH", "0.7900", "t.docs, t.whatsapp");
  }

  @Test
  void scan_csv_idAndSeveralTextColumns_joined() throws IOException {
    Path in =
        Cli.write(
            dir,
            "in.csv",
            "ref,title,body,lang\n"
                + "r1,Keep,\"your\n"
                + "passport\",en\n"
                + "r2,Hello,\"a, \"\"quoted\"\" body\",\n");
    Cli.Run r =
        scan(
            "--id-column", "ref", "--text-column", "title", "--text-column", "body", in.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode first = JSON.readTree(r.outLines().get(0));
    assertThat(first.get("id").asText()).isEqualTo("r1");
    assertThat(first.get("findings").get(0).get("spans").get(1).get("start").asInt()).isEqualTo(11);
    assertThat(JSON.readTree(r.outLines().get(1)).get("id").asText()).isEqualTo("r2");
  }

  @Test
  void scan_textLines_oneDocumentPerLine_idsNameTheLine() throws IOException {
    Path in = Cli.write(dir, "in.txt", "keep passport\r\n\nhello\n");
    Cli.Run r = scan("--lines", in.toString());
    assertThat(r.outLines()).hasSize(2);
    assertThat(JSON.readTree(r.outLines().get(0)).get("id").asText()).isEqualTo(in + ":1");
    assertThat(JSON.readTree(r.outLines().get(1)).get("id").asText()).isEqualTo(in + ":3");
  }

  @Test
  void scan_textFile_isOneDocument() throws IOException {
    Path in = Cli.write(dir, "in.txt", "We keep\nyour passport.\n");
    Cli.Run r = scan(in.toString());
    assertThat(r.outLines())
        .singleElement()
        .satisfies(l -> assertThat(JSON.readTree(l).get("level").asText()).isEqualTo("MEDIUM"));
  }

  @Test
  void scan_stdin_sniffsJsonl() {
    Cli.Run r =
        Cli.runWithInput(
            "{\"id\":\"s\",\"text\":\"keep passport\"}\n", "scan", "--no-builtin", "--pack", pack);
    assertThat(r.out()).startsWith("{\"id\":\"s\",\"level\":\"MEDIUM\"");
    Cli.Run t = Cli.runWithInput("keep passport\n", "scan", "--no-builtin", "--pack", pack, "-");
    assertThat(t.out()).startsWith("{\"id\":\"<stdin>\",\"level\":\"MEDIUM\"");
  }

  @Test
  void scan_malformedRecords_reportedWithFileAndLine_batchGoesOn() throws IOException {
    Path in = dir.resolve("bad.jsonl");
    byte[] bad = {(byte) 0xff, (byte) 0xfe, 'x', '\n'};
    Files.write(
        in,
        ("{\"id\":\"a\",\"text\":\"keep passport\"}\n"
                + "{\"id\":\"b\",\"text\":\"oops\" trailing\n"
                + "\n"
                + "[\"not an object\"]\n"
                + "{\"id\":\"c\"}\n"
                + "{\"id\":\"d\",\"text\":42}\n"
                + "{\"id\":\"e\",\"text\":\"x\",\"lang\":\"english\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    Files.write(in, bad, java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(
        in, "{\"id\":\"z\",\"text\":\"last\"}", java.nio.file.StandardOpenOption.APPEND);
    Cli.Run r = scan(in.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.outLines())
        .extracting(l -> JSON.readTree(l).get("id").asText())
        .containsExactly("a", "z");
    assertThat(r.errLines())
        .containsExactly(
            in + ":2: malformed JSON at column 25",
            in + ":4: not a JSON object",
            in + ":5: missing field 'text'",
            in + ":6: field 'text' is not a string",
            in + ":7: field 'lang' is not a language code",
            in + ":8: not valid UTF-8",
            r.errLines().get(6));
    assertThat(r.errLines().get(6)).startsWith("indicia scan: 8 read, 2 assessed, 6 failed;");
  }

  @Test
  void scan_malformedCsv_wrongFieldCountThenUnclosedQuote() throws IOException {
    Path in =
        Cli.write(
            dir,
            "bad.csv",
            "id,text\n1,keep passport\n2,too,many\n3,\"fine\"\n4,\"never closed\n5,x\n");
    Cli.Run r = scan(in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.outLines())
        .extracting(l -> JSON.readTree(l).get("id").asText())
        .containsExactly("1", "3", "5");
    assertThat(r.errLines())
        .startsWith(
            in + ":3: 3 fields, the header has 2",
            in + ":5: quoted field never closed");
    assertThat(r.err()).contains("5 read, 3 assessed, 2 failed");
  }

  @Test
  void scan_malformedLines_neverEchoTextToStderr() throws IOException {
    String secret = "Zyxwv-secret-text";
    Path json =
        Cli.write(
            dir,
            "a.jsonl",
            "{\"id\":\"1\",\"text\":\""
                + secret
                + "\" "
                + secret
                + "}\n"
                + "{\"id\":\"2\",\"text\":{\""
                + secret
                + "\":1}}\n"
                + secret
                + "\n");
    Path csv = Cli.write(dir, "b.csv", "id,text\n1," + secret + ",extra\n2,\"" + secret + "\n");
    Cli.Run r = scan(json.toString(), csv.toString());
    assertThat(r.errLines()).hasSize(6);
    assertThat(r.err()).doesNotContain("Zyxwv").doesNotContain("secret");
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("5 read, 0 assessed, 5 failed");
  }

  @Test
  void scan_csvWithoutTheTextColumn_countsTheColumns_neverQuotesThem() throws IOException {
    // Without a header row the first row is a document: its cells must not be printed.
    Path in = Cli.write(dir, "in.csv", "p1,We keep your Zyxwv passport\n1,x\n");
    Cli.Run r = scan(in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines().get(0))
        .isEqualTo(
            in
                + ":1: no column 'text' in the header row (2 columns; is the first row a"
                + " header?); file skipped");
    assertThat(r.err()).doesNotContain("Zyxwv").doesNotContain("p1");
  }

  @Test
  void scan_emptyFiles_zeroDocuments_exitZero() throws IOException {
    Path jsonl = Cli.write(dir, "e.jsonl", "");
    Path csv = Cli.write(dir, "e.csv", "");
    Path txt = Cli.write(dir, "e.txt", "\n\n");
    Cli.Run r = scan(jsonl.toString(), csv.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("indicia scan: 0 read, 0 assessed, 0 failed;");
    assertThat(scan("--lines", txt.toString()).err()).startsWith("indicia scan: 0 read");
  }

  @Test
  void scan_missingFile_exitTwo_beforeAnyOutput() throws IOException {
    Path ok = Cli.write(dir, "ok.jsonl", "{\"text\":\"keep passport\"}\n");
    Cli.Run r = scan(ok.toString(), dir.resolve("missing.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("indicia scan: no such file: " + dir.resolve("missing.jsonl") + "\n");
  }

  @Test
  void scan_unknownOption_exitTwo_withHint() {
    Cli.Run r = Cli.run("scan", "--frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly(
            "indicia: Unknown option: '--frobnicate'",
            "Try 'indicia scan --help' for more information.");
  }

  @Test
  void scan_badOptionValues_exitTwo() throws IOException {
    Path in = Cli.write(dir, "in.jsonl", "{\"text\":\"x\"}\n");
    assertThat(scan("--threads", "0", in.toString()).code()).isEqualTo(2);
    assertThat(scan("--format", "xml", in.toString()).code()).isEqualTo(2);
    assertThat(scan("--lang", "e1", in.toString()).err())
        .contains("--lang must be a language code (en, fr) or a BCP 47 tag");
    assertThat(Cli.run("scan", "--no-builtin", in.toString()).err())
        .contains("--no-builtin needs at least one --pack");
  }

  @Test
  void scan_packWithErrors_exitTwo_withLocation() throws IOException {
    Path bad = Cli.write(dir, "bad.yaml", Cli.PACK.replace("weight: 0.5", "weight: 1.5"));
    Path in = Cli.write(dir, "in.jsonl", "{\"text\":\"x\"}\n");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", bad.toString(), in.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "indicia scan: pack error: "
                + bad
                + ":21:13: indicator t.fee: weight 1.5 is not in (0, 1]\n");
  }

  @Test
  void scan_langHint_recordWinsOverOption() throws IOException {
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            "{\"id\":\"a\",\"text\":\"keep passport\",\"lang\":\"fr\"}\n"
                + "{\"id\":\"b\",\"text\":\"keep passport\"}\n");
    Cli.Run r = scan("--lang", "de", in.toString());
    assertThat(r.outLines())
        .extracting(l -> JSON.readTree(l).get("languages").toString())
        .containsExactly("[\"fr\"]", "[\"de\"]");
    assertThat(r.outLines())
        .allSatisfy(l -> assertThat(JSON.readTree(l).get("level").asText()).isEqualTo("NONE"));
    // Neither language has a pack here: never a silent NONE.
    assertThat(r.errLines())
        .contains(
            "indicia: warning: --lang de: no loaded pack for this language (loaded: en);"
                + " documents without their own hint get no pack and level NONE",
            "indicia: warning: 1 document hinted language 'de', which no loaded pack covers:"
                + " no pack applied, level NONE",
            "indicia: warning: 1 document hinted language 'fr', which no loaded pack covers:"
                + " no pack applied, level NONE");
  }

  @Test
  void scan_bcp47Hints_useThePrimaryLanguage() throws IOException {
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            "{\"id\":\"a\",\"text\":\"We keep your passport.\",\"lang\":\"en-US\"}\n"
                + "{\"id\":\"b\",\"text\":\"We keep your passport.\"}\n");
    Cli.Run r = scan("--lang", "en_GB", in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.outLines())
        .extracting(l -> JSON.readTree(l).get("level").asText())
        .containsExactly("MEDIUM", "MEDIUM");
    assertThat(r.err()).doesNotContain("warning");
  }

  @Test
  void scan_loneSurrogate_staysValidJson() throws IOException {
    Path in = Cli.write(dir, "in.jsonl", "{\"id\":\"s\",\"text\":\"keep \\ud800 passport\"}\n");
    Cli.Run r = scan(in.toString());
    JsonNode n = JSON.readTree(r.out());
    assertThat(n.get("level").asText()).isEqualTo("MEDIUM");
    assertThat(r.out()).doesNotContain("\ud800");
  }

  /** A few thousand documents through two workers: same order and counts as the input. */
  @Test
  void scan_threads_keepInputOrder_andReadEqualsAssessedPlusFailed() throws IOException {
    int n = 3000;
    StringBuilder sb = new StringBuilder();
    List<String> expectedIds = new ArrayList<>();
    List<String> expectedLevels = new ArrayList<>();
    String[] texts = {
      "We keep your passport.",
      "A processing fee is due.",
      "Nothing here at all.",
      "WhatsApp only please."
    };
    String[] levels = {"MEDIUM", "MEDIUM", "NONE", "LOW"};
    int malformed = 0;
    for (int i = 0; i < n; i++) {
      if (i % 499 == 0) {
        sb.append("{broken ").append(i).append('\n');
        malformed++;
        continue;
      }
      sb.append("{\"id\":\"d")
          .append(i)
          .append("\",\"text\":\"")
          .append(texts[i % 4])
          .append(' ')
          .append("filler ".repeat(i % 37))
          .append("\"}\n");
      expectedIds.add("d" + i);
      expectedLevels.add(levels[i % 4]);
    }
    Path in = Cli.write(dir, "many.jsonl", sb.toString());
    Cli.Run parallel = scan("--threads", "2", in.toString());
    assertThat(parallel.code()).isEqualTo(2);
    List<String> ids = new ArrayList<>();
    List<String> lvls = new ArrayList<>();
    for (String line : parallel.outLines()) {
      JsonNode node = JSON.readTree(line);
      ids.add(node.get("id").asText());
      lvls.add(node.get("level").asText());
    }
    assertThat(ids).containsExactlyElementsOf(expectedIds);
    assertThat(lvls).containsExactlyElementsOf(expectedLevels);
    String summary = parallel.errLines().get(parallel.errLines().size() - 1);
    assertThat(summary)
        .startsWith(
            "indicia scan: "
                + n
                + " read, "
                + (n - malformed)
                + " assessed, "
                + malformed
                + " failed;");
    assertThat(parallel.errLines()).hasSize(malformed + 1);
    Cli.Run serial = scan("--threads", "1", in.toString());
    assertThat(serial.out()).isEqualTo(parallel.out());
    Cli.Run four = scan("--threads", "4", in.toString());
    assertThat(four.out()).isEqualTo(parallel.out());
  }
}
