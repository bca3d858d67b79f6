package org.indicia.benchmarks.match;

import java.util.List;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.ahocorasick.trie.handler.EmitHandler;

/** robert-bor Aho-Corasick: {@code Trie.builder().ignoreCase().onlyWholeWords()}. */
final class RobertBorMatcher implements PhraseMatcherFacade {

  private final Trie trie;

  RobertBorMatcher(List<String> phrases) {
    this.trie = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(phrases).build();
  }

  @Override
  public int countMatches(String text) {
    Counter counter = new Counter();
    trie.parseText(text, counter);
    return counter.count;
  }

  private static final class Counter implements EmitHandler {
    int count;

    @Override
    public boolean emit(Emit emit) {
      count++;
      return true;
    }
  }
}
