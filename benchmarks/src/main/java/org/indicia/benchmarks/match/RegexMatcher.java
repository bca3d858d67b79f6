package org.indicia.benchmarks.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code \b(?:p1|p2|...)\b} with {@code CASE_INSENSITIVE | UNICODE_CASE}, longest phrases first so
 * that the alternation takes the longest phrase at each start. A backtracking matcher tries every
 * alternative at every position, so matching slows down linearly with the number of phrases; above
 * {@code -Dindicia.bench.regex.maxPhrases} (default 10,000) it refuses, and the report says n/a.
 */
final class RegexMatcher implements PhraseMatcherFacade {

  static final int MAX_PHRASES = Integer.getInteger("indicia.bench.regex.maxPhrases", 10_000);

  private final Pattern pattern;

  RegexMatcher(List<String> phrases) {
    if (phrases.size() > MAX_PHRASES) {
      throw new UnsupportedOperationException(
          "REGEX is guarded above "
              + MAX_PHRASES
              + " phrases (one alternation tried at every position would take minutes per"
              + " iteration); raise -Dindicia.bench.regex.maxPhrases to try");
    }
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder regex = new StringBuilder(phrases.size() * 16).append("\\b(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        regex.append('|');
      }
      regex.append(Pattern.quote(sorted.get(i)));
    }
    regex.append(")\\b");
    try {
      this.pattern =
          Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (StackOverflowError e) {
      throw new UnsupportedOperationException("REGEX: Pattern.compile overflowed the stack", e);
    }
  }

  @Override
  public int countMatches(String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
