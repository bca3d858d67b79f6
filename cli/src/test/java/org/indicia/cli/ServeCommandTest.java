package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.indicia.Detector;
import org.indicia.ReloadingDetector;
import org.indicia.cli.serve.Server;
import org.junit.jupiter.api.Test;

/** {@code serve} answers exactly what {@code scan} writes, on the sample ads and built-in packs. */
class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void assess_matchesScan_onTheSampleAds() throws Exception {
    Path samples = Path.of("..", "samples", "ads.jsonl");
    Cli.Run scan = Cli.run("scan", samples.toString());
    assertThat(scan.code()).as(scan.toString()).isZero();

    ArrayNode docs = JSON.createArrayNode();
    for (String line : Files.readAllLines(samples, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        docs.add(JSON.readTree(line));
      }
    }
    Server.PackSource source = () -> Detector.builder().withBuiltInPacks();
    try (Server server = Server.start(
        new Server.Config("127.0.0.1", 0, 1 << 20, 100, 2),
        ReloadingDetector.of(source.builder().build()), source, line -> {})) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(server.uri().resolve("/v1/assess"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(
                  JSON.createObjectNode().set("documents", docs).toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      List<String> served = new ArrayList<>();
      for (JsonNode n : JSON.readTree(r.body()).get("results")) {
        served.add(JSON.writeValueAsString(n));
      }
      List<String> scanned = new ArrayList<>();
      for (String line : scan.outLines()) {
        scanned.add(JSON.writeValueAsString(JSON.readTree(line)));
      }
      assertThat(served).hasSize(docs.size()).containsExactlyElementsOf(scanned);
      assertThat(scanned).anyMatch(l -> l.contains("\"level\":\"HIGH\""));
    }
  }

  @Test
  void serve_refusesBadLimits() {
    Cli.Run r = Cli.run("serve", "--port", "70000");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bad server limits");
  }
}
