package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.indicia.testing.OverlayYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --overlay} on the built-in packs, as a new user would apply it: the issue's minimal
 * overlay exactly as written changes scan's output exactly as it says and explain says why; the
 * job-portal example in the repository applies; eval compares with and without; test skips what
 * is disabled; a broken overlay is refused with its location.
 */
class OverlayCommandTest {
  static final String MINIMAL = OverlayYaml.MINIMAL;
  private static final String AD = "Seasonal fruit pickers wanted, no experience needed. A registration fee of 150"
      + " pounds is payable before you start. Accommodation is provided for all seasonal staff.";
  private static final Path EXAMPLE = Path.of("..", "examples", "overlays", "job-portal.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode scan(String input, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("scan", "--format", "jsonl", "-"));
    args.addAll(List.of(options));
    Cli.Run r = Cli.runWithInput(input, args.toArray(String[]::new));
    assertThat(r.code()).as(r.toString()).isZero();
    return JSON.readTree(r.out());
  }

  private static List<String> ids(JsonNode line) {
    List<String> out = new ArrayList<>();
    line.get("findings").forEach(f -> out.add(f.get("indicator").asText()));
    return out;
  }

  @Test
  void theIssuesMinimalOverlay_changesScanExactlyAsWritten() throws Exception {
    Path overlay = Cli.write(dir, "my-portal.yaml", MINIMAL);
    String input = JSON.writeValueAsString(java.util.Map.of("id", "ad-1", "text", AD)) + "\n";
    JsonNode before = scan(input);
    assertThat(ids(before)).containsExactly(
        "en.offer.no_requirements", "en.fees.upfront", "en.conditions.accommodation_provided");
    assertThat(before.get("findings").get(1).get("weight").asDouble()).isEqualTo(0.5);
    assertThat(before.has("overlays")).isFalse();
    assertThat(before.get("level").asText()).isEqualTo("MEDIUM");

    JsonNode after = scan(input, "--overlay", overlay.toString());
    assertThat(ids(after)).containsExactly("en.fees.upfront"); // disabled, and allowed out
    JsonNode fee = after.get("findings").get(0);
    assertThat(fee.get("weight").asDouble()).isEqualTo(0.2);
    assertThat(fee.get("spans")).isEqualTo(before.get("findings").get(1).get("spans"));
    assertThat(after.get("score").asDouble()).isEqualTo(0.2);
    assertThat(after.get("level").asText()).isEqualTo("NONE");
    assertThat(after.get("overlays").get(0).asText()).isEqualTo("my-portal@1.0.0");
    assertThat(after.get("packs")).isEqualTo(before.get("packs"));
    Path html = dir.resolve("report.html");
    Cli.Run page = Cli.runWithInput(input, "scan", "--format", "html", "--output", html.toString(),
        "--overlay", overlay.toString(), "-");
    assertThat(page.code()).as(page.toString()).isZero();
    assertThat(Files.readString(html)).contains(" · overlays: my-portal@1.0.0");
  }

  @Test
  void explain_saysWhyForEachChange() throws Exception {
    Path overlay = Cli.write(dir, "my-portal.yaml", MINIMAL);
    Cli.Run r = Cli.run("explain", "--color", "never", "--overlay", overlay.toString(), AD);
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("Overlays:   my-portal@1.0.0")
        .contains("Overlay effects (4):")
        .contains("  disabled en.offer.no_requirements: disabled (would have fired, weight 0.1); evidence [31, 44)"
            + " \"no experience\"")
        .contains("  changed en.fees.upfront: weight 0.5 -> 0.2; evidence")
        .contains("  allowed-out en.conditions.accommodation_provided: allow 'accommodation is provided for all"
            + " seasonal staff' matched \"Accommodation is provided for all seasonal staff\" at 115-163;"
            + " evidence [115, 140) \"Accommodation is provided\"  [my-portal@1.0.0]")
        .contains("  outcome: without overlays: level MEDIUM")
        .containsPattern("en\\.conditions\\.accommodation_provided +en-core@1\\.0\\.0 +match no, unless no"
            + " \\(evidence in text an overlay allows was dropped\\) -> not fired");
  }

  @Test
  void theRepositorysJobPortalExample_applies() throws Exception {
    assertThat(EXAMPLE).exists();
    String text = "Seasonal fruit pickers needed, no experience needed. Apply now, positions fill fast!"
        + " Accommodation is provided for all seasonal staff. We will ask for a copy of your passport to check"
        + " your right to work. A registration fee of 150 pounds is payable before the interview. Job ref: SF-20931";
    String input = JSON.writeValueAsString(java.util.Map.of("id", "ad-2", "text", text)) + "\n";
    JsonNode before = scan(input);
    JsonNode after = scan(input, "--overlay", EXAMPLE.toString());
    // Entry-level and urgency cues are disabled, the template sentences allowed out: the fee stays,
    // and allowed text is neutral, so the right-to-work sentence cannot excuse it either.
    assertThat(ids(before)).contains("en.fees.upfront", "en.offer.no_requirements");
    assertThat(ids(after)).containsExactly("en.fees.upfront");
    assertThat(after.get("findings").get(0).get("weight").asDouble()).isEqualTo(0.6); // 0.5 × 1.2
    assertThat(after.get("level").asText()).isEqualTo("MEDIUM");
    assertThat(after.get("overlays").get(0).asText()).isEqualTo("job-portal-example@1.0.0");
  }

  @Test
  void eval_reportsPrecisionAndRecallWithAndWithout() throws Exception {
    Path overlay = Cli.write(dir, "my-portal.yaml", MINIMAL);
    Path data = Path.of("..", "samples", "ads.jsonl");
    Path report = dir.resolve("eval.md");
    Cli.Run r = Cli.run("eval", data.toString(), "--label-column", "label", "--positive", "concerning",
        "--overlay", overlay.toString(), "--report", report.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Without and with overlays (my-portal@1.0.0):")
        .containsPattern("THRESHOLD/CATEGORY +PREC\\.W/O +PREC\\.WITH +DELTA +REC\\.W/O +REC\\.WITH +DELTA")
        .containsPattern("\\nMEDIUM\\+ +\\d\\.\\d{3} +\\d\\.\\d{3} +[+-]\\d\\.\\d{3} +\\d\\.\\d{3} +\\d\\.\\d{3}")
        .containsPattern("\\nRECRUITMENT_FRAUD +\\d\\.\\d{3}");
    assertThat(Files.readString(report)).contains("## Without and with overlays (my-portal@1.0.0)");
    Path html = dir.resolve("eval.html");
    assertThat(Cli.run("eval", data.toString(), "--label-column", "label", "--positive", "concerning",
        "--overlay", overlay.toString(), "--report", html.toString()).code()).isZero();
    assertThat(Files.readString(html)).contains("<h2>Without and with overlays (my-portal@1.0.0)</h2>");
    Cli.Run plain = Cli.run("eval", data.toString(), "--label-column", "label", "--positive", "concerning");
    assertThat(plain.out()).doesNotContain("Without and with overlays");
  }

  @Test
  void test_skipsDisabledIndicators_andNamesTheAllowRuleThatRemovesAHit() throws Exception {
    Path overlay = Cli.write(dir, "my-portal.yaml", MINIMAL);
    Cli.Run r = Cli.run("test", "--overlay", overlay.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("\\d+ passed, 0 failed, 6 skipped \\(disabled by the overlay\\)");
    Path allow = Cli.write(dir, "allow.yaml", "overlay: a\nversion: 1.0.0\nallow: [\"no experience needed\"]\n");
    Cli.Run failing = Cli.run("test", "--overlay", allow.toString());
    assertThat(failing.code()).isEqualTo(ExitCodes.FOUND);
    assertThat(failing.out()).contains("FAIL en-core@1.0.0 en.offer.no_requirements: expected a hit")
        .contains("     overlay: allow 'no experience needed' matched \"No experience needed\" at 0-20 [a@1.0.0]\n");
  }

  /** The first {@code yaml} block after {@code heading} in a Markdown file of the repository. */
  private static String yamlBlock(String file, String heading) throws Exception {
    String md = Files.readString(Path.of("..", file));
    int at = md.indexOf(heading);
    assertThat(at).as(heading + " in " + file).isNotNegative();
    int start = md.indexOf("```yaml\n", at) + "```yaml\n".length();
    return md.substring(start, md.indexOf("```", start));
  }

  @Test
  void theOverlaysInTheReadmeAndTheDocs_applyToTheBuiltInPacksAsWritten() throws Exception {
    String[][] blocks = {
      {"README.md", "## Tuning with overlays"},
      {"docs/overlays.md", "## A minimal overlay"},
      {"docs/overlays.md", "## Format"},
    };
    for (String[] b : blocks) {
      Path overlay = Cli.write(dir, "doc.yaml", yamlBlock(b[0], b[1]));
      Cli.Run r = Cli.runWithInput("{\"text\":\"" + AD + "\"}\n", "scan", "--overlay", overlay.toString(), "-");
      assertThat(r.code()).as(b[0] + " " + b[1] + "\n" + r).isZero();
      assertThat(r.err()).as(b[0] + " " + b[1]).doesNotContain("warning");
      assertThat(JSON.readTree(r.out()).get("overlays")).hasSize(1);
    }
  }

  @Test
  void lint_checksAnOverlaysFormatAndItsIdsAgainstThePacks() throws Exception {
    Cli.Run ok = Cli.run("lint", EXAMPLE.toString());
    assertThat(ok.code()).as(ok.toString()).isZero();
    assertThat(ok.out()).contains("0 errors");
    Path unknown = Cli.write(dir, "unknown.yaml",
        "overlay: p\nversion: 1.0.0\nindicators:\n  en.offer.*: {weight: 0.1}\n  en.offer.renamed: {disable: true}\n");
    Cli.Run r = Cli.run("lint", unknown.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FOUND);
    assertThat(r.out()).contains(unknown + ":5:3: error: no loaded pack has an indicator matching 'en.offer.renamed'");
    Path bad = Cli.write(dir, "bad.yaml", "overlay: p\nversion: 1.0.0\nallow: [{regex: \"(a\"}]\n");
    Cli.Run broken = Cli.run("lint", bad.toString());
    assertThat(broken.code()).isEqualTo(ExitCodes.FOUND);
    assertThat(broken.out()).contains(bad + ":3:").contains("error: regex refused");
    // an overlay for a pack linted beside it
    Path pack = Cli.pack(dir);
    Path forPack = Cli.write(dir, "for-pack.yaml", "overlay: p\nversion: 1.0.0\nindicators:\n  t.docs: {weight: 0.2}\n");
    assertThat(Cli.run("lint", "--no-builtin", pack.toString(), forPack.toString()).code()).isZero();
  }

  @Test
  void brokenOrUnknown_refusedWithItsLocation_orWarnedWhenLenient() throws Exception {
    Path bad = Cli.write(dir, "bad.yaml", "overlay: p\nversion: 1.0.0\nindicators:\n  en.fees.upfront: {weight: -0.5}\n");
    Cli.Run r = Cli.runWithInput("x\n", "scan", "--overlay", bad.toString(), "-");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains(bad + ":4:").contains("weight -0.5 is not in (0, 1]");

    Path unknown = Cli.write(dir, "unknown.yaml", "overlay: p\nversion: 1.0.0\nindicators:\n  en.offer.renamed: {disable: true}\n");
    Cli.Run refused = Cli.runWithInput("x\n", "scan", "--overlay", unknown.toString(), "-");
    assertThat(refused.code()).isNotZero();
    assertThat(refused.err()).contains(unknown + ":4:3: no loaded pack has an indicator matching 'en.offer.renamed'");
    Cli.Run lenient = Cli.runWithInput("x\n", "scan", "--lenient", "--overlay", unknown.toString(), "-");
    assertThat(lenient.code()).as(lenient.toString()).isZero();
    assertThat(lenient.err()).contains(unknown + ":4:3: warning: no loaded pack has an indicator matching");
  }
}
