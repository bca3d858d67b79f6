package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanHtmlTest {
  @TempDir Path dir;

  @Test
  void html_writesOnePageWithAMarkPerEvidenceSpan() throws Exception {
    String pack = Cli.pack(dir).toString();
    Path in = Cli.write(dir, "in.jsonl",
        "{\"id\":\"calm\",\"text\":\"Bring your passport to the interview.\"}\n"
            + "{\"id\":\"high\",\"text\":\"We keep your passport. A processing fee is due.\"}\n"
            + "{\"id\":\"low\",\"text\":\"Contact: WhatsApp only.\"}\n");
    Path out = dir.resolve("report.html");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", pack, in.toString(),
        "--format", "html", "--output", out.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    Document doc = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(doc.select("article .doc-id")).extracting(Element::text)
        .containsExactly("high", "low", "calm");

    Cli.Run jsonl = Cli.run("scan", "--no-builtin", "--pack", pack, in.toString());
    ObjectMapper json = new ObjectMapper();
    for (String line : jsonl.outLines()) {
      JsonNode rec = json.readTree(line);
      Element article = doc.select("article").stream()
          .filter(a -> a.selectFirst(".doc-id").text().equals(rec.get("id").asText()))
          .findFirst().orElseThrow();
      assertThat(article.hasClass("lv-" + rec.get("level").asText())).isTrue();
      int spans = 0;
      for (JsonNode f : rec.get("findings")) {
        for (JsonNode s : f.get("spans")) {
          spans++;
          Element mark = article.selectFirst("mark[data-start=" + s.get("start").asInt() + "]");
          assertThat(mark).isNotNull();
          assertThat(mark.attr("data-end")).isEqualTo(s.get("end").asText());
          assertThat(mark.text()).isEqualTo(s.get("text").asText());
          assertThat(mark.attr("data-indicator")).isEqualTo(f.get("indicator").asText());
          assertThat(mark.attr("data-category")).isEqualTo(f.get("category").asText());
        }
      }
      assertThat(article.select("mark")).hasSize(spans);
    }
  }

  @Test
  void html_minLevelLeavesDocumentsOut() throws Exception {
    String pack = Cli.pack(dir).toString();
    Path in = Cli.write(dir, "in.txt", "Bring your passport.\nWe keep your passport.\n");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", pack, in.toString(),
        "--format", "html", "--min-level", "LOW");
    assertThat(r.code()).as(r.toString()).isZero();
    Document doc = Jsoup.parse(r.out());
    assertThat(doc.select("article")).hasSize(1);
    assertThat(doc.select("#f-cat-DOCUMENT_RETENTION")).hasSize(1);
  }
}
