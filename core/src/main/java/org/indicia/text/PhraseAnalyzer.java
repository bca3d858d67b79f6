package org.indicia.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyses a pack phrase as text is analysed (the basic folds, then the tokenizer with the pack's
 * elisions): the one place a phrase becomes words, for the matcher, the pack loader and the
 * linter alike, so they cannot drift apart. Holds scratch buffers: one instance per thread.
 * Internal.
 */
public final class PhraseAnalyzer {
  /**
   * One word of a phrase, folded.
   *
   * @param wildcard whether the phrase wrote {@code *} right after it: the word is a prefix
   */
  public record Word(String text, boolean wildcard) {}

  private final TextNormalizer normalizer;
  private final Tokenizer tokenizer;
  private final NormalizedText buffer = new NormalizedText();
  private final Tokens tokens = new Tokens();

  public PhraseAnalyzer(TextNormalizer normalizer, Tokenizer tokenizer) {
    this.normalizer = normalizer;
    this.tokenizer = tokenizer;
  }

  /** The phrase's words, in order; empty when it has none (only punctuation, say). */
  public List<Word> words(String phrase) {
    normalizer.normalize(phrase, phrase.length(), buffer);
    tokenizer.tokenize(buffer.buffer(), buffer.length(), tokens);
    char[] c = buffer.buffer();
    List<Word> out = new ArrayList<>(tokens.count());
    for (int t = 0; t < tokens.count(); t++) {
      int s = tokens.start(t);
      int e = tokens.end(t);
      out.add(new Word(new String(c, s, e - s), e < buffer.length() && c[e] == '*'));
    }
    return out;
  }
}
