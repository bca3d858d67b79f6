package org.indicia.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.indicia.DetectedLanguage;
import org.indicia.spi.LanguageProfile;
import org.indicia.match.TermTable;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokens;

/**
 * The language of a text too short for the stop-word count, chosen among the loaded languages by
 * adding up every signal a reader would use, each as points for one language:
 *
 * <ul>
 *   <li>function words (the router's stop words) and common short-message words of one language
 *       only ({@link LanguageProfile#shortTextCues()}): {@value #W_WORD} each;
 *   <li>words the packs of only one loaded language use in their phrases: {@value #W_VOCAB} each;
 *   <li>letters and marks one language writes ({@link LanguageProfile#marks()}, French's {@code
 *       é è ç « »}) and its elisions ({@link LanguageProfile#elisions()}, {@code l' qu'}):
 *       {@value #W_CHARS} per word, at most
 *       {@value #MAX_CHAR_WORDS} words;
 *   <li>OpenNLP's probabilities renormalized over the loaded languages, times {@value #W_MODEL}.
 * </ul>
 *
 * The best language wins when it leads by {@value #MIN_MARGIN} points; the runner-up is added
 * too when both have at least {@value #MIN_BILINGUAL} points of their own (not the model's), a
 * bilingual one-liner. Otherwise the signals tie and nothing is returned (the engine applies
 * every loaded language). Immutable, thread-safe. Internal.
 */
final class ShortText {
  static final double W_WORD = 1.0;
  static final double W_VOCAB = 0.5;
  static final double W_CHARS = 1.0;
  static final int MAX_CHAR_WORDS = 2;
  static final double W_MODEL = 1.5;
  static final double MIN_MARGIN = 0.75;
  static final double MIN_BILINGUAL = 2.5;
  /** Chars of the original read for letters and marks. */
  static final int SAMPLE_CHARS = 400;

  private final List<LanguageProfile> profiles;
  private final List<String> languages;
  /** Word → bit mask of the languages whose signal it is (a cue, or a one-language pack word). */
  private final TermTable words = new TermTable();
  private final int[] cueMask;
  private final int[] vocabMask;
  private final int maxWord;

  /** @param profiles the languages routed, in the router's order (those with stop words) */
  ShortText(List<LanguageProfile> profiles, Map<String, ? extends Collection<String>> vocabulary) {
    this.profiles = List.copyOf(profiles);
    List<String> languages = profiles.stream().map(LanguageProfile::language).toList();
    this.languages = languages;
    List<Integer> cues = new ArrayList<>();
    List<Integer> vocab = new ArrayList<>();
    int max = 0;
    for (int k = 0; k < languages.size(); k++) {
      String l = languages.get(k);
      for (String w : profiles.get(k).shortTextCues()) {
        max = Math.max(max, add(w, k, cues, vocab, true));
      }
      Collection<String> packWords = vocabulary.get(l);
      for (String w : packWords == null ? List.<String>of() : packWords) {
        max = Math.max(max, add(w, k, cues, vocab, false));
      }
    }
    words.freeze();
    this.cueMask = cues.stream().mapToInt(Integer::intValue).toArray();
    this.vocabMask = vocab.stream().mapToInt(Integer::intValue).toArray();
    // A word some language counts as a stop word is already counted; and a cue or pack word both
    // languages use is no signal.
    for (int k = 0; k < languages.size(); k++) {
      for (String w : profiles.get(k).stopwords()) {
        int id = words.get(w.toCharArray(), 0, w.length(), w.hashCode());
        if (id >= 0) {
          cueMask[id] = 0;
          vocabMask[id] = 0;
        }
      }
    }
    this.maxWord = max;
  }

  private int add(String w, int k, List<Integer> cues, List<Integer> vocab, boolean cue) {
    if (w.isEmpty() || w.indexOf(' ') >= 0) {
      return 0;
    }
    int id = words.add(w);
    if (id == cues.size()) {
      cues.add(0);
      vocab.add(0);
    }
    if (cue) {
      cues.set(id, cues.get(id) | 1 << k);
    } else {
      vocab.set(id, vocab.get(id) | 1 << k);
    }
    return w.length();
  }

  /**
   * The languages of a short text, best first, or empty when the signals tie.
   *
   * @param stopwords per language (in {@code languages} order), the stop words counted already
   * @param model OpenNLP's shares of the loaded languages (empty without the model)
   */
  List<DetectedLanguage> identify(CharSequence original, NormalizedText text, Tokens tokens, int[] stopwords,
      Map<String, Double> model) {
    int n = languages.size();
    double[] own = new double[n]; // every signal but the model's
    for (int k = 0; k < n; k++) {
      own[k] = W_WORD * stopwords[k];
    }
    char[] c = text.buffer();
    for (int t = 0; t < tokens.count(); t++) {
      int s = tokens.start(t);
      int len = tokens.end(t) - s;
      if (len > maxWord) {
        continue;
      }
      int id = words.get(c, s, len, tokens.hash(t));
      if (id < 0) {
        continue;
      }
      add(own, single(cueMask[id], n), W_WORD);
      if (cueMask[id] == 0) {
        add(own, single(vocabMask[id], n), W_VOCAB);
      }
    }
    for (int k = 0; k < n; k++) {
      LanguageProfile p = profiles.get(k);
      int marked = Math.min(MAX_CHAR_WORDS, markedWords(original, p.marks()) + elisions(c, text.length(), p.elisions()));
      own[k] += W_CHARS * marked;
    }
    double[] score = own.clone();
    for (int k = 0; k < n; k++) {
      score[k] += W_MODEL * model.getOrDefault(languages.get(k), 0.0);
    }
    int best = 0;
    for (int k = 1; k < n; k++) {
      if (score[k] > score[best]) {
        best = k;
      }
    }
    int second = -1;
    for (int k = 0; k < n; k++) {
      if (k != best && (second < 0 || score[k] > score[second])) {
        second = k;
      }
    }
    if (second >= 0 && score[best] - score[second] < MIN_MARGIN) {
      return List.of(); // the signals tie
    }
    double sum = 0;
    for (double v : score) {
      sum += v;
    }
    List<DetectedLanguage> out = new ArrayList<>(2);
    out.add(new DetectedLanguage(languages.get(best), confidence(score[best], sum), DetectedLanguage.Source.DETECTED));
    if (second >= 0 && own[best] >= MIN_BILINGUAL && own[second] >= MIN_BILINGUAL) {
      out.add(new DetectedLanguage(languages.get(second), confidence(score[second], sum), DetectedLanguage.Source.DETECTED));
    }
    return out;
  }

  private static double confidence(double score, double sum) {
    return sum <= 0 ? 0 : Math.min(1.0, score / sum);
  }

  /** The language of a one-language mask, or -1. */
  private static int single(int mask, int n) {
    if (mask == 0 || Integer.bitCount(mask) != 1) {
      return -1;
    }
    int k = Integer.numberOfTrailingZeros(mask);
    return k < n ? k : -1;
  }

  private static void add(double[] score, int k, double w) {
    if (k >= 0) {
      score[k] += w;
    }
  }

  /** How many words of the original's start hold one of {@code marks} (at most {@value #MAX_CHAR_WORDS}). */
  private static int markedWords(CharSequence original, String marks) {
    if (marks.isEmpty()) {
      return 0;
    }
    int end = Math.min(original.length(), SAMPLE_CHARS);
    int count = 0;
    boolean inMarkedWord = false;
    for (int i = 0; i < end && count < MAX_CHAR_WORDS; i++) {
      char ch = original.charAt(i);
      if (Character.isWhitespace(ch)) {
        inMarkedWord = false;
      } else if (!inMarkedWord && ch >= 0xAB && marks.indexOf(ch) >= 0) {
        inMarkedWord = true;
        count++;
      }
    }
    return count;
  }

  /** How many elisions ({@code l'agence}) the normalized text holds (at most {@value #MAX_CHAR_WORDS}). */
  private static int elisions(char[] c, int length, List<String> clitics) {
    if (clitics.isEmpty()) {
      return 0;
    }
    int count = 0;
    for (int i = 1; i + 1 < length && count < MAX_CHAR_WORDS; i++) {
      if (c[i] != '\'' || !Character.isLetter(c[i + 1])) {
        continue;
      }
      int s = i;
      while (s > 0 && Character.isLetter(c[s - 1])) {
        s--;
      }
      if (s < i && i - s <= 7 && isClitic(c, s, i, clitics)) {
        count++;
      }
    }
    return count;
  }

  private static boolean isClitic(char[] c, int s, int e, List<String> clitics) {
    for (String w : clitics) {
      if (w.length() == e - s && w.regionMatches(0, new String(c, s, e - s), 0, e - s)) {
        return true;
      }
    }
    return false;
  }
}
