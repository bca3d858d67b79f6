package org.indicia.benchmarks.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Synthetic phrase lists of a given size for the scaling benchmarks, generated deterministically
 * from the vocabulary of the synthetic corpus (always the synthetic one, so {@code corpus=shared}
 * runs use the same lists).
 *
 * <p>Each list starts with a few dozen hand-written trafficking cue phrases, then alternates: 60 %
 * of draws take an n-gram at a random position of a random English or French ad (so frequent
 * n-grams are drawn more often and many phrases occur in the texts), 40 % join random words of the
 * same language (mostly absent from the texts, as in a large real lexicon). Phrases are 1 to 4
 * words (30 % one, 45 % two, 20 % three, 5 % four), lower case, letters only (no digits, no
 * apostrophes or hyphens, no one-letter words, no stop word at either end), joined by one space:
 * every baseline then agrees with Indicia on what a whole-word occurrence is. Once the corpus has
 * no new n-grams left (before 100,000), the rest are random word combinations. A smaller list is a
 * prefix of a larger one.
 */
public final class PhraseLists {

  /** The sizes the scaling benchmarks use. */
  public static final int[] SIZES = {100, 1_000, 10_000, 100_000};

  /** The phrases that hit in the "fixed hits" variant: the first 100 of {@link #generate}. */
  public static final int FIXED_HITS = 100;

  /**
   * The phrase list of {@code count} phrases of which only the first {@link #FIXED_HITS} (those of
   * {@code generate(100)}) occur in the corpus; the rest are {@link #absent} phrases.
   */
  public static List<Phrase> fixedHits(int count) {
    if (count <= FIXED_HITS) {
      return generate(count);
    }
    List<Phrase> phrases = new ArrayList<>(generate(FIXED_HITS));
    phrases.addAll(absent(count - FIXED_HITS));
    return List.copyOf(phrases);
  }

  /** A phrase and the language of the ads it was drawn from. */
  public record Phrase(String text, String language) {}

  static final List<Phrase> CUES =
      List.of(
          new Phrase("we keep your passport", "en"),
          new Phrase("recruitment fee", "en"),
          new Phrase("placement fee", "en"),
          new Phrase("no days off", "en"),
          new Phrase("new in town", "en"),
          new Phrase("deducted from your wages", "en"),
          new Phrase("hold your id card", "en"),
          new Phrase("until your debt is repaid", "en"),
          new Phrase("free flight and visa", "en"),
          new Phrase("cannot leave", "en"),
          new Phrase("without permission", "en"),
          new Phrase("whatsapp only", "en"),
          new Phrase("new girls every week", "en"),
          new Phrase("young and fresh", "en"),
          new Phrase("my girls", "en"),
          new Phrase("just arrived", "en"),
          new Phrase("text only", "en"),
          new Phrase("keeps your work permit", "en"),
          new Phrase("frais de dossier", "fr"),
          new Phrase("passeport gardé", "fr"),
          new Phrase("nous gardons votre passeport", "fr"),
          new Phrase("pas de jour de repos", "fr"),
          new Phrase("retenus sur votre salaire", "fr"),
          new Phrase("visa offerts", "fr"),
          new Phrase("remboursement de la dette", "fr"),
          new Phrase("sans autorisation", "fr"),
          new Phrase("uniquement par whatsapp", "fr"),
          new Phrase("nouvelle en ville", "fr"),
          new Phrase("nouvelles filles", "fr"),
          new Phrase("mes filles", "fr"),
          new Phrase("jeunes et fraîches", "fr"),
          new Phrase("places limitées", "fr"));

  private static final Set<String> STOP_WORDS =
      Set.of(
          "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
          "is", "are", "be", "as", "it", "you", "your", "we", "our", "us", "i", "my", "me", "this",
          "that", "will", "can", "all", "not", "no", "but", "if", "so", "per", "le", "la", "les",
          "l", "un", "une", "des", "de", "du", "d", "et", "ou", "à", "au", "aux", "en", "dans",
          "par", "pour", "sur", "avec", "est", "sont", "vous", "votre", "vos", "nous", "notre",
          "nos", "je", "tu", "te", "ton", "ta", "il", "elle", "se", "ce", "qui", "que", "ne", "pas",
          "plus");

  private static final Map<Integer, List<Phrase>> CACHE = new ConcurrentHashMap<>();
  private static final Map<Integer, List<Phrase>> ABSENT_CACHE = new ConcurrentHashMap<>();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private PhraseLists() {}

  /** The list of {@code count} distinct phrases (a prefix of every larger list). */
  public static List<Phrase> generate(int count) {
    if (count < 1 || count > 1_000_000) {
      throw new IllegalArgumentException("count must be in [1, 1000000]: " + count);
    }
    return CACHE.computeIfAbsent(count, PhraseLists::build);
  }

  /** The phrase texts of {@link #generate}. */
  public static List<String> texts(int count) {
    return generate(count).stream().map(Phrase::text).toList();
  }

  /**
   * {@code count} distinct two- and three-word phrases that occur nowhere in the synthetic corpus:
   * each has two neighbouring words that are never neighbours there (compared after lower-casing
   * and accent folding, across any separator). They load the matcher and the rules without adding
   * hits, for benchmarks that grow the number of rules at a fixed number of hits.
   */
  public static List<Phrase> absent(int count) {
    if (count < 0 || count > 1_000_000) {
      throw new IllegalArgumentException("count must be in [0, 1000000]: " + count);
    }
    return ABSENT_CACHE.computeIfAbsent(count, PhraseLists::buildAbsent);
  }

  private static List<Phrase> buildAbsent(int count) {
    List<Ad> corpus = CorpusGenerator.generate();
    Set<String> neighbours = new HashSet<>();
    for (Ad ad : corpus) {
      String previous = null;
      for (String token : foldedTokens(ad.text())) {
        if (previous != null) {
          neighbours.add(previous + ' ' + token);
        }
        previous = token;
      }
    }
    Vocabulary en = Vocabulary.of(corpus, "en");
    Vocabulary fr = Vocabulary.of(corpus, "fr");
    Set<String> taken = new HashSet<>();
    for (Phrase phrase : generate(FIXED_HITS)) {
      taken.add(phrase.text());
    }
    Map<String, Phrase> phrases = new LinkedHashMap<>();
    Random random = new Random(CorpusGenerator.SEED + 2);
    while (phrases.size() < count) {
      Vocabulary vocabulary = random.nextBoolean() ? en : fr;
      String phrase = vocabulary.combination(random, 2 + random.nextInt(2));
      if (taken.contains(phrase) || phrases.containsKey(phrase)) {
        continue;
      }
      List<String> words = foldedTokens(phrase);
      boolean unseen = false;
      for (int i = 1; i < words.size() && !unseen; i++) {
        unseen = !neighbours.contains(words.get(i - 1) + ' ' + words.get(i));
      }
      if (unseen) {
        phrases.put(phrase, new Phrase(phrase, vocabulary.language));
      }
    }
    return List.copyOf(phrases.values());
  }

  /** Lower-cased, accent-folded runs of letters and digits. */
  static List<String> foldedTokens(String text) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
            .replaceAll("");
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      if (i > start) {
        tokens.add(folded.substring(start, i));
      }
    }
    return tokens;
  }

  private static List<Phrase> build(int count) {
    List<Ad> corpus = CorpusGenerator.generate();
    Vocabulary en = Vocabulary.of(corpus, "en");
    Vocabulary fr = Vocabulary.of(corpus, "fr");
    Map<String, Phrase> phrases = new LinkedHashMap<>();
    for (Phrase cue : CUES) {
      if (phrases.size() < count) {
        phrases.putIfAbsent(cue.text(), cue);
      }
    }
    Random random = new Random(CorpusGenerator.SEED + 1);
    int corpusMisses = 0;
    while (phrases.size() < count) {
      Vocabulary vocabulary = random.nextBoolean() ? en : fr;
      int words = wordCount(random);
      boolean fromCorpus = random.nextInt(100) < 60;
      String phrase;
      if (fromCorpus && corpusMisses < 2_000) {
        phrase = vocabulary.ngramAt(random, words);
        if (phrase == null || phrases.containsKey(phrase)) {
          corpusMisses++;
          continue;
        }
        corpusMisses = 0;
      } else {
        phrase = vocabulary.combination(random, words);
        if (phrases.containsKey(phrase)) {
          continue;
        }
      }
      phrases.put(phrase, new Phrase(phrase, vocabulary.language));
    }
    return List.copyOf(phrases.values());
  }

  private static int wordCount(Random random) {
    int r = random.nextInt(100);
    return r < 30 ? 1 : r < 75 ? 2 : r < 95 ? 3 : 4;
  }

  /** The word runs of one language's ads: words joined by single spaces. */
  private static final class Vocabulary {
    final String language;
    final List<String[]> runs = new ArrayList<>();
    final String[] words;

    private Vocabulary(String language, List<Ad> ads) {
      this.language = language;
      Set<String> distinct = new LinkedHashSet<>();
      for (Ad ad : ads) {
        if (!ad.language().equals(language)) {
          continue;
        }
        collectRuns(ad.text().toLowerCase(Locale.ROOT), runs);
      }
      for (String[] run : runs) {
        for (String word : run) {
          if (isContentWord(word)) {
            distinct.add(word);
          }
        }
      }
      this.words = distinct.toArray(String[]::new);
    }

    static Vocabulary of(List<Ad> ads, String language) {
      return new Vocabulary(language, ads);
    }

    /** An n-gram at a random place of the corpus, or null when none fits there. */
    String ngramAt(Random random, int length) {
      String[] run = runs.get(random.nextInt(runs.size()));
      if (run.length < length) {
        return null;
      }
      int start = random.nextInt(run.length - length + 1);
      for (int i = start; i < start + length; i++) {
        if (!isWord(run[i])) {
          return null;
        }
      }
      if (STOP_WORDS.contains(run[start]) || STOP_WORDS.contains(run[start + length - 1])) {
        return null;
      }
      if (length == 1 && run[start].length() < 3) {
        return null;
      }
      return String.join(" ", Arrays.copyOfRange(run, start, start + length));
    }

    String combination(Random random, int length) {
      StringBuilder phrase = new StringBuilder();
      for (int i = 0; i < length; i++) {
        if (i > 0) {
          phrase.append(' ');
        }
        phrase.append(words[random.nextInt(words.length)]);
      }
      return phrase.toString();
    }

    /**
     * Splits lower-cased text into runs of letter-or-digit words separated by exactly one space;
     * any other separator (punctuation, apostrophe, hyphen, line break, two spaces) ends a run.
     */
    static void collectRuns(String text, List<String[]> out) {
      List<String> run = new ArrayList<>();
      int i = 0;
      int n = text.length();
      while (i < n) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          run.add(text.substring(start, i));
          if (i < n
              && text.charAt(i) == ' '
              && i + 1 < n
              && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i++;
            continue;
          }
        }
        if (!run.isEmpty()) {
          out.add(run.toArray(String[]::new));
          run.clear();
        }
        if (i == start) {
          i++;
        }
      }
      if (!run.isEmpty()) {
        out.add(run.toArray(String[]::new));
      }
    }

    static boolean isWord(String token) {
      if (token.length() < 2) {
        return false;
      }
      for (int i = 0; i < token.length(); i++) {
        if (!Character.isLetter(token.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    static boolean isContentWord(String token) {
      return isWord(token) && token.length() >= 3 && !STOP_WORDS.contains(token);
    }
  }
}
