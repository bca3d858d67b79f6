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
import java.util.List;
import org.indicia.DetectedLanguage;
import org.indicia.Entity;
import org.indicia.Evasion;
import org.indicia.Finding;
import org.indicia.Framing;
import org.indicia.Span;
import org.indicia.share.ShareKey;

/**
 * The JSON Lines shape of an assessment, one object per line:
 *
 * <pre>{@code
 * {"id":"…","level":"HIGH","score":0.85,"languages":["en"],"truncated":false,
 *  "framing":{"advisory":false,"ordinary":false,"cues":{"advisory":0,"situated":2}},
 *  "categories":{"DOCUMENT_RETENTION":0.7,"RECRUITMENT_FRAUD":0.5},
 *  "findings":[{"indicator":"en.documents.retained","category":"DOCUMENT_RETENTION",
 *  "weight":0.7,"strong":true,"counted":true,"pack":"en-core@1.0.0",
 *  "spans":[{"start":12,"end":40,"text":"…"}],
 *  "evasions":[{"kind":"LEETSPEAK","start":21,"end":29,"text":"p4ssp0rt"}]}, …],
 *  "packs":["en-core@1.0.0","fr-core@1.0.0"],
 *  "entities":[{"type":"phone","value":"+15085550142","start":50,"end":62,"obscured":false}]}
 * }</pre>
 *
 * A finding that did not count fully carries a {@code reason}; a category's score is the noisy-OR
 * {@code 1 - Π(1 - weight)} of its counted findings, and the score the noisy-OR of the categories,
 * so the score can be checked from the line alone; only when {@code framing.advisory} or {@code
 * framing.ordinary} is true is the level held at LOW below what the score reaches. A finding's evasions are the disguises undone
 * inside its spans. {@code packs} names every pack version the assessment ran on (also when
 * nothing was found), so a result says which packs produced it even while packs are reloaded;
 * {@code overlays} (present only when overlays were applied) names the policy overlays likewise,
 * as {@code name@version}.
 *
 * Offsets are UTF-16 indexes into the original text, end exclusive. The score is rounded to four
 * decimals. Surrogate chars are written as {@code \\uXXXX} escapes, so a lone surrogate in a span
 * survives as valid JSON and the output stays valid UTF-8. Thread-safe.
 */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final CharacterEscapes ESCAPES = new SurrogateEscapes();

  private Json() {}

  /** The assessment as one line of JSON, without the line break. */
  public static String line(Assessment a) {
    return line(a, false, null);
  }

  /**
   * The assessment as one line of JSON; with {@code guidance}, each finding that has guidance
   * also carries {@code "guidance":{"worker":…,"reviewer":…,"helpline":…}} (the parts present).
   */
  public static String line(Assessment a, boolean guidance) {
    return line(a, guidance, null);
  }

  /**
   * The assessment as one line of JSON. With a share key (share mode), entity values are keyed
   * hashes and spans and evasions carry offsets only, so no text of the document is written.
   */
  static String line(Assessment a, boolean guidance, ShareKey share) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = generator(w)) {
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
      framing(g, a.framing(), share == null);
      g.writeObjectFieldStart("categories");
      for (var c : a.categoryScores().entrySet()) {
        g.writeNumberField(c.getKey().name(), round(c.getValue()));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : a.findings()) {
        finding(g, f, a.evasions(), guidance, share == null);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("packs");
      for (String p : a.packs()) {
        g.writeString(p);
      }
      g.writeEndArray();
      if (!a.overlays().isEmpty()) { // only with --overlay, so lines without one are unchanged
        g.writeArrayFieldStart("overlays");
        for (String o : a.overlays()) {
          g.writeString(o);
        }
        g.writeEndArray();
      }
      entities(g, share == null ? a.entities() : share.protect(a.entities()));
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  /** A generator with these escapes (surrogates as {@code \\uXXXX}), for other JSON outputs. */
  public static JsonGenerator generator(java.io.Writer w) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(w);
    g.setCharacterEscapes(ESCAPES);
    return g;
  }

  private static void finding(
      JsonGenerator g, Finding f, List<Evasion> evasions, boolean guidance, boolean withText)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", f.indicator());
    g.writeStringField("category", f.category().name());
    g.writeNumberField("weight", f.weight());
    g.writeBooleanField("strong", f.strong());
    g.writeBooleanField("counted", f.counted());
    if (f.scoring() != Finding.Scoring.COUNTED) {
      g.writeStringField("reason", scoring(f));
    }
    g.writeStringField("pack", f.pack());
    g.writeArrayFieldStart("spans");
    for (Span s : f.spans()) {
      span(g, s, withText);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("evasions");
    for (Evasion e : evasions) {
      if (inside(e.span(), f.spans())) {
        g.writeStartObject();
        g.writeStringField("kind", e.kind().name());
        g.writeNumberField("start", e.span().start());
        g.writeNumberField("end", e.span().end());
        if (withText) {
          g.writeStringField("text", e.span().text());
        }
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    if (guidance && !f.guidance().isEmpty()) {
      g.writeObjectFieldStart("guidance");
      part(g, "worker", f.guidance().worker());
      part(g, "reviewer", f.guidance().reviewer());
      part(g, "helpline", f.guidance().helpline());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * {@code "framing":{"advisory":true,"ordinary":false,"cues":{"advisory":3,"situated":1},"spans":[…]}}:
   * whether the text reads as advisory material or as an ordinary text (its level then held at
   * LOW), the cue counts, and why it reads so when it does (the advisory cues or the model's
   * strongest features).
   */
  private static void framing(JsonGenerator g, Framing f, boolean withText) throws IOException {
    g.writeObjectFieldStart("framing");
    g.writeBooleanField("advisory", f.advisory());
    g.writeBooleanField("ordinary", f.ordinary());
    g.writeObjectFieldStart("cues");
    g.writeNumberField("advisory", f.advisoryCues());
    g.writeNumberField("situated", f.situatedCues());
    g.writeEndObject();
    if (!f.evidence().isEmpty()) {
      g.writeArrayFieldStart("spans");
      for (Span s : f.evidence()) {
        span(g, s, withText);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span s, boolean withText) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    if (withText) {
      g.writeStringField("text", s.text());
    }
    g.writeEndObject();
  }

  /**
   * The {@code "entities"} array: {@code {"type":"phone","value":"+15085550142","start":..,
   * "end":..,"obscured":true}}, with {@code "platform"} on handles (and messenger phones) and
   * {@code "currency"} on money.
   */
  private static void entities(JsonGenerator g, List<Entity> entities) throws IOException {
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

  private static boolean inside(Span e, List<Span> spans) {
    for (Span s : spans) {
      if (s.start() <= e.start() && e.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** How a finding counted, in words: "counted", or why it did not (fully). */
  static String scoring(Finding f) {
    switch (f.scoring()) {
      case UNCORROBORATED:
        return "not counted: a corroborating or sensitive cue counts only beside a plain cue of"
            + " another category";
      case SCORE_ONLY:
        return "score only: a sensitive cue adds to the score but never raises the level";
      case LEARNED:
        return "learned: the category model's reading of the words, corroborating the rules' findings; in its"
            + " category's score, never in the overall score or the level";
      default:
        return "counted";
    }
  }

  private static void part(JsonGenerator g, String name, String text) throws IOException {
    if (!text.isEmpty()) {
      g.writeStringField(name, text);
    }
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
