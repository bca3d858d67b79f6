package org.indicia.benchmarks.match;

/**
 * One phrase matcher as the benchmarks see it: built once from a phrase list, then asked, text
 * after text, how many phrase hits it finds (case-insensitive, whole words). What counts as one hit
 * depends on the implementation: see {@link MatcherType.Semantics}. Implementations are immutable
 * after construction and safe to share between threads.
 */
public interface PhraseMatcherFacade extends AutoCloseable {

  /** The number of hits in {@code text}, in this implementation's {@link MatcherType.Semantics}. */
  int countMatches(String text);

  /** Releases resources (Lucene Monitor's index); a no-op for the others. */
  @Override
  default void close() {}
}
