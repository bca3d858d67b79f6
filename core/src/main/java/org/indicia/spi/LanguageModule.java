package org.indicia.spi;

import java.net.URL;
import java.util.List;

/**
 * A language module: ships the rule packs for one language. Implementations are found with
 * {@link java.util.ServiceLoader} (register them in {@code
 * META-INF/services/org.indicia.spi.LanguageModule}), so adding a module's jar to the classpath is
 * enough for {@code Detector.builder().withBuiltInPacks()} to load it.
 */
public interface LanguageModule {
  /** The ISO 639-1 code of the language this module reads, e.g. {@code "fr"}. */
  String language();

  /** The module's packs (YAML or JSON resources), in load order. */
  List<URL> packs();
}
