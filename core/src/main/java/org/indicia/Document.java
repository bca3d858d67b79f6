package org.indicia;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A text to assess, with an id for the caller's bookkeeping and an optional language hint.
 * Immutable: {@link #language(String)} returns a copy.
 */
public final class Document {
  private final String id;
  private final String text;
  private final String language;

  private Document(String id, String text, String language) {
    this.id = id;
    this.text = text;
    this.language = language;
  }

  /**
   * A document with no language hint.
   *
   * @throws NullPointerException if {@code id} or {@code text} is null
   */
  public static Document of(String id, String text) {
    return new Document(Objects.requireNonNull(id, "id"), Objects.requireNonNull(text, "text"), null);
  }

  /**
   * This document with a language hint (ISO 639-1, e.g. {@code "fr"}), which wins over detection.
   *
   * @throws IllegalArgumentException if the code is not two or three ASCII letters
   */
  public Document language(String code) {
    Objects.requireNonNull(code, "code");
    String c = code.toLowerCase(Locale.ROOT);
    if (!c.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("language code must be 2-3 letters: " + code);
    }
    return new Document(id, text, c);
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  /** The caller's language hint, if any. */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }
}
