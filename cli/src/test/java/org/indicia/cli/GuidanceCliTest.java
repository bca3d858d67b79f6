package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidanceCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path pack() throws Exception {
    return Cli.write(dir, "g.yaml", Cli.PACK.replace(
        "    description: The employer keeps the documents.\n",
        "    description: The employer keeps the documents.\n"
            + "    guidance: {worker: \"Nobody may keep your <passport>.\","
            + " reviewer: \"Check who holds the documents.\"}\n"));
  }

  @Test
  void scan_guidance_addsItToFindingsThatHaveIt() throws Exception {
    Path in = Cli.write(dir, "in.txt", "We keep your passport. WhatsApp only.\n");
    Cli.Run plain = Cli.run("scan", "--no-builtin", "--pack", pack().toString(), in.toString());
    assertThat(plain.out()).doesNotContain("guidance");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", pack().toString(), in.toString(),
        "--guidance", "--helpline", "Call 555-0100.");
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode findings = JSON.readTree(r.outLines().get(0)).get("findings");
    assertThat(findings.get(0).get("indicator").asText()).isEqualTo("t.docs");
    assertThat(findings.get(0).get("guidance").toString()).isEqualTo(
        "{\"worker\":\"Nobody may keep your <passport>.\",\"reviewer\":\"Check who holds the"
            + " documents.\",\"helpline\":\"Call 555-0100.\"}");
    assertThat(findings.get(1).get("guidance").toString())
        .isEqualTo("{\"helpline\":\"Call 555-0100.\"}");
  }

  @Test
  void html_showsGuidanceInTheListAndTheTooltip() throws Exception {
    Path in = Cli.write(dir, "in.txt", "We keep your passport.\n");
    Cli.Run r = Cli.run("scan", "--no-builtin", "--pack", pack().toString(), in.toString(),
        "--format", "html", "--helpline", "Call 555-0100.");
    assertThat(r.code()).as(r.toString()).isZero();
    Document doc = Jsoup.parse(r.out());
    assertThat(doc.select(".findings .guidance")).extracting(e -> e.text()).containsExactly(
        "For workers: Nobody may keep your <passport>.",
        "For reviewers: Check who holds the documents.", "Help: Call 555-0100.");
    assertThat(doc.selectFirst("mark").attr("data-tip"))
        .contains("For workers: Nobody may keep your <passport>.")
        .contains("For reviewers: Check who holds the documents.");
    assertThat(doc.select("passport")).isEmpty();
  }
}
