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
   * This document with a language hint, which wins over detection: an ISO 639 code ({@code "fr"})
   * or a BCP 47 tag ({@code "fr-CA"}, {@code "en_US"}), of which the primary language is kept. A
   * hint for a language with no loaded pack applies no pack: the assessment's {@code packs()} is
   * empty and its level NONE (check {@code Detector.languages()} first to avoid that).
   *
   * @throws IllegalArgumentException if the code is not a language tag
   */
  public Document language(String code) {
    Objects.requireNonNull(code, "code");
    String c = primaryLanguage(code);
    if (c == null) {
      throw new IllegalArgumentException(
          "language must be an ISO 639 code or a BCP 47 tag such as en-US");
    }
    return new Document(id, text, c);
  }

  /**
   * The primary language of a tag, lower case ({@code en-US} and {@code en_us} give {@code en}),
   * or null when {@code tag} is not a language tag: 2-3 ASCII letters, then optional subtags of
   * 1-8 letters or digits separated by '-' or '_'.
   */
  static String primaryLanguage(String tag) {
    if (tag == null || tag.length() > 64 || !TAG.matcher(tag).matches()) {
      return null;
    }
    int cut = 0;
    while (cut < tag.length() && tag.charAt(cut) != '-' && tag.charAt(cut) != '_') {
      cut++;
    }
    return tag.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

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
