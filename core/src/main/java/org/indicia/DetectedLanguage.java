package org.indicia;

import java.util.Objects;

/**
 * A language the detector applied to a text, with its confidence in [0, 1] and how it was
 * decided.
 */
public record DetectedLanguage(String code, double confidence, Source source) {
  /** How a language was chosen for a text. */
  public enum Source {
    /** The caller's hint ({@link Document#language(String)}). */
    HINT,
    /** The only language loaded, so no detection was needed. */
    ONLY_LOADED,
    /** The statistical language detector. */
    DETECTED,
    /** The detector was unsure; every loaded language was applied. */
    FALLBACK
  }

  public DetectedLanguage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence " + confidence + " not in [0, 1]");
    }
  }
}
