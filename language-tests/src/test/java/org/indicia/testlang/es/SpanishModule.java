package org.indicia.testlang.es;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.indicia.spi.LanguageModule;
import org.indicia.spi.LanguageProfile;
import org.indicia.spi.Stemmer;

/**
 * A third language written the way someone outside the project would: a test-only Spanish module,
 * registered in this test jar's {@code META-INF/services}, with one small pack and its profile.
 * Core has no line about Spanish.
 */
public final class SpanishModule implements LanguageModule {
  /** Words stemmed by this module's stemmer: proves the engine asks the module, not a table of its own. */
  static final AtomicLong STEMMED = new AtomicLong();

  static final LanguageProfile PROFILE = LanguageProfile.builder("es")
      // de, la, que, y are French stop words too: shared, they count for neither
      .stopwords(List.of("de", "la", "que", "y", "el", "los", "las", "del", "lo", "al", "una", "unos",
          "unas", "para", "con", "por", "su", "sus", "muy", "pero", "como", "esta", "este", "esto", "estos", "estas", "son", "hay",
          "usted", "ustedes", "nosotros", "ella", "ellos", "tiene", "tienen", "ser", "estar", "porque",
          "cuando", "donde", "sin", "sobre", "mi", "mis", "yo", "ya", "tambien", "pues", "nuestro"))
      .shortTextCues(List.of("hola", "gracias", "trabajo", "dinero", "pasaporte", "jefe", "ayuda",
          "quiero", "necesito", "dia", "dias", "semana", "noche", "casa", "aqui"))
      .marks("ñÑ¿¡")
      .commonWords(List.of("trabajo", "empleo", "casa", "dinero", "dia", "semana", "hola", "gracias"))
      .stemmer(() -> {
        Stemmer snowball = Stemmer.snowball("spanish").get();
        return word -> {
          STEMMED.incrementAndGet();
          return snowball.stem(word);
        };
      })
      // a hand-written ordinary model: a text with "jaja" reads as ordinary, any other does not
      .ordinaryModel(Objects.requireNonNull(SpanishModule.class.getResource("es-ordinary.tsv"), "es-ordinary.tsv"))
      // a hand-written category model: a short text with "amenaza" reads as THREATS
      .categoryModel(Objects.requireNonNull(SpanishModule.class.getResource("es-categories.tsv"), "es-categories.tsv"))
      .build();

  @Override
  public String language() {
    return "es";
  }

  @Override
  public List<URL> packs() {
    return List.of(Objects.requireNonNull(SpanishModule.class.getResource("es-test.yaml"), "es-test.yaml"));
  }

  @Override
  public LanguageProfile profile() {
    return PROFILE;
  }
}
