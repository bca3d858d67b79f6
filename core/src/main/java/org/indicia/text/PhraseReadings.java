package org.indicia.text;

/**
 * The third, rare pass of {@link TextNormalizer}: readings a word alone cannot justify. A short
 * word in leetspeak ({@code n0}, {@code 1n}, {@code 0ff}, {@code $m$}: too short, or shaped like
 * a quantity, for the word pass to read alone) and an emoji that stands for a word ({@link
 * EmojiWords}) are read as letters, or as that word, when the words around them then spell a
 * phrase of the {@link PhraseBook}. Without such a phrase, a short leet word of three chars or
 * more that is not shaped like a quantity ({@code 5am}, {@code 0ff}) is read as a vocabulary word
 * ({@code $m$} → {@code sms}), and an emoji takes its first word that is a vocabulary word of three
 * letters or more. Runs only when the earlier passes flagged a
 * candidate; rewrites in place, char for char (an emoji's word is written over its name token
 * and the rest of the token becomes spaces), so every char keeps its original range and the
 * disguise it came from ({@link Folds#LEET}, {@link Folds#EMOJI}). Internal.
 */
final class PhraseReadings {
  /** Longest short word read here: longer ones are the word pass's. */
  static final int MAX_SHORT = 5;
  /** Most candidates read per text (hostile text full of them costs no more than this). */
  static final int MAX_CANDIDATES = 256;

  private static final int PLAIN = 0;
  private static final int LEET = 1;
  private static final int EMOJI = 2;

  private PhraseReadings() {}

  /** Per-text buffers, kept by the {@link NormalizedText}. */
  static final class Scratch {
    int[] start = new int[64];
    int[] end = new int[64];
    /** Trimmed of leading and trailing symbols, for comparing a plain word. */
    int[] tStart = new int[64];
    int[] tEnd = new int[64];
    byte[] kind = new byte[64];
    String[][] emojiWords = new String[64][];
    /** Per word: the reading chosen for it while checking a phrase (a candidate neighbour), or null. */
    String[] chosen = new String[64];
    int count;
    final char[] leetBuffer = new char[MAX_SHORT];
    private final String[] single = new String[1];

    /** A one-word reading as words, without a split. */
    String[] one(String w) {
      single[0] = w;
      return single;
    }

    void add(int s, int e, int ts, int te, int k, String[] words) {
      if (count == start.length) {
        int n = count * 2;
        start = java.util.Arrays.copyOf(start, n);
        end = java.util.Arrays.copyOf(end, n);
        tStart = java.util.Arrays.copyOf(tStart, n);
        tEnd = java.util.Arrays.copyOf(tEnd, n);
        kind = java.util.Arrays.copyOf(kind, n);
        emojiWords = java.util.Arrays.copyOf(emojiWords, n);
        chosen = java.util.Arrays.copyOf(chosen, n);
      }
      start[count] = s;
      end[count] = e;
      tStart[count] = ts;
      tEnd[count] = te;
      kind[count] = (byte) k;
      emojiWords[count] = words;
      chosen[count] = null;
      count++;
    }
  }

  static void apply(NormalizedText t, PhraseBook book, TextNormalizer.Vocabulary vocabulary) {
    Scratch s = t.readingScratch;
    if (s == null) {
      s = new Scratch();
      t.readingScratch = s;
    }
    int candidates = words(t, s);
    if (candidates == 0) {
      return;
    }
    char[] c = t.chars;
    for (int i = 0, seen = 0; i < s.count && seen < MAX_CANDIDATES; i++) {
      if (s.kind[i] == PLAIN) {
        continue;
      }
      seen++;
      if (s.kind[i] == EMOJI) {
        for (String w : s.emojiWords[i]) {
          if (confirm(s, i, w, c, book)) {
            commit(t, s);
            break;
          }
        }
        if (s.kind[i] == EMOJI && !EmojiWords.phraseOnly(s.emojiWords[i])) {
          // no phrase: the first word a pack of the neighbours' language can match
          int language = neighbourLanguage(s, i, c, book);
          String first = null;
          for (String w : s.emojiWords[i]) {
            if (w.length() >= 3 && w.indexOf(' ') < 0 && vocabulary.contains(w.toCharArray(), 0, w.length())) {
              if (first == null) {
                first = w;
              }
              if (language == 0 || (book.languages(w) & language) != 0) {
                first = w;
                break;
              }
            }
          }
          if (first != null) {
            write(t, s, i, first);
          }
        }
      } else {
        int len = s.end[i] - s.start[i];
        int combos = combos(c, s.start[i], len);
        for (int combo = 0; combo < combos; combo++) {
          String w = leetReading(c, s.start[i], len, combo, s.leetBuffer);
          if (confirm(s, i, w, c, book)) {
            commit(t, s);
            break;
          }
        }
        if (s.kind[i] == LEET && len >= 3 && !quantity(c, s.start[i], len)) {
          // no phrase: a vocabulary word (a near rule's word: $m$ → sms), unless it reads as a quantity
          for (int combo = 0; combo < combos; combo++) {
            String w = leetReading(c, s.start[i], len, combo, s.leetBuffer);
            if (vocabulary.contains(s.leetBuffer, 0, len)) {
              write(t, s, i, w);
              break;
            }
          }
        }
      }
    }
  }

  /**
   * Splits the text into words: runs of word chars and leet symbols, and {@code :name:} tokens.
   * Returns the number of candidates (short leet words and emoji that stand for words).
   */
  private static int words(NormalizedText t, Scratch s) {
    s.count = 0;
    char[] c = t.chars;
    int n = t.length;
    int candidates = 0;
    int i = 0;
    while (i < n) {
      char ch = c[i];
      if (ch == ':' && i + 2 < n && c[i + 1] >= 'a' && c[i + 1] <= 'z') {
        int j = i + 1;
        while (j < n && j - i <= EmojiWords.MAX_TOKEN && (c[j] >= 'a' && c[j] <= 'z' || c[j] >= '0' && c[j] <= '9' || c[j] == '_')) {
          j++;
        }
        if (j < n && c[j] == ':') {
          String[] words = EmojiWords.words(c, i, j + 1);
          s.add(i, j + 1, i, j + 1, words != null ? EMOJI : PLAIN, words);
          candidates += words != null ? 1 : 0;
          i = j + 1;
          continue;
        }
      }
      if (!isWordOrLeet(ch)) {
        i++;
        continue;
      }
      int st = i;
      int letters = 0;
      int leets = 0;
      while (i < n && isWordOrLeet(c[i])) {
        if (c[i] >= 'a' && c[i] <= 'z') {
          letters++;
        } else if (WordNormalizer.leet(c[i]) != null) {
          leets++;
        }
        i++;
      }
      int ts = st;
      int te = i;
      while (ts < te && !Tokenizer.isWordChar(c[ts])) {
        ts++;
      }
      while (te > ts && !Tokenizer.isWordChar(c[te - 1])) {
        te--;
      }
      boolean leet = letters > 0 && leets > 0 && i - st >= 2 && i - st <= MAX_SHORT;
      s.add(st, i, ts, te, leet ? LEET : PLAIN, null);
      candidates += leet ? 1 : 0;
    }
    return candidates;
  }

  /** Words read either side of an emoji for its language. */
  static final int NEIGHBOURS = 8;

  /**
   * The language (one bit) most of the words around word {@code i} belong to, counting only
   * words the packs of a single language use; 0 when none or tied.
   */
  private static int neighbourLanguage(Scratch s, int i, char[] c, PhraseBook book) {
    int[] votes = new int[32];
    for (int x = Math.max(0, i - NEIGHBOURS); x < Math.min(s.count, i + NEIGHBOURS + 1); x++) {
      if (x == i || s.kind[x] != PLAIN || s.tEnd[x] <= s.tStart[x]) {
        continue;
      }
      int mask = book.languages(new String(c, s.tStart[x], s.tEnd[x] - s.tStart[x]));
      if (Integer.bitCount(mask) == 1) {
        votes[Integer.numberOfTrailingZeros(mask)]++;
      }
    }
    int best = -1;
    boolean tie = false;
    for (int b = 0; b < votes.length; b++) {
      if (votes[b] > 0 && (best < 0 || votes[b] > votes[best])) {
        best = b;
        tie = false;
      } else if (best >= 0 && votes[b] == votes[best] && votes[b] > 0) {
        tie = true;
      }
    }
    return best < 0 || tie ? 0 : 1 << best;
  }

  /**
   * Digits then at most two letters ({@code 0ff}, {@code 5am}, {@code 18yo}): a number with a
   * unit first. A lone leading 0 ({@code 0we}, {@code 0ur}) starts no number.
   */
  private static boolean quantity(char[] c, int s, int len) {
    int x = 0;
    while (x < len && c[s + x] >= '0' && c[s + x] <= '9') {
      x++;
    }
    return x > 0 && len - x <= 2 && !(x == 1 && c[s] == '0');
  }

  private static boolean isWordOrLeet(char ch) {
    return Tokenizer.isWordChar(ch) || ch == '$' || ch == '@' || ch == '!' || ch == '€';
  }

  private static int combos(char[] c, int s, int len) {
    int combos = 1;
    for (int k = 0; k < len; k++) {
      String r = WordNormalizer.leet(c[s + k]);
      if (r != null) {
        combos *= r.length();
      }
    }
    return combos;
  }

  private static String leetReading(char[] c, int s, int len, int combo, char[] out) {
    for (int k = 0; k < len; k++) {
      String r = WordNormalizer.leet(c[s + k]);
      if (r == null) {
        out[k] = c[s + k];
      } else {
        out[k] = r.charAt(combo % r.length());
        combo /= r.length();
      }
    }
    return new String(out, 0, len);
  }

  /**
   * Whether word {@code i} read as {@code reading} (one or more words) completes a phrase with
   * the words around it; if so, writes it and the readings its candidate neighbours needed.
   */
  private static boolean confirm(Scratch s, int i, String reading, char[] c, PhraseBook book) {
    String[] rw = reading.indexOf(' ') < 0 ? s.one(reading) : reading.split(" ");
    int[] pairs = book.containing(rw[0]);
    if (pairs == null) {
      return false;
    }
    for (int pair : pairs) {
      String[] p = book.phrase(pair >>> 4);
      int k0 = pair & 15;
      if (k0 + rw.length > p.length || i - k0 < 0 || i + (p.length - k0 - rw.length) >= s.count) {
        continue;
      }
      boolean ok = true;
      for (int r = 1; r < rw.length && ok; r++) {
        ok = p[k0 + r].equals(rw[r]);
      }
      for (int k = 0; k < k0 && ok; k++) {
        ok = readsAs(s, i - k0 + k, p[k], c, book);
      }
      for (int k = k0 + rw.length, x = i + 1; k < p.length && ok; k++, x++) {
        ok = readsAs(s, x, p[k], c, book);
      }
      if (ok) {
        s.chosen[i] = reading;
        return true; // the caller commits
      }
      clearChosen(s, i - k0, i + p.length - k0 - rw.length + 1);
    }
    return false;
  }

  private static void clearChosen(Scratch s, int from, int to) {
    for (int x = Math.max(0, from); x < Math.min(s.count, to); x++) {
      s.chosen[x] = null;
    }
  }

  /** Whether text word {@code x} reads as phrase word {@code pw}, as written or as a candidate's reading. */
  private static boolean readsAs(Scratch s, int x, String pw, char[] c, PhraseBook book) {
    if (s.kind[x] == EMOJI) {
      for (String w : s.emojiWords[x]) {
        if (w.equals(pw)) {
          s.chosen[x] = w;
          return true;
        }
      }
      return false;
    }
    if (s.tEnd[x] > s.tStart[x] && PhraseBook.reads(c, s.tStart[x], s.tEnd[x], pw)) {
      return true;
    }
    if (s.kind[x] == LEET) {
      int len = s.end[x] - s.start[x];
      if (len != pw.length()) {
        return false;
      }
      for (int k = 0; k < len; k++) {
        char ch = c[s.start[x] + k];
        String r = WordNormalizer.leet(ch);
        if (ch != pw.charAt(k) && (r == null || r.indexOf(pw.charAt(k)) < 0)) {
          return false;
        }
      }
      s.chosen[x] = pw;
      return true;
    }
    return false;
  }

  /** Writes word {@code i}'s reading over its chars (an emoji's over its name, then spaces). */
  private static void write(NormalizedText t, Scratch s, int i, String w) {
    char[] c = t.chars;
    int st = s.start[i];
    int e = s.end[i];
    if (s.kind[i] == EMOJI) {
      for (int x = st; x < e; x++) {
        c[x] = x - st < w.length() ? w.charAt(x - st) : ' ';
      }
    } else {
      for (int x = st; x < e; x++) {
        char r = w.charAt(x - st);
        if (c[x] != r) {
          c[x] = r;
          t.addFolds(x, Folds.LEET);
        }
      }
    }
    s.kind[i] = PLAIN;
  }

  /** Writes every reading {@link #confirm} chose (the candidate and its candidate neighbours). */
  static void commit(NormalizedText t, Scratch s) {
    for (int x = 0; x < s.count; x++) {
      if (s.chosen[x] != null) {
        write(t, s, x, s.chosen[x]);
        s.chosen[x] = null;
      }
    }
  }
}
