package org.indicia.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One ad of a benchmark corpus.
 *
 * @param id stable id inside its corpus, e.g. {@code syn-en-000042}
 * @param language {@code en}, {@code fr} or {@code mixed} (English and French paragraphs)
 * @param text the ad text
 * @param cues whether the generator put trafficking cue sentences in it (always false for real ads,
 *     where it is unknown)
 */
public record Ad(String id, String language, String text, boolean cues) {

  public Ad {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }

  /** The length of the text in UTF-8 bytes, the unit of every MB/s figure. */
  public int utf8Length() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
