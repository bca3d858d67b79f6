package org.indicia.entity;

import java.util.Map;

/**
 * Number words of English and French as they are used to spell out phone numbers: English digit
 * by digit ("five oh eight"), French in pairs ("zéro six, douze, trente-quatre"), so a French
 * word stands for one digit below ten and two digits from ten to 99.
 */
final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> EN = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("oh", 0), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));

  /** French words with a value of their own (0-20, tens). */
  private static final Map<String, Integer> FR = Map.ofEntries(
      Map.entry("zéro", 0), Map.entry("zero", 0), Map.entry("un", 1), Map.entry("deux", 2),
      Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
      Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
      Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14),
      Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("vingts", 20),
      Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
      Map.entry("soixante", 60), Map.entry("septante", 70), Map.entry("huitante", 80),
      Map.entry("octante", 80), Map.entry("nonante", 90));

  /** Chars in the longest number word of either language. */
  static final int MAX_LENGTH = java.util.stream.Stream.concat(EN.keySet().stream(), FR.keySet().stream())
      .mapToInt(String::length).max().orElse(0);

  /** Length, first and last char of every number word, lower-case: most words are ruled out by these alone. */
  private static final java.util.BitSet SHAPES = new java.util.BitSet();

  static {
    java.util.stream.Stream.concat(EN.keySet().stream(), FR.keySet().stream())
        .forEach(w -> SHAPES.set(shape(w.length(), w.charAt(0), w.charAt(w.length() - 1))));
  }

  private static int shape(int length, char first, char last) {
    return (length * 128 + first) * 128 + last;
  }

  /**
   * False when {@code text[from, to)} cannot be a number word of either language, without
   * building the lower-case word: its length, first or last char rules it out. Every number word
   * begins and ends with an ASCII letter.
   */
  static boolean mayBe(String text, int from, int to) {
    int length = to - from;
    if (length < 2 || length > MAX_LENGTH) {
      return false;
    }
    char first = Character.toLowerCase(text.charAt(from));
    char last = Character.toLowerCase(text.charAt(to - 1));
    return first < 128 && last < 128 && SHAPES.get(shape(length, first, last));
  }

  /** The English digit of a lower-case word, or -1. */
  static int english(String w) {
    return EN.getOrDefault(w, -1);
  }

  /** The French value (0-90) of a lower-case word, or -1. */
  static int french(String w) {
    return FR.getOrDefault(w, -1);
  }

  static boolean isFrenchTens(int v) {
    return v >= 20 && v % 10 == 0;
  }

  /** Whether a word is a number word of either language. */
  static boolean isNumberWord(String w) {
    return EN.containsKey(w) || FR.containsKey(w);
  }
}
