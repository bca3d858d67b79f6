package org.indicia.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.indicia.Entity;
import org.indicia.Span;
import org.indicia.entity.EntityExtractor;
import org.indicia.link.Cluster;
import org.indicia.link.LinkDocument;
import org.indicia.link.Linker;
import org.indicia.share.ShareKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia link}: groups documents into contact and template clusters, one JSON line each. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    header = "Groups documents that share a contact, or repost one template; one cluster per line.",
    sortOptions = false,
    description =
        "Reads JSONL documents ({\"id\":..,\"text\":..,\"lang\":..,\"city\":..}) or scan output"
            + " (records with an \"entities\" array, raw or hashed by --share-key), and writes one"
            + " JSON line per cluster of at least two documents: first contact clusters (a shared"
            + " phone, e-mail or messaging handle, directly or through a chain), then template"
            + " clusters (near-duplicates by MinHash, with the common template and its slots)."
            + " Malformed lines are reported on stderr with file and line; the rest is linked.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; 2  usage error, unreadable input or malformed records; 3  internal error"})
final class LinkCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "JSONL files; - or none: standard input.")
  List<String> files;

  @Option(
      names = "--share-key",
      paramLabel = "KEYFILE",
      description =
          "Share mode: link on HMAC-SHA256 keyed hashes of the contacts and write no text: shared"
              + " contacts as hashes, template clusters without their template and slots.")
  Path shareKeyFile;

  @Option(
      names = "--threshold",
      paramLabel = "J",
      defaultValue = "0.6",
      description = "Share of MinHash components near-duplicates agree on (default: ${DEFAULT-VALUE}).")
  double threshold = Linker.DEFAULT_TEMPLATE_THRESHOLD;

  @Override
  public Integer call() throws Exception {
    ShareKey key = ShareOptions.load(spec, shareKeyFile);
    Linker linker;
    try {
      linker = Linker.withTemplateThreshold(threshold);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threshold: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    List<String> inputs = files == null || files.isEmpty() ? List.of("-") : files;
    for (String f : inputs) {
      try (BufferedReader in = f.equals("-")
          ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          : Files.newBufferedReader(Path.of(f), StandardCharsets.UTF_8)) {
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          String error = add(linker, key, f, n, line);
          if (error != null) {
            failed++;
            err.println(f + ":" + n + ": " + error);
          }
        }
      } catch (IOException e) {
        err.println("indicia link: cannot read " + f + ": " + e.getClass().getSimpleName());
        return ExitCodes.USAGE;
      }
    }
    List<Cluster> clusters = linker.clusters();
    for (Cluster c : clusters) {
      out.println(line(c, key != null));
    }
    out.flush();
    err.println("indicia link: " + linker.size() + " documents, " + failed + " failed, " + clusters.size() + " clusters"
        + (key == null ? "" : " (share mode, key " + key.fingerprint() + ")"));
    return failed > 0 ? ExitCodes.USAGE : ExitCodes.OK;
  }

  /** Adds one record; returns the fault (never document text), or null. */
  private static String add(Linker linker, ShareKey key, String file, long n, String line) {
    JsonNode rec;
    try {
      rec = JSON.readTree(line);
    } catch (IOException e) {
      return "not valid JSON";
    }
    if (rec == null || !rec.isObject()) {
      return "not a JSON object";
    }
    String id = rec.hasNonNull("id") ? rec.get("id").asText() : file + ":" + n;
    String text = rec.hasNonNull("text") ? rec.get("text").asText() : "";
    String lang = rec.hasNonNull("lang") ? rec.get("lang").asText() : rec.hasNonNull("language") ? rec.get("language").asText() : "";
    if (lang.isEmpty() && rec.path("languages").isArray() && rec.get("languages").size() > 0) {
      lang = rec.get("languages").get(0).asText();
    }
    String city = rec.hasNonNull("city") ? rec.get("city").asText() : rec.hasNonNull("location") ? rec.get("location").asText() : "";
    List<Entity> entities;
    if (rec.path("entities").isArray()) {
      entities = new ArrayList<>();
      for (JsonNode e : rec.get("entities")) {
        Entity parsed = entity(e, text);
        if (parsed == null) {
          return "malformed entity in \"entities\"";
        }
        entities.add(parsed);
      }
    } else if (rec.hasNonNull("text")) {
      entities = EntityExtractor.extract(text, text.length(), EntityExtractor.regionsFor(lang.isEmpty() ? List.of() : List.of(lang)));
    } else {
      return "a record needs \"text\" or \"entities\"";
    }
    if (key != null) {
      entities = key.protect(entities);
    }
    linker.add(new LinkDocument(id, text, entities, city, lang));
    return null;
  }

  /** An entity as scan writes it; its span text is taken from the record's text when present. */
  private static Entity entity(JsonNode e, String text) {
    Entity.Type type = null;
    for (Entity.Type t : Entity.Type.values()) {
      if (t.key().equals(e.path("type").asText())) {
        type = t;
      }
    }
    String value = e.path("value").asText("");
    if (type == null || value.isEmpty()) {
      return null;
    }
    int start = e.path("start").asInt(0);
    int end = e.path("end").asInt(0);
    Span span = start >= 0 && start <= end && end <= text.length() ? new Span(start, end, text.substring(start, end))
        : new Span(0, 0, "");
    try {
      return new Entity(type, value, span, e.path("obscured").asBoolean(false), e.path("platform").asText(""),
          e.path("currency").asText(type == Entity.Type.MONEY ? "XXX" : ""));
    } catch (IllegalArgumentException x) {
      return null;
    }
  }

  /** One cluster as a JSON line; in share mode templates and slots (document text) are left out. */
  static String line(Cluster c, boolean share) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      g.writeNumberField("size", c.documents().size());
      g.writeArrayFieldStart("documents");
      for (String d : c.documents()) {
        g.writeString(d);
      }
      g.writeEndArray();
      if (c.kind() == Cluster.Kind.CONTACT) {
        g.writeArrayFieldStart("shared");
        for (String k : c.shared()) {
          int colon = k.indexOf(':');
          g.writeStartObject();
          g.writeStringField("type", k.substring(0, colon));
          g.writeStringField("value", k.substring(colon + 1));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeNumberField("cities", c.cities());
      g.writeNumberField("languages", c.languages());
      if (c.kind() == Cluster.Kind.TEMPLATE && !share) {
        g.writeStringField("template", c.template());
        g.writeArrayFieldStart("slots");
        for (List<String> slot : c.slots()) {
          g.writeStartArray();
          for (String v : slot) {
            g.writeString(v);
          }
          g.writeEndArray();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }
}
