package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalHtmlTest {
  private static final String SECRET = "Zanzibar-secret-<b>";

  @TempDir Path dir;

  @Test
  void report_html_hasFourInlineSvgPlotsWithTheRightNumbers() throws Exception {
    String pack = Cli.pack(dir).toString();
    // positives: HIGH (docs, fee), MEDIUM (docs), NONE; negatives: LOW (whatsapp), NONE, NONE
    Path in = Cli.write(dir, "l.csv", "id,text,label\n"
        + "1,\"We keep your passport. A processing fee applies. " + SECRET + "\",1\n"
        + "2,keep passport " + SECRET + ",1\n"
        + "3,nothing " + SECRET + ",1\n"
        + "4,WhatsApp only " + SECRET + ",0\n"
        + "5,hello " + SECRET + ",0\n"
        + "6,\"no recruitment fee " + SECRET + "\",0\n");
    Path report = dir.resolve("eval.html");
    Cli.Run r = Cli.run("eval", "--no-builtin", "--pack", pack, in.toString(),
        "--label-column", "label", "--report", report.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("Zanzibar");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, link, img, [style]")).isEmpty();
    assertThat(doc.select("figure svg")).hasSize(4);
    assertThat(doc.select("svg [href], svg use, svg foreignObject")).isEmpty();
    assertThat(titles(doc))
        .contains("document retention, precision: 100.0 %", "document retention, recall: 66.7 %",
            "recruitment fraud, recall: 33.3 %", "contact evasion, precision: 0.0 %",
            "score 0.0–0.1 (excl.), negatives: 66.7 %", "t.docs, positives: 66.7 %",
            "t.whatsapp, negatives: 33.3 %");
    assertThat(doc.select("figure path")).hasSize(3);
    assertThat(doc.select("table tr:contains(MEDIUM+) td").eachText())
        .containsExactly("MEDIUM+", "2", "0", "1", "3", "1.000", "0.667", "0.800");
  }

  private static java.util.List<String> titles(Document doc) {
    return doc.select("rect > title").stream().map(Element::text).toList();
  }
}
