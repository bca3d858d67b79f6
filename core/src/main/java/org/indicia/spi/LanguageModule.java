package org.indicia.spi;

import java.net.URL;
import java.util.List;

/**
 * A language module: ships the rule packs for one language and what the engine must know to read
 * it ({@link #profile()}). Implementations are found with {@link java.util.ServiceLoader}: on the
 * class path register them in {@code META-INF/services/org.indicia.spi.LanguageModule}, on the
 * module path with {@code provides org.indicia.spi.LanguageModule with ...}. Adding a module's
 * jar is then enough for {@code Detector.builder().withBuiltInPacks()} to load its packs, and
 * for packs of its language (its own or a user's) to be routed, stemmed and linted with its
 * profile. Core holds no language-specific data.
 */
public interface LanguageModule {
  /** The ISO 639-1 code of the language this module reads, e.g. {@code "fr"}. */
  String language();

  /** The module's packs (YAML or JSON resources), in load order; may be empty. */
  List<URL> packs();

  /**
   * The language's routing words, short-text cues, elisions, stemmer and lint word lists. The
   * default has none of them: texts are routed to the language by OpenNLP's model only.
   */
  default LanguageProfile profile() {
    return LanguageProfile.of(language());
  }
}
