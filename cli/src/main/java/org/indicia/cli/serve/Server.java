package org.indicia.cli.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Explanation;
import org.indicia.ReloadingDetector;
import org.indicia.RulePack;
import org.indicia.RulePackException;
import org.indicia.Span;
import org.indicia.cli.Json;

/**
 * The screening service on the JDK's {@code com.sun.net.httpserver}:
 *
 * <ul>
 *   <li>{@code POST /v1/assess}: {@code {"id","text","language"?}} or {@code {"documents":[...]}};
 *       answers the {@code scan} JSON record, or {@code {"results":[record, ...]}} for a batch;
 *       {@code ?guidance=true} adds each finding's guidance, as {@code scan --guidance};
 *   <li>{@code POST /v1/explain}: one document; its record and how it was assessed;
 *   <li>{@code POST /v1/reload}: reads the packs again and swaps them in atomically; a broken pack
 *       is refused (422, with file, line and fault) and the previous packs keep serving;
 *   <li>{@code GET /healthz}, {@code GET /metrics} (plain text), {@code GET /} and {@code POST /}:
 *       the page where a person pastes a text.
 * </ul>
 *
 * Limits answer with JSON errors: 413 body or batch too large, 400 malformed JSON or fields, 415
 * wrong content type, 503 (with {@code Retry-After}) when {@code maxConcurrent} assessments are
 * already running, 403 for a foreign {@code Host} on a loopback server (DNS rebinding), 404, 405.
 * {@code POST /v1/*} needs {@code Content-Type: application/json}, which a cross-site form cannot
 * send. Nothing is logged; {@code log} receives reload outcomes only, never text.
 */
public final class Server implements AutoCloseable {
  /**
   * How the server listens and what it accepts.
   *
   * @param host the address to bind ({@code 127.0.0.1} unless told otherwise)
   * @param port the port; 0 picks a free one
   * @param maxBodyBytes the largest request body
   * @param maxBatch the most documents in one {@code /v1/assess} request
   * @param maxConcurrent the most requests assessing at once; more get 503
   */
  public record Config(String host, int port, int maxBodyBytes, int maxBatch, int maxConcurrent) {
    public Config {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65_535 || maxBodyBytes < 1 || maxBatch < 1 || maxConcurrent < 1) {
        throw new IllegalArgumentException("bad server limits: " + this);
      }
    }

    /** Loopback, port 8080, 1 MiB bodies, batches of 100, two assessments per core. */
    public static Config defaults() {
      return new Config("127.0.0.1", 8080, 1 << 20, 100,
          2 * Runtime.getRuntime().availableProcessors());
    }
  }

  /** Where reloads read the packs from (each call reads the files again). */
  @FunctionalInterface
  public interface PackSource {
    Detector.Builder builder() throws RulePackException;
  }

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm
    // and the client's delayed ACK add ~40 ms to every response. Read once, when the JDK server's
    // configuration loads, so set before the first server is created; a value set by the
    // embedding application wins.
    setIfAbsent("sun.net.httpserver.nodelay", "true");
    // A client that trickles its request or never reads the answer is cut after 30 s, so slow
    // connections cannot hold the handler threads.
    setIfAbsent("sun.net.httpserver.maxReqTime", "30");
    setIfAbsent("sun.net.httpserver.maxRspTime", "30");
  }

  private static void setIfAbsent(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}");
  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final Config config;
  private final ReloadingDetector live;
  private final PackSource source;
  private final Consumer<String> log;
  /** Assessment slots; package-private so tests can fill them without timing. */
  final Semaphore permits;
  private final Metrics metrics = new Metrics();
  private final ObjectMapper mapper;
  private final HttpServer http;
  private final ThreadPoolExecutor executor;
  private final boolean loopback;

  private Server(Config config, ReloadingDetector live, PackSource source, Consumer<String> log)
      throws IOException {
    this.config = config;
    this.live = live;
    this.source = source;
    this.log = log;
    this.permits = new Semaphore(config.maxConcurrent());
    this.mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(32).maxStringLength(config.maxBodyBytes()).build());
    InetAddress address = InetAddress.getByName(config.host());
    this.loopback = address.isLoopbackAddress();
    this.http = HttpServer.create(new InetSocketAddress(address, config.port()), 128);
    // Handler threads beyond the permits answer 503 at once instead of queueing unseen; when even
    // the queue is full, the accepting thread runs the handler itself, which slows accepting.
    int threads = 2 * config.maxConcurrent() + 2;
    this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(256), r -> {
          Thread t = new Thread(r, "indicia-serve");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    http.setExecutor(executor);
    http.createContext("/", this::handle);
  }

  /**
   * Starts serving.
   *
   * @param log receives one line per reload (packs swapped in, or the refusal with its location)
   * @throws IOException if the address cannot be bound
   */
  public static Server start(
      Config config, ReloadingDetector live, PackSource source, Consumer<String> log)
      throws IOException {
    Server s = new Server(config, live, source, log);
    s.http.start();
    return s;
  }

  /** The port bound (the chosen one when the config said 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = http.getAddress().getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
  }

  /** Stops at once: closes every connection, stops the threads. */
  @Override
  public void close() {
    stop(0);
  }

  /** Stops accepting, lets running exchanges finish for up to {@code seconds}, stops the threads. */
  public void stop(int seconds) {
    http.stop(seconds);
    executor.shutdownNow();
  }

  // ------------------------------------------------------------------ dispatch

  /** A response: status, content type, body, extra headers. */
  private record Reply(int status, String type, byte[] body, Map<String, String> headers) {}

  /** A request refused with a status and a message for the client. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final Map<String, String> headers;

    Refused(int status, String message) {
      this(status, message, Map.of());
    }

    Refused(int status, String message, Map<String, String> headers) {
      super(message, null, false, false);
      this.status = status;
      this.headers = headers;
    }
  }

  private void handle(HttpExchange ex) {
    long start = System.nanoTime();
    String route = "other";
    Reply reply;
    try {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod();
      route = route(path);
      checkHost(ex);
      reply = switch (route) {
        case "/v1/assess" -> post(method, () -> assess(ex, false));
        case "/v1/explain" -> post(method, () -> assess(ex, true));
        case "/v1/reload" -> post(method, () -> reload(ex));
        case "/healthz" -> get(method, this::health);
        case "/metrics" -> get(method, () -> text(200, metrics.text(inFlight())));
        case "/" -> method.equals("GET") ? html(200, Page.render(null, null, null, null))
            : post(method, () -> page(ex));
        default -> throw new Refused(404, "no such endpoint; see GET / and POST /v1/assess");
      };
    } catch (Refused e) {
      if (e.status == 503) {
        metrics.saturated.increment();
      }
      reply = error(e.status, e.getMessage(), e.headers);
    } catch (IOException e) {
      reply = error(400, "could not read the request: " + e.getClass().getSimpleName(), Map.of());
    } catch (RuntimeException e) {
      reply = error(500, "internal error: " + e.getClass().getName(), Map.of());
    }
    // Counted before sending, so a client that got its answer finds it in /metrics.
    metrics.request(route, reply.status(), System.nanoTime() - start);
    send(ex, reply);
  }

  private static String route(String path) {
    return switch (path) {
      case "/v1/assess", "/v1/explain", "/v1/reload", "/healthz", "/metrics", "/" -> path;
      default -> "other";
    };
  }

  /** On a loopback server, refuses a Host that is not loopback: a DNS-rebinding page's. */
  private void checkHost(HttpExchange ex) throws Refused {
    if (!loopback) {
      return;
    }
    String host = ex.getRequestHeaders().getFirst("Host");
    if (host == null) {
      return; // HTTP/1.0: no name to rebind
    }
    String name = host.startsWith("[")
        ? host.substring(0, host.indexOf(']') + 1)
        : host.replaceFirst(":\\d*$", "");
    name = name.toLowerCase(Locale.ROOT);
    if (!(name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]"))) {
      throw new Refused(403, "this server answers only to localhost, 127.0.0.1 or [::1]");
    }
  }

  private interface Action {
    Reply run() throws Refused, IOException;
  }

  private static Reply post(String method, Action a) throws Refused, IOException {
    if (!method.equals("POST")) {
      throw new Refused(405, "use POST", Map.of("Allow", "POST"));
    }
    return a.run();
  }

  private static Reply get(String method, Action a) throws Refused, IOException {
    if (!method.equals("GET")) {
      throw new Refused(405, "use GET", Map.of("Allow", "GET"));
    }
    return a.run();
  }

  private int inFlight() {
    return config.maxConcurrent() - permits.availablePermits();
  }

  // ------------------------------------------------------------------ endpoints

  private Reply health() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("status", "ok");
      packs(g, live.current());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json(200, w.toString());
  }

  /** One document as the request gave it. */
  private record Doc(String id, String text, String language) {
    Document document() {
      Document d = Document.of(id, text);
      return language == null ? d : d.language(language.toLowerCase(Locale.ROOT));
    }
  }

  private Reply assess(HttpExchange ex, boolean explain) throws Refused, IOException {
    requireType(ex, JSON);
    byte[] body = body(ex);
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
    if (root == null || !root.isObject()) {
      throw new Refused(400, "expected a JSON object: {\"id\":...,\"text\":...} or"
          + " {\"documents\":[...]}");
    }
    boolean batch = root.has("documents");
    if (batch && explain) {
      throw new Refused(400, "/v1/explain takes one document, not \"documents\"");
    }
    List<Doc> docs = batch ? batch(root.get("documents")) : List.of(doc(root, "", 1));
    acquire();
    try {
      Detector detector = live.current(); // one pack version for the whole request
      if (explain) {
        Explanation e = detector.explain(docs.get(0).document());
        metrics.documents.increment();
        return json(200, explanation(e));
      }
      List<String> records = new ArrayList<>(docs.size());
      boolean guidance = guidance(ex);
      for (Doc d : docs) {
        records.add(Json.line(detector.assess(d.document()), guidance));
      }
      metrics.documents.add(docs.size());
      return json(200, batch ? "{\"results\":[" + String.join(",", records) + "]}" : records.get(0));
    } finally {
      permits.release();
    }
  }

  /** {@code ?guidance=true}: the records carry each finding's guidance, as {@code scan --guidance}. */
  private static boolean guidance(HttpExchange ex) {
    String q = ex.getRequestURI().getRawQuery();
    return q != null && java.util.Arrays.asList(q.split("&")).contains("guidance=true");
  }

  private List<Doc> batch(JsonNode documents) throws Refused {
    if (!documents.isArray()) {
      throw new Refused(400, "\"documents\" must be an array of {\"id\",\"text\"} objects");
    }
    if (documents.isEmpty()) {
      throw new Refused(400, "\"documents\" is empty");
    }
    if (documents.size() > config.maxBatch()) {
      throw new Refused(413, "a batch of " + documents.size() + " documents; the limit is "
          + config.maxBatch() + " per request");
    }
    List<Doc> out = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      out.add(doc(documents.get(i), "documents[" + i + "].", i + 1));
    }
    return out;
  }

  private static Doc doc(JsonNode n, String where, int position) throws Refused {
    if (!n.isObject()) {
      throw new Refused(400, where + " must be an object with \"text\"");
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual()) {
      throw new Refused(400, where + "text: a string is required");
    }
    JsonNode id = n.get("id");
    String ids;
    if (id == null || id.isNull()) {
      ids = Integer.toString(position);
    } else if (id.isTextual() || id.isIntegralNumber()) {
      ids = id.asText();
    } else {
      throw new Refused(400, where + "id: a string or an integer is required");
    }
    JsonNode lang = n.has("language") ? n.get("language") : n.get("lang");
    String language = null;
    if (lang != null && !lang.isNull()) {
      if (!lang.isTextual() || !LANGUAGE.matcher(lang.asText()).matches()) {
        throw new Refused(400, where + "language: a two- or three-letter code such as \"en\"");
      }
      language = lang.asText();
    }
    return new Doc(ids, text.asText(), language);
  }

  private String explanation(Explanation e) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeFieldName("assessment");
      g.writeRawValue(Json.line(e.assessment()));
      g.writeStringField("normalized", e.normalized());
      g.writeArrayFieldStart("tokens");
      for (String t : e.tokens()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("atoms");
      for (Explanation.AtomHit h : e.atoms()) {
        g.writeStartObject();
        g.writeStringField("atom", h.atom());
        span(g, h.span());
        g.writeArrayFieldStart("folds");
        for (var k : h.folds()) {
          g.writeString(k.name());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("indicators");
      for (Explanation.IndicatorTrace t : e.indicators()) {
        g.writeStartObject();
        g.writeStringField("indicator", t.indicator());
        g.writeStringField("pack", t.pack());
        g.writeBooleanField("languageApplied", t.languageApplied());
        g.writeBooleanField("matched", t.matched());
        g.writeNumberField("negatedHits", t.negatedHits());
        g.writeNumberField("foldRefusedHits", t.foldRefusedHits());
        g.writeBooleanField("excluded", t.excluded());
        g.writeBooleanField("fired", t.fired());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!e.assessment().overlays().isEmpty()) { // what the overlays changed, only when there are some
        g.writeArrayFieldStart("overlayEffects");
        for (Explanation.OverlayEffect fx : e.overlayEffects()) {
          g.writeStartObject();
          g.writeStringField("kind", fx.kind().name());
          g.writeStringField("overlay", fx.overlay());
          g.writeStringField("indicator", fx.indicator());
          g.writeStringField("detail", fx.detail());
          g.writeArrayFieldStart("spans");
          for (Span s : fx.spans()) {
            g.writeStartObject();
            span(g, s);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
  }

  private synchronized Reply reload(HttpExchange ex) throws Refused, IOException {
    requireType(ex, JSON);
    body(ex); // read and ignored: no options yet
    ReloadingDetector.Reload r;
    try {
      r = live.reload(source.builder());
    } catch (RulePackException e) {
      List<String> current = live.current().packs().stream().map(RulePack::idAtVersion).toList();
      r = new ReloadingDetector.Reload(false, current, java.util.Optional.of(e));
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeBooleanField("reloaded", r.swapped());
      if (r.error().isPresent()) {
        g.writeStringField("error", r.error().get().getMessage());
      }
      g.writeArrayFieldStart("packs");
      for (String p : r.packs()) {
        g.writeString(p);
      }
      g.writeEndArray();
      List<String> overlays = live.current().overlays(); // serving now: the new, or the previous kept
      if (!overlays.isEmpty()) {
        g.writeArrayFieldStart("overlays");
        for (String o : overlays) {
          g.writeString(o);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    if (r.swapped()) {
      metrics.reloads.increment();
      log.accept("reloaded: " + String.join(", ", r.packs()));
    } else {
      metrics.reloadsRefused.increment();
      log.accept("reload refused, previous packs keep serving: " + r.error().get().getMessage());
    }
    return json(r.swapped() ? 200 : 422, w.toString());
  }

  private Reply page(HttpExchange ex) throws Refused, IOException {
    requireType(ex, FORM);
    Map<String, String> form = form(new String(body(ex), StandardCharsets.UTF_8));
    // Browsers send a textarea's line breaks as CRLF; the person typed (and sees) LF.
    String text = form.getOrDefault("text", "").replace("\r\n", "\n");
    String lang = form.getOrDefault("lang", "");
    if (text.isBlank()) {
      return html(400, Page.render(text, lang, null, "Paste a text to assess."));
    }
    if (!lang.isEmpty() && !LANGUAGE.matcher(lang).matches()) {
      return html(400, Page.render(text, "", null, "Unknown language."));
    }
    acquire();
    try {
      Explanation e = live.current()
          .explain(new Doc("pasted text", text, lang.isEmpty() ? null : lang).document());
      metrics.documents.increment();
      return html(200, Page.render(text, lang, e, null));
    } finally {
      permits.release();
    }
  }

  private static Map<String, String> form(String body) throws Refused {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      try {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new Refused(400, "malformed form data");
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ limits and replies

  private void acquire() throws Refused {
    if (!permits.tryAcquire()) {
      throw new Refused(503, "saturated: " + config.maxConcurrent()
          + " requests are being assessed; retry shortly", Map.of("Retry-After", "1"));
    }
  }

  private static void requireType(HttpExchange ex, String wanted) throws Refused {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    String[] parts = type == null ? new String[] {""} : type.split(";");
    boolean ok = parts[0].strip().equalsIgnoreCase(wanted);
    for (int i = 1; ok && i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String cs = p.substring(8).replace("\"", "");
        ok = cs.equals("utf-8") || cs.equals("utf8");
      }
    }
    if (!ok) {
      throw new Refused(415, "Content-Type must be " + wanted + " (UTF-8)");
    }
  }

  private byte[] body(HttpExchange ex) throws Refused, IOException {
    int max = config.maxBodyBytes();
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new Refused(400, "bad Content-Length");
      }
      if (n > max) {
        throw new Refused(413, "request body of " + n + " bytes; the limit is " + max);
      }
    }
    try (InputStream in = ex.getRequestBody()) {
      byte[] b = in.readNBytes(max + 1);
      if (b.length > max) {
        throw new Refused(413, "request body over the limit of " + max + " bytes");
      }
      return b;
    }
  }

  private static Refused malformed(JsonProcessingException e) {
    var at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    // Jackson's own message may quote the input: only its location goes back.
    return new Refused(400, "malformed JSON" + where);
  }

  private static Reply json(int status, String body) {
    return new Reply(status, "application/json; charset=utf-8",
        body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private static Reply text(int status, String body) {
    return new Reply(status, "text/plain; version=0.0.4; charset=utf-8",
        body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private static Reply html(int status, String page) {
    return new Reply(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Security-Policy", Page.CSP + "; frame-ancestors 'none'"));
  }

  private static Reply error(int status, String message, Map<String, String> headers) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeNumberField("status", status);
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Reply r = json(status, w.toString());
    return new Reply(r.status(), r.type(), r.body(), headers);
  }

  private static void packs(JsonGenerator g, Detector d) throws IOException {
    g.writeArrayFieldStart("packs");
    for (RulePack p : d.packs()) {
      g.writeString(p.idAtVersion());
    }
    g.writeEndArray();
  }

  private static void send(HttpExchange ex, Reply r) {
    try (ex) {
      var h = ex.getResponseHeaders();
      h.set("Content-Type", r.type());
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Cache-Control", "no-store");
      h.set("Referrer-Policy", "no-referrer");
      r.headers().forEach(h::set);
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    } catch (IOException e) {
      // the client went away: nothing to tell it
    }
  }
}
