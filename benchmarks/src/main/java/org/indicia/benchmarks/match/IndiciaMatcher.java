package org.indicia.benchmarks.match;

import java.util.List;
import org.indicia.match.PhraseSet;

/** Indicia's {@link PhraseSet}: normalization (NFKC, case and accent folding), tokens, matching. */
final class IndiciaMatcher implements PhraseMatcherFacade {

  private final PhraseSet phrases;

  IndiciaMatcher(List<String> phrases) {
    this.phrases = PhraseSet.compile(phrases);
  }

  @Override
  public int countMatches(String text) {
    return phrases.count(text);
  }
}
