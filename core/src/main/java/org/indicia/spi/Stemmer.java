package org.indicia.spi;

import java.util.Locale;
import java.util.function.Supplier;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Reduces a folded word to its stem, so that a pack phrase matches the word's other forms. An
 * instance may keep state between calls: the engine asks a {@link LanguageProfile} for one per
 * thread.
 */
@FunctionalInterface
public interface Stemmer {
  /** The stem of a word already folded (lower case, accents removed as the pack asks). */
  CharSequence stem(CharSequence word);

  /**
   * OpenNLP's Snowball stemmer, by algorithm name ({@code "english"}, {@code "french"},
   * {@code "spanish"}, ...: the names of {@code SnowballStemmer.ALGORITHM}).
   *
   * @throws IllegalArgumentException if OpenNLP has no such algorithm
   */
  static Supplier<Stemmer> snowball(String algorithm) {
    SnowballStemmer.ALGORITHM a;
    try {
      a = SnowballStemmer.ALGORITHM.valueOf(algorithm.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no Snowball stemmer named " + algorithm, e);
    }
    return () -> new SnowballStemmer(a)::stem;
  }
}
