package org.indicia.benchmarks.match;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * hankcs double-array Aho-Corasick over lower-cased phrases and lower-cased text; a hit counts when
 * the characters on both sides are not letters or digits (the library has no whole-word or
 * case-insensitive mode of its own).
 */
final class HankcsMatcher implements PhraseMatcherFacade {

  private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

  HankcsMatcher(List<String> phrases) {
    TreeMap<String, String> map = new TreeMap<>();
    for (String phrase : phrases) {
      String key = phrase.toLowerCase(Locale.ROOT);
      map.put(key, key);
    }
    trie.build(map);
  }

  @Override
  public int countMatches(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int[] count = {0};
    trie.parseText(
        lower,
        (begin, end, value) -> {
          if ((begin == 0 || !Character.isLetterOrDigit(lower.charAt(begin - 1)))
              && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
            count[0]++;
          }
        });
    return count[0];
  }
}
