package org.indicia.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of the loaded packs as word sequences, for the readings only a whole phrase can
 * confirm: a short word in leetspeak ({@code n0}, {@code 1n}, {@code 0ff}, {@code $m$}) or an
 * emoji that stands for a word ({@code 🆕}) is read as letters or as that word only when the
 * words around it then spell a pack phrase ({@code n0 d4ys 0ff} → {@code no days off}). Words
 * are normalized by {@link TextNormalizer#basic()}; a wildcard word keeps its trailing {@code *}.
 * Immutable, thread-safe. Internal.
 */
public final class PhraseBook {
  /** Phrases longer than this are not indexed (the matcher's own limit). */
  static final int MAX_WORDS = 16;

  private final String[][] phrases;
  /** Word → (phrase index, word position) pairs, packed as {@code phrase << 4 | position}. */
  private final Map<String, int[]> byWord;

  /** Word → bit mask of the languages whose packs use it (bit k: the k-th language in sorted order). */
  private final Map<String, Integer> languages;

  private PhraseBook(String[][] phrases, Map<String, int[]> byWord, Map<String, Integer> languages) {
    this.phrases = phrases;
    this.byWord = byWord;
    this.languages = languages;
  }

  /** Indexes {@code phrases} (pack phrase texts as written; duplicates are harmless). */
  public static PhraseBook of(Collection<String> phrases) {
    return of(phrases, Map.of());
  }

  /**
   * Indexes {@code phrases}, and which languages' packs use each word ({@code wordsByLanguage},
   * normalized words per language): an emoji with no phrase around it takes the word of the
   * language its neighbours are in.
   */
  public static PhraseBook of(Collection<String> phrases, Map<String, ? extends Collection<String>> wordsByLanguage) {
    Map<String, Integer> languages = new HashMap<>();
    int bit = 0;
    for (String l : new java.util.TreeSet<>(wordsByLanguage.keySet())) {
      if (bit < 31) {
        int b = 1 << bit++;
        for (String w : wordsByLanguage.get(l)) {
          languages.merge(w, b, (x, y) -> x | y);
        }
      }
    }
    return build(phrases, languages);
  }

  private static PhraseBook build(Collection<String> phrases, Map<String, Integer> languages) {
    TextNormalizer basic = TextNormalizer.basic();
    List<String[]> list = new ArrayList<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (String p : phrases) {
      String[] words = basic.normalize(p).split("[^\\p{L}\\p{N}*]+");
      List<String> kept = new ArrayList<>(words.length);
      for (String w : words) {
        if (!w.isEmpty() && !w.equals("*")) {
          kept.add(w);
        }
      }
      if (kept.size() < 2 || kept.size() > MAX_WORDS) {
        continue; // one word needs no context; the vocabulary decides it
      }
      int id = list.size();
      list.add(kept.toArray(new String[0]));
      for (int k = 0; k < kept.size(); k++) {
        index.computeIfAbsent(kept.get(k), w -> new ArrayList<>()).add(id << 4 | k);
      }
    }
    Map<String, int[]> byWord = new HashMap<>();
    index.forEach((w, ids) -> byWord.put(w, ids.stream().mapToInt(Integer::intValue).toArray()));
    return new PhraseBook(list.toArray(new String[0][]), byWord, Map.copyOf(languages));
  }

  /** The languages (bit mask) whose packs use word {@code w}; 0 when unknown. */
  int languages(String w) {
    return languages.getOrDefault(w, 0);
  }

  /** (phrase, position) pairs of the phrases holding {@code word}, or null. */
  int[] containing(String word) {
    return byWord.get(word);
  }

  String[] phrase(int id) {
    return phrases[id];
  }

  /**
   * Whether text word {@code c[s, e)} reads as phrase word {@code pw}: the same word, a word with
   * the wildcard's prefix, or (both at least 3 letters) a word with the same stem, as near as a
   * prefix tells ({@code days} for {@code day}, {@code hits} for {@code hit}). Loose on purpose:
   * it only decides whether to try a reading; the matcher decides whether a phrase fires.
   */
  static boolean reads(char[] c, int s, int e, String pw) {
    int len = e - s;
    int pl = pw.length();
    if (pl > 0 && pw.charAt(pl - 1) == '*') {
      return len >= pl - 1 && startsWith(c, s, pw, pl - 1);
    }
    if (len == pl && startsWith(c, s, pw, pl)) {
      return true;
    }
    int shorter = Math.min(len, pl);
    if (shorter < 3 || Math.abs(len - pl) > 3) {
      return false;
    }
    int common = 0;
    while (common < shorter && c[s + common] == pw.charAt(common)) {
      common++;
    }
    return common >= Math.max(3, shorter - 1);
  }

  private static boolean startsWith(char[] c, int s, String pw, int n) {
    for (int k = 0; k < n; k++) {
      if (c[s + k] != pw.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
