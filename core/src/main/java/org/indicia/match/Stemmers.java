package org.indicia.match;

import java.util.Locale;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * OpenNLP's Snowball stemmers by ISO 639-1 code. A stemmer instance keeps state between calls, so
 * each thread's scratch holds its own. Internal.
 */
final class Stemmers {
  private Stemmers() {}

  /** Whether a Snowball stemmer exists for the language. */
  static boolean supports(String language) {
    return algorithm(language) != null;
  }

  static SnowballStemmer create(String language) {
    SnowballStemmer.ALGORITHM a = algorithm(language);
    if (a == null) {
      throw new IllegalArgumentException("no Snowball stemmer for language " + language);
    }
    return new SnowballStemmer(a);
  }

  private static SnowballStemmer.ALGORITHM algorithm(String language) {
    switch (language.toLowerCase(Locale.ROOT)) {
      case "en":
        return SnowballStemmer.ALGORITHM.ENGLISH;
      case "fr":
        return SnowballStemmer.ALGORITHM.FRENCH;
      case "de":
        return SnowballStemmer.ALGORITHM.GERMAN;
      case "es":
        return SnowballStemmer.ALGORITHM.SPANISH;
      case "it":
        return SnowballStemmer.ALGORITHM.ITALIAN;
      case "nl":
        return SnowballStemmer.ALGORITHM.DUTCH;
      case "pt":
        return SnowballStemmer.ALGORITHM.PORTUGUESE;
      case "ro":
        return SnowballStemmer.ALGORITHM.ROMANIAN;
      case "ru":
        return SnowballStemmer.ALGORITHM.RUSSIAN;
      default:
        return null;
    }
  }
}
