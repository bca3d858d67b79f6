package org.indicia.lang;

import java.util.List;
import java.util.Set;
import org.indicia.DetectedLanguage;

/**
 * Tells which of the loaded languages a text is in. Called only when no hint was given and more
 * than one language is loaded. Implementations are thread-safe. Internal.
 */
public interface LanguageIdentifier {
  /**
   * The languages of {@code text} among {@code loaded}, most likely first, each with source
   * {@code DETECTED}; an empty list when unsure (the engine then applies every loaded language).
   */
  List<DetectedLanguage> identify(CharSequence text, Set<String> loaded);

  /** An identifier that is never sure: every loaded language applies to every text. */
  static LanguageIdentifier none() {
    return (text, loaded) -> List.of();
  }
}
