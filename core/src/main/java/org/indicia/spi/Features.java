package org.indicia.spi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * The features the learned readings see in a text: its tokens as {@link TextNormalizer#basic()}
 * folds them (lower case, no accents; a number reads as {@code #}) and each pair of adjacent
 * tokens, each counted once. Training names them ({@code "word"}, {@code "word word"}); reading
 * hashes them in one pass over the tokens, no string per word or pair, and keeps where each
 * occurs first in the original text, for evidence. Internal to the package.
 */
final class Features {
  private static final Tokenizer TOKENIZER = new Tokenizer(List.of());
  private static final long NUMBER = charsHash(new char[] {'#'}, 0, 1);

  /** The distinct features' hashes, in order of first occurrence. */
  final long[] hashes;
  /** Per feature, its first occurrence's start and end in the original text. */
  final int[] starts;
  final int[] ends;
  /** How many distinct features the text has. */
  final int count;

  private Features(long[] hashes, int[] starts, int[] ends, int count) {
    this.hashes = hashes;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  /** The features of {@code text}, hashed. */
  static Features of(String text) {
    NormalizedText n = new NormalizedText();
    TextNormalizer.basic().normalize(text, text.length(), n);
    Tokens tokens = new Tokens();
    TOKENIZER.tokenize(n.buffer(), n.length(), tokens);
    char[] buf = n.buffer();
    int tokenCount = tokens.count();
    int capacity = Math.max(1, 2 * tokenCount);
    long[] hashes = new long[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    long[] seen = new long[Integer.highestOneBit(Math.max(8, 4 * tokenCount)) << 1];
    int count = 0;
    long previous = 0;
    int previousStart = 0;
    for (int t = 0; t < tokenCount; t++) {
      long word = wordHash(buf, tokens.start(t), tokens.end(t));
      int start = n.toSourceStart(tokens.start(t));
      int end = n.toSourceEnd(tokens.end(t));
      for (int k = t == 0 ? 1 : 0; k < 2; k++) { // the pair ending here, then the word
        long h = k == 0 ? pairHash(previous, word) : word;
        if (addDistinct(seen, h)) {
          hashes[count] = h;
          starts[count] = k == 0 ? previousStart : start;
          ends[count] = end;
          count++;
        }
      }
      previous = word;
      previousStart = start;
    }
    return new Features(hashes, starts, ends, count);
  }

  /** A text's distinct features, in order of first occurrence, as names ({@code "word"}, {@code "word word"}). */
  static List<String> names(String text) {
    NormalizedText n = new NormalizedText();
    TextNormalizer.basic().normalize(text, text.length(), n);
    Tokens tokens = new Tokens();
    TOKENIZER.tokenize(n.buffer(), n.length(), tokens);
    char[] buf = n.buffer();
    Set<String> features = new LinkedHashSet<>();
    String previous = null;
    for (int t = 0; t < tokens.count(); t++) {
      String word = word(buf, tokens.start(t), tokens.end(t));
      features.add(word);
      if (previous != null) {
        features.add(previous + " " + word);
      }
      previous = word;
    }
    return List.copyOf(features);
  }

  /** The hash {@link #of} gives a feature as {@link #names} names it. */
  static long hash(String feature) {
    int space = feature.indexOf(' ');
    char[] c = feature.toCharArray();
    if (space < 0) {
      return charsHash(c, 0, c.length);
    }
    return pairHash(charsHash(c, 0, space), charsHash(c, space + 1, c.length));
  }

  /** A token as a feature: its folded chars, or {@code #} for a number. */
  private static String word(char[] buf, int start, int end) {
    return isNumber(buf, start, end) ? "#" : new String(buf, start, end - start);
  }

  private static boolean isNumber(char[] buf, int start, int end) {
    for (int i = start; i < end; i++) {
      if (buf[i] < '0' || buf[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /** FNV-1a over a token's chars, or over {@code #} for a number, as {@link #word} names it. */
  private static long wordHash(char[] buf, int start, int end) {
    return isNumber(buf, start, end) ? NUMBER : charsHash(buf, start, end);
  }

  private static long charsHash(char[] chars, int start, int end) {
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < end; i++) {
      h = (h ^ chars[i]) * 0x100000001b3L;
    }
    return h;
  }

  private static long pairHash(long first, long second) {
    long h = first * 0x9E3779B97F4A7C15L + second;
    return h ^ (h >>> 29);
  }

  /** Adds {@code h} to an open-addressing set (0 marks a free slot); false if it was there. */
  private static boolean addDistinct(long[] set, long h) {
    long key = h == 0 ? 1 : h;
    int mask = set.length - 1;
    for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (set[i] == 0) {
        set[i] = key;
        return true;
      }
      if (set[i] == key) {
        return false;
      }
    }
  }

  /** Feature hashes to row numbers, open addressing; -1 for a feature with no row. */
  static final class Index {
    private final long[] keys;
    private final int[] rows;

    /** @param features the features' names, row {@code i} being {@code features.get(i)} */
    Index(List<String> features) {
      int size = Integer.highestOneBit(Math.max(8, features.size() * 2)) << 1;
      keys = new long[size];
      rows = new int[size];
      for (int r = 0; r < features.size(); r++) {
        long key = nonZero(hash(features.get(r)));
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
          i = (i + 1) & (size - 1);
        }
        if (keys[i] == 0) { // a 64-bit collision keeps the first row
          keys[i] = key;
          rows[i] = r;
        }
      }
    }

    int row(long h) {
      long key = nonZero(h);
      for (int i = slot(key); keys[i] != 0; i = (i + 1) & (keys.length - 1)) {
        if (keys[i] == key) {
          return rows[i];
        }
      }
      return -1;
    }

    private int slot(long key) {
      return (int) (key ^ (key >>> 32)) & (keys.length - 1);
    }

    private static long nonZero(long h) {
      return h == 0 ? 1 : h;
    }
  }
}
