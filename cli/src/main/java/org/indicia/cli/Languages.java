package org.indicia.cli;

import org.indicia.Document;

/** Language hints as {@code Document.language} accepts them: ISO 639 codes, BCP 47 tags. */
final class Languages {
  private static final Document PROBE = Document.of("", "");

  private Languages() {}

  /** Whether {@code tag} is a language tag {@link Document#language} accepts. */
  static boolean valid(String tag) {
    return primary(tag) != null;
  }

  /** The primary language of a tag, lower case ({@code fr-CA} gives {@code fr}), or null. */
  static String primary(String tag) {
    if (tag == null) {
      return null;
    }
    try {
      return PROBE.language(tag).language().orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
