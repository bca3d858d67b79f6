package org.indicia.lang;

import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.indicia.spi.LanguageModule;
import org.indicia.spi.LanguageProfile;
import org.indicia.spi.Stemmer;

/**
 * The language profiles of the language modules on the class path or module path, found once per
 * JVM with {@link ServiceLoader}: the one place core learns anything about a language. A language
 * without a module gets an empty profile. Thread-safe. Internal.
 */
public final class Languages {
  private Languages() {}

  /** The profile of a language: its module's, or an empty one. */
  public static LanguageProfile profile(String language) {
    LanguageProfile p = Loaded.PROFILES.get(language);
    return p != null ? p : LanguageProfile.of(language);
  }

  /** Whether packs of the language can be stemmed (see {@link #newStemmer}). */
  public static boolean canStem(String language) {
    return profile(language).hasStemmer() || snowball(language) != null;
  }

  /**
   * A new stemmer for the language, for one thread: its module's, else OpenNLP's Snowball stemmer
   * named after the language (in English), when there is one.
   *
   * @throws IllegalArgumentException if there is neither
   */
  public static Stemmer newStemmer(String language) {
    LanguageProfile p = profile(language);
    if (p.hasStemmer()) {
      return p.newStemmer().orElseThrow();
    }
    SnowballStemmer.ALGORITHM a = snowball(language);
    if (a == null) {
      throw new IllegalArgumentException("no stemmer for language " + language);
    }
    return new SnowballStemmer(a)::stem;
  }

  private static SnowballStemmer.ALGORITHM snowball(String language) {
    if (!language.matches("[a-z]{2,3}")) {
      return null;
    }
    String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).toUpperCase(Locale.ROOT);
    for (SnowballStemmer.ALGORITHM a : SnowballStemmer.ALGORITHM.values()) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }

  /**
   * Loaded on first use. Several modules may ship packs of one language, but only one may give
   * it a (non-empty) profile.
   */
  private static final class Loaded {
    static final Map<String, LanguageProfile> PROFILES = load();

    private static Map<String, LanguageProfile> load() {
      Map<String, LanguageProfile> out = new TreeMap<>();
      for (LanguageModule m : ServiceLoader.load(LanguageModule.class, Languages.class.getClassLoader())) {
        LanguageProfile p = m.profile();
        if (!p.language().equals(m.language())) {
          throw new IllegalStateException(m.getClass().getName() + " gives a profile of " + p.language()
              + " for language " + m.language());
        }
        if (p.isEmpty()) {
          continue; // a module that only adds packs
        }
        LanguageProfile prior = out.putIfAbsent(p.language(), p);
        if (prior != null) {
          throw new IllegalStateException("two language modules give a profile of " + p.language());
        }
      }
      return Map.copyOf(out);
    }
  }
}
