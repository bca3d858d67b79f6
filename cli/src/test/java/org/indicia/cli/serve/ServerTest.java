package org.indicia.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.ReloadingDetector;
import org.indicia.cli.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
  static final String PACK = String.join("\n",
      "pack: t-en",
      "language: en",
      "version: VERSION",
      "description: A pack for the server tests.",
      "lexicons:",
      "  docs: [passport, documents]",
      "indicators:",
      "  - id: t.docs",
      "    category: DOCUMENT_RETENTION",
      "    weight: 0.7",
      "    strong: true",
      "    description: The employer keeps the documents.",
      "    source: Test.",
      "    match: {near: {within: 4, all: [[keep, hold], \"@docs\"]}}",
      "    examples: {hit: [\"We keep your passport.\"], miss: [\"Bring your passport.\"]}",
      "  - id: t.fee",
      "    category: RECRUITMENT_FRAUD",
      "    weight: 0.5",
      "    description: The worker pays to get the job.",
      "    source: Test.",
      "    match: [\"recruitment fee\", \"processing fee\"]",
      "    examples: {hit: [\"A processing fee is due.\"], miss: [\"A fee.\"]}",
      "");
  private static final String SECRET = "Zanzibar-marker";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path packFile;
  private ReloadingDetector live;
  private Server server;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    packFile = Files.writeString(dir.resolve("t.yaml"), PACK.replace("VERSION", "1.0.0"));
    Server.PackSource source = () -> Detector.builder().addPack(packFile);
    live = ReloadingDetector.of(source.builder().build());
    server = Server.start(new Server.Config("127.0.0.1", 0, 4096, 3, 2), live, source, log::add);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, String type, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> assess(String body) throws Exception {
    return post("/v1/assess", "application/json", body);
  }

  private static String expected(Detector d, String id, String text) {
    return Json.line(d.assess(Document.of(id, text).language("en")));
  }

  @Test
  void assess_one_answersTheScanRecord() throws Exception {
    String text = "We keep your passport. A processing fee applies. " + SECRET;
    HttpResponse<String> r = assess(JSON.createObjectNode().put("id", "a").put("text", text)
        .put("language", "en").toString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(r.body()).isEqualTo(expected(live.current(), "a", text));
    assertThat(JSON.readTree(r.body()).get("level").asText()).isEqualTo("HIGH");
  }

  @Test
  void assess_batch_answersOneRecordEachInOrder() throws Exception {
    HttpResponse<String> r = assess("{\"documents\":[{\"id\":\"x\",\"text\":\"keep passport\","
        + "\"language\":\"en\"},{\"text\":\"hello\",\"lang\":\"en\"}]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"results\":[" + expected(live.current(), "x", "keep passport")
        + "," + expected(live.current(), "2", "hello") + "]}");
  }

  @Test
  void explain_answersTheRecordAndTheTrace() throws Exception {
    HttpResponse<String> r = post("/v1/explain", "application/json",
        "{\"id\":\"e\",\"text\":\"We k33p your passport\",\"language\":\"en\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode n = JSON.readTree(r.body());
    assertThat(n.get("assessment").get("findings").get(0).get("indicator").asText())
        .isEqualTo("t.docs");
    assertThat(n.get("normalized").asText()).contains("keep your passport");
    assertThat(n.get("indicators").get(0).get("fired").asBoolean()).isTrue();
    assertThat(n.get("atoms")).isNotEmpty();
  }

  @Test
  void badRequests_getClearJsonErrors() throws Exception {
    assertError(assess("{\"text\": \"unterminated"), 400, "malformed JSON at line 1");
    assertError(assess("{\"text\":1}"), 400, "text: a string is required");
    assertError(assess("[1,2]"), 400, "expected a JSON object");
    assertError(assess("{\"text\":\"a\"} {}"), 400, "malformed JSON");
    assertError(assess("{\"text\":\"a\",\"language\":\"<x>\"}"), 400, "language");
    assertError(assess("{\"documents\":[{\"text\":\"a\"},{\"text\":\"b\"},{\"text\":\"c\"},"
        + "{\"text\":\"d\"}]}"), 413, "limit is 3");
    assertError(assess("{\"text\":\"" + "a".repeat(5000) + "\"}"), 413, "limit is 4096");
    assertError(post("/v1/assess", "text/plain", "{\"text\":\"a\"}"), 415, "application/json");
    assertError(post("/v1/assess", null, "{\"text\":\"a\"}"), 415, "application/json");
    assertError(post("/v1/assess", "application/json; charset=latin1", "{\"text\":\"a\"}"), 415,
        "UTF-8");
    assertError(get("/v1/assess"), 405, "use POST");
    assertError(get("/nope"), 404, "no such endpoint");
    assertError(post("/v1/explain", "application/json", "{\"documents\":[]}"), 400, "one document");
  }

  private static void assertError(HttpResponse<String> r, int status, String message)
      throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode n = JSON.readTree(r.body());
    assertThat(n.get("status").asInt()).isEqualTo(status);
    assertThat(n.get("error").asText()).contains(message).doesNotContain("unterminated");
  }

  @Test
  void saturated_answers503WithRetryAfter_thenServesAgain() throws Exception {
    server.permits.acquire(2); // both assessment slots busy
    try {
      HttpResponse<String> r = assess("{\"text\":\"keep passport\"}");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(get("/healthz").statusCode()).isEqualTo(200); // probes still answer
    } finally {
      server.permits.release(2);
    }
    assertThat(assess("{\"text\":\"keep passport\"}").statusCode()).isEqualTo(200);
    assertThat(get("/metrics").body())
        .contains("indicia_requests_saturated_total 1")
        .contains("indicia_requests_total{route=\"/v1/assess\",status=\"503\"} 1")
        .contains("indicia_requests_total{route=\"/v1/assess\",status=\"200\"} 1");
  }

  @Test
  void reload_swapsPacks_andRefusesABrokenOneKeepingThePrevious() throws Exception {
    assertThat(get("/healthz").body()).contains("t-en@1.0.0");
    Files.writeString(packFile, PACK.replace("VERSION", "2.0.0"));
    HttpResponse<String> ok = post("/v1/reload", "application/json", "{}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\"reloaded\":true,\"packs\":[\"t-en@2.0.0\"]}");
    Files.writeString(packFile, PACK.replace("VERSION", "3.0.0").replace("0.7", "7"));
    HttpResponse<String> refused = post("/v1/reload", "application/json", "");
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode n = JSON.readTree(refused.body());
    assertThat(n.get("reloaded").asBoolean()).isFalse();
    assertThat(n.get("error").asText()).contains("t.yaml").containsPattern(":\\d+");
    assertThat(n.get("packs").get(0).asText()).isEqualTo("t-en@2.0.0");
    HttpResponse<String> r = assess("{\"text\":\"keep passport\"}");
    assertThat(JSON.readTree(r.body()).get("findings").get(0).get("pack").asText())
        .isEqualTo("t-en@2.0.0");
    assertThat(post("/v1/reload", "text/plain", "{}").statusCode()).isEqualTo(415);
    assertThat(log).hasSize(2);
    assertThat(log.get(1)).startsWith("reload refused, previous packs keep serving:");
  }

  @Test
  void reload_readsOverlaysWithThePacks_andRefusesABrokenOverlayKeepingThePrevious() throws Exception {
    Path overlay = Files.writeString(dir.resolve("portal.yaml"),
        "overlay: portal\nversion: 1.0.0\nindicators:\n  t.fee: {disable: true}\n");
    Server.PackSource source = () -> Detector.builder().addPack(packFile).overlay(overlay);
    ReloadingDetector withOverlay = ReloadingDetector.of(source.builder().build());
    server.close(); // the one @BeforeEach started; @AfterEach closes this one
    server = Server.start(new Server.Config("127.0.0.1", 0, 4096, 3, 2), withOverlay, source, log::add);
    {
      JsonNode before = JSON.readTree(assess("{\"text\":\"keep passport, recruitment fee\"}").body());
      assertThat(before.get("overlays").get(0).asText()).isEqualTo("portal@1.0.0");
      assertThat(before.get("findings")).hasSize(1);
      JsonNode explained = JSON.readTree(post("/v1/explain", "application/json",
          "{\"text\":\"keep passport, recruitment fee\"}").body());
      assertThat(explained.get("overlayEffects").get(0).get("kind").asText()).isEqualTo("DISABLED");
      assertThat(explained.get("overlayEffects").get(0).get("indicator").asText()).isEqualTo("t.fee");
      assertThat(explained.get("overlayEffects").get(0).get("spans").get(0).get("text").asText())
          .isEqualTo("recruitment fee");

      Files.writeString(overlay, "overlay: portal\nversion: 2.0.0\nindicators:\n  t.gone: {disable: true}\n");
      HttpResponse<String> refused = post("/v1/reload", "application/json", "{}");
      assertThat(refused.statusCode()).isEqualTo(422);
      JsonNode n = JSON.readTree(refused.body());
      assertThat(n.get("error").asText()).startsWith(overlay + ":4:3: ").contains("t.gone");
      assertThat(n.get("overlays").get(0).asText()).isEqualTo("portal@1.0.0");
      JsonNode still = JSON.readTree(assess("{\"text\":\"keep passport, recruitment fee\"}").body());
      assertThat(still.get("overlays").get(0).asText()).isEqualTo("portal@1.0.0");
      assertThat(still.get("findings")).hasSize(1);

      Files.writeString(overlay, "overlay: portal\nversion: 3.0.0\nindicators:\n  t.fee: {weight: 0.2}\n");
      HttpResponse<String> ok = post("/v1/reload", "application/json", "{}");
      assertThat(ok.body()).isEqualTo("{\"reloaded\":true,\"packs\":[\"t-en@1.0.0\"],\"overlays\":[\"portal@3.0.0\"]}");
      JsonNode after = JSON.readTree(assess("{\"text\":\"keep passport, recruitment fee\"}").body());
      assertThat(after.get("findings")).hasSize(2);
      assertThat(after.get("findings").get(1).get("weight").asDouble()).isEqualTo(0.2);
    }
  }

  @Test
  void page_rendersHostileTextAsText() throws Exception {
    HttpResponse<String> empty = get("/");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'; style-src 'sha256-").endsWith("frame-ancestors 'none'");
    String text = "\n</textarea><script>alert(1)</script><img src=x onerror=alert(1)>"
        + " We keep your passport. " + SECRET;
    HttpResponse<String> r = post("/", "application/x-www-form-urlencoded",
        "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&lang=en");
    assertThat(r.statusCode()).isEqualTo(200);
    org.jsoup.nodes.Document doc = Jsoup.parse(r.body());
    assertThat(doc.select("script, img, [onerror]")).isEmpty();
    assertThat(doc.select("textarea")).hasSize(1);
    // jsoup keeps the newline after <textarea> that browsers drop (the browser test checks them)
    assertThat(doc.selectFirst("textarea").wholeText()).isIn(text, "\n" + text);
    assertThat(doc.selectFirst("article .text").wholeText()).isEqualTo(text);
    Element mark = doc.selectFirst("article mark");
    assertThat(mark.attr("data-indicator")).isEqualTo("t.docs");
    assertThat(doc.select(".explanation td code")).extracting(Element::text).contains("t.docs");
    assertThat(doc.selectFirst("option[selected]").val()).isEqualTo("en");
    assertThat(post("/", "application/x-www-form-urlencoded", "text=").statusCode()).isEqualTo(400);
    assertThat(post("/", "application/json", "{}").statusCode()).isEqualTo(415);
    assertThat(log).noneMatch(l -> l.contains(SECRET));
  }

  @Test
  void assess_guidanceQuery_addsTheGuidance() throws Exception {
    Server.PackSource source = () -> Detector.builder().addPack(packFile).helpline("Call 555-0100.");
    try (Server s = Server.start(new Server.Config("127.0.0.1", 0, 4096, 3, 2),
        ReloadingDetector.of(source.builder().build()), source, l -> {})) {
      String body = "{\"text\":\"keep passport\"}";
      HttpResponse<String> with = client.send(HttpRequest.newBuilder(
              s.uri().resolve("/v1/assess?guidance=true"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(JSON.readTree(with.body()).get("findings").get(0).get("guidance").toString())
          .isEqualTo("{\"helpline\":\"Call 555-0100.\"}");
      HttpResponse<String> without = client.send(HttpRequest.newBuilder(s.uri().resolve("/v1/assess"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(without.body()).doesNotContain("guidance");
    }
  }

  @Test
  void foreignHost_isRefused() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(("GET /healthz HTTP/1.1\r\nHost: evil.example:" + server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 403").contains("answers only to localhost");
    }
    assertThat(client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + server.port() + "/healthz")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
  }
}
