package org.indicia.match;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * A bare phrase set over Indicia's matcher: normalization, tokenization and matching, no rules.
 * For benchmarks that compare the matcher with other phrase-search libraries on the same job
 * (case-insensitive, whole-word phrase search). Two behaviours follow from the analysis: phrases
 * that fold alike are one phrase ({@code gardé} and {@code garde}), and a match does not cross
 * clause punctuation ({@code . , ; : ! ?}) or a line break. Immutable and thread-safe. Internal.
 */
public final class PhraseSet {
  private final TextNormalizer normalizer = TextNormalizer.basic();
  private final Tokenizer tokenizer = new Tokenizer(List.of());
  private final AtomMatcher matcher;
  private static final boolean[] NO_REGEX = new boolean[0];
  private final ConcurrentLinkedDeque<State> pool = new ConcurrentLinkedDeque<>();

  private static final class State {
    final NormalizedText text = new NormalizedText();
    final Tokens tokens = new Tokens();
    final AtomMatcher.Scratch scratch = new AtomMatcher.Scratch();
    final Hits hits = new Hits();
  }

  private PhraseSet(AtomMatcher matcher) {
    this.matcher = matcher;
  }

  /**
   * Compiles phrases (words separated by spaces; {@code word*} is a suffix wildcard).
   *
   * @throws IllegalArgumentException if a phrase has no words
   */
  public static PhraseSet compile(Collection<String> phrases) {
    AtomMatcher.Builder b = new AtomMatcher.Builder(TextNormalizer.basic(), new Tokenizer(List.of()));
    for (String p : phrases) {
      try {
        b.addPhrase(p, null);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("phrase '" + p + "': " + e.getMessage(), e);
      }
    }
    return new PhraseSet(b.build());
  }

  /** Number of distinct phrases after analysis. */
  public int size() {
    return matcher.atomCount();
  }

  /** Number of phrase occurrences in {@code text}. */
  public int count(CharSequence text) {
    State s = pool.pollFirst();
    if (s == null) {
      s = new State();
    }
    try {
      normalizer.normalize(text, text.length(), s.text);
      tokenizer.tokenize(s.text.buffer(), s.text.length(), s.tokens);
      matcher.scan(s.text, s.tokens, 0, NO_REGEX, s.scratch, s.hits);
      return s.hits.count();
    } finally {
      pool.offerFirst(s);
    }
  }
}
