package org.indicia.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.indicia.Assessment;
import org.indicia.DetectedLanguage;
import org.indicia.Entity;
import org.indicia.Finding;
import org.indicia.Span;
import org.indicia.share.ShareKey;

/**
 * The JSON Lines shape of an assessment, one object per line:
 *
 * <pre>{@code
 * {"id":"…","level":"HIGH","score":0.83,"languages":["en"],"truncated":false,
 *  "findings":[{"indicator":"en.documents.retained","category":"DOCUMENT_RETENTION",
 *  "weight":0.7,"pack":"en-core@1.0.0","spans":[{"start":12,"end":40,"text":"…"}]}],
 *  "entities":[{"type":"phone","value":"+15085550142","start":50,"end":62,"obscured":false}]}
 * }</pre>
 *
 * Offsets are UTF-16 indexes into the original text, end exclusive. The score is rounded to four
 * decimals. Surrogate chars are written as {@code \\uXXXX} escapes, so a lone surrogate in a span
 * survives as valid JSON and the output stays valid UTF-8. Thread-safe.
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final CharacterEscapes ESCAPES = new SurrogateEscapes();

  private Json() {}

  /** The assessment as one line of JSON, without the line break. */
  static String line(Assessment a) {
    return line(a, null);
  }

  /**
   * The assessment as one line of JSON; with a share key (share mode), entity values are keyed
   * hashes and spans carry offsets only, so no text of the document is written.
   */
  static String line(Assessment a, ShareKey share) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.setCharacterEscapes(ESCAPES);
      g.writeStartObject();
      g.writeStringField("id", a.id());
      g.writeStringField("level", a.level().name());
      g.writeNumberField("score", round(a.score()));
      g.writeArrayFieldStart("languages");
      for (DetectedLanguage l : a.languages()) {
        g.writeString(l.code());
      }
      g.writeEndArray();
      g.writeBooleanField("truncated", a.truncated());
      g.writeArrayFieldStart("findings");
      for (Finding f : a.findings()) {
        finding(g, f, share == null);
      }
      g.writeEndArray();
      entities(g, share == null ? a.entities() : share.protect(a.entities()));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private static void finding(JsonGenerator g, Finding f, boolean withText) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", f.indicator());
    g.writeStringField("category", f.category().name());
    g.writeNumberField("weight", f.weight());
    g.writeStringField("pack", f.pack());
    g.writeArrayFieldStart("spans");
    for (Span s : f.spans()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      if (withText) {
        g.writeStringField("text", s.text());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The {@code "entities"} array: {@code {"type":"phone","value":"+15085550142","start":..,
   * "end":..,"obscured":true}}, with {@code "platform"} on handles (and messenger phones) and
   * {@code "currency"} on money.
   */
  private static void entities(JsonGenerator g, java.util.List<Entity> entities) throws IOException {
    g.writeArrayFieldStart("entities");
    for (Entity e : entities) {
      g.writeStartObject();
      g.writeStringField("type", e.type().key());
      g.writeStringField("value", e.value());
      g.writeNumberField("start", e.span().start());
      g.writeNumberField("end", e.span().end());
      g.writeBooleanField("obscured", e.obscured());
      if (!e.platform().isEmpty()) {
        g.writeStringField("platform", e.platform());
      }
      if (!e.currency().isEmpty()) {
        g.writeStringField("currency", e.currency());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A score rounded to four decimals, so the output reads well and stays byte-stable. */
  static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }

  /** Standard JSON escapes, plus every surrogate char as a {@code \\uXXXX} escape. */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (Character.isSurrogate((char) ch)) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
