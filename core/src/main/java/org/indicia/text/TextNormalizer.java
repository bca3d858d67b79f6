package org.indicia.text;

import java.util.Objects;

/**
 * Folds text for matching while recording, for every output char, the original chars it came
 * from and the {@link Folds} that produced it (see {@link NormalizedText}). Undoes the disguises
 * ads use to get past keyword filters, so the matcher sees {@code passport} in {@code pаsspоrt}
 * (Cyrillic а, о), {@code p.a.s.s.p.o.r.t}, {@code p4ssp0rt} or {@code 𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭}, while every
 * evidence span still points at the original characters. Immutable and thread-safe; the output
 * buffer is the caller's.
 *
 * <p>Design. Two passes over the text, both linear, and a rare third:
 *
 * <ol>
 *   <li><b>Per code point</b> ({@link Folding}'s tables): NFKC, case and accent folding;
 *       decorative Latin to ASCII; emoji to {@code :name:} tokens (with their variation
 *       selectors, skin tones and ZWJ links); regional-indicator pairs that name a region to
 *       {@code :flag_xx:}, other runs of them to letters; invisible chars dropped, and marked as a
 *       disguise when they sit inside a word. ASCII costs one table read per char.
 *   <li><b>Per word</b> ({@link WordNormalizer}): a word mixing Latin letters with Cyrillic or
 *       Greek look-alikes is read in Latin; so is a word made only of look-alikes when its
 *       neighbours are Latin (real Russian or Greek text is left alone). Then, only with a
 *       {@link Vocabulary}: leetspeak, runs of one letter, and letters or word parts split by
 *       separators are undone <em>only when the result is a word some loaded pack can match</em>.
 *   <li><b>Per phrase</b> ({@link PhraseReadings}, only with a {@link PhraseBook}, only when the
 *       passes above left a candidate): short leet words ({@code n0}, {@code 1n}) and emoji that
 *       stand for words ({@code 🆕}) are read where the words around them then spell a pack
 *       phrase.
 * </ol>
 *
 * <p>Why vocabulary-gated. A normalizer that knows nothing of the packs must either miss {@code
 * p a s s p o r t} or glue {@code S A L E}, {@code U.S.A.} and {@code e-mail}; must either miss
 * {@code y0ung} or read {@code 5am} as {@code sam}. Asking "is this a word a pack can match?"
 * decides both cases the way a reader would, and leaves text the packs have no interest in exactly
 * as the tokenizer would have split it: prices, ages, phone numbers, times, versions, initials
 * and spaced headings keep their tokens. The engine builds the vocabulary from the words of every
 * pack phrase (analysed by the {@link #basic} normalizer, so the same table serves phrase and
 * text) plus wildcard prefixes and Snowball stems.
 *
 * <p>Internal.
 */
public final class TextNormalizer {
  /** The words some loaded pack can match: what the vocabulary-gated folds may produce. */
  public interface Vocabulary {
    /** Whether {@code word[off, off + len)} (normalized) is a word a pack can match. */
    boolean contains(char[] word, int off, int len);

    /** Longest word {@link #contains} can accept; longer candidates are not tried. */
    int maxLength();
  }

  private static final TextNormalizer BASIC = new TextNormalizer(null, null);

  private final Vocabulary vocabulary; // null: no vocabulary-gated folds
  private final PhraseBook phrases; // null: no phrase-confirmed readings

  private TextNormalizer(Vocabulary vocabulary, PhraseBook phrases) {
    this.vocabulary = vocabulary;
    this.phrases = phrases;
  }

  /**
   * The normalizer without a vocabulary: every per-code-point fold and the look-alike reading of
   * mixed-script words, but no leetspeak, repeat or separator folds. Pack phrases go through it.
   */
  public static TextNormalizer basic() {
    return BASIC;
  }

  /** A normalizer that also undoes leetspeak, repeats and separators into words of {@code vocabulary}. */
  public static TextNormalizer withVocabulary(Vocabulary vocabulary) {
    return new TextNormalizer(Objects.requireNonNull(vocabulary, "vocabulary"), null);
  }

  /**
   * A normalizer that also undoes leetspeak, repeats and separators into words of {@code
   * vocabulary}, and reads short leet words and emoji that stand for words where the words around
   * them then spell a phrase of {@code phrases} ({@link PhraseReadings}).
   */
  public static TextNormalizer withVocabulary(Vocabulary vocabulary, PhraseBook phrases) {
    return new TextNormalizer(Objects.requireNonNull(vocabulary, "vocabulary"), Objects.requireNonNull(phrases, "phrases"));
  }

  /**
   * Normalizes {@code text[0, end)} into {@code out} (which is reset first). {@code end} must not
   * split a surrogate pair.
   */
  public void normalize(CharSequence text, int end, NormalizedText out) {
    out.reset();
    out.sourceLength(end);
    out.ensureCapacity(end);
    char[] src = out.source(text, end);
    // Hot loop: one table read and three array writes per char (ASCII and most BMP chars); the
    // rare special chars go through append(), which grows the arrays when expansions need it.
    char[] chars = out.chars;
    int[] starts = out.srcStart;
    int[] ends = out.srcEnd;
    int len = 0;
    for (int i = 0; i < end; ) {
      char f = Folding.single(src[i]);
      if (f != Folding.SPECIAL && len < chars.length) {
        chars[len] = f;
        starts[len] = i;
        ends[len] = i + 1;
        len++;
        i++;
      } else {
        out.length = len;
        if (f != Folding.SPECIAL) {
          out.append(f, i, i + 1); // full after expansions: append grows the arrays
          i++;
        } else {
          i = special(text, i, end, out);
        }
        len = out.length;
        chars = out.chars;
        starts = out.srcStart;
        ends = out.srcEnd;
      }
    }
    out.length = len;
    if (vocabulary != null || out.confusables) {
      WordNormalizer.fold(text, out, vocabulary);
    }
    if (phrases != null && out.readings) {
      PhraseReadings.apply(out, phrases, vocabulary);
    }
  }

  /** Normalizes a whole string to a new string (for pack phrases; not the hot path). */
  public String normalize(String s) {
    NormalizedText t = new NormalizedText();
    normalize(s, s.length(), t);
    return t.toString();
  }

  /** Folds the code point at {@code i}, which is not a plain one-char fold; returns the next index. */
  private static int special(CharSequence text, int i, int end, NormalizedText out) {
    char c = text.charAt(i);
    int cp = c;
    if (Character.isSurrogate(c)) {
      if (!Character.isHighSurrogate(c) || i + 1 >= end || !Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(' ', i, i + 1); // unpaired: a separator, never part of a word
        return i + 1;
      }
      cp = Character.toCodePoint(c, text.charAt(i + 1));
    }
    int next = i + Character.charCount(cp);
    Folding.Info info = Folding.info(cp);
    switch (info.kind) {
      case Folding.MARK:
        out.extendLast(next); // the accent belongs to the letter before it
        return next;
      case Folding.IGNORABLE:
        invisible(text, i, next, end, out);
        return next;
      case Folding.EMOJI:
        return emoji(text, i, next, end, info.text, out);
      case Folding.REGIONAL:
        return regional(text, i, end, out);
      default:
        String t = info.text;
        for (int k = 0; k < t.length(); k++) {
          out.append(t.charAt(k), i, next, info.folds);
        }
        return next;
    }
  }

  /**
   * A default-ignorable char at {@code [s, e)} is dropped. Between two word chars it can only be
   * there to split a keyword, so the char before it takes its range and {@link Folds#INVISIBLE}.
   */
  private static void invisible(CharSequence text, int s, int e, int end, NormalizedText out) {
    int last = out.length - 1;
    if (last < 0 || out.srcEnd[last] != s || !Tokenizer.isWordChar(out.chars[last])) {
      return;
    }
    for (int j = e; j < end; ) {
      int cp = Character.codePointAt(text, j);
      char f = Folding.single(text.charAt(j));
      if (f == Folding.SPECIAL) {
        Folding.Info info = Folding.info(cp);
        if (info.kind == Folding.IGNORABLE) {
          j += Character.charCount(cp);
          continue;
        }
        boolean letters = info.kind == Folding.REGIONAL || info.kind == Folding.PLAIN && !info.text.isEmpty();
        f = letters ? info.text.charAt(0) : ' ';
      }
      if (Tokenizer.isWordChar(f) && !Character.isSurrogate(f)) { // the word goes on after it
        out.extendLast(e);
        out.addFolds(last, Folds.INVISIBLE);
      }
      return;
    }
  }

  /** An emoji and the selectors, skin tones, keycap and ZWJ that belong to it become one name token. */
  private static int emoji(CharSequence text, int s, int e, int end, String name, NormalizedText out) {
    int j = e;
    while (j < end) {
      int cp = Character.codePointAt(text, j);
      if (!Folding.isEmojiTail(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    for (int k = 0; k < name.length(); k++) {
      out.append(name.charAt(k), s, j, Folds.EMOJI);
    }
    if (EmojiWords.standsForWord(name)) {
      out.readings = true;
    }
    return j;
  }

  /**
   * A run of regional indicators: pairs that all name a region are flags ({@code :flag_fr:}); any
   * other run spells letters ({@code 🇵🇦🇸🇸🇵🇴🇷🇹}), a homoglyph disguise.
   */
  private static int regional(CharSequence text, int s, int end, NormalizedText out) {
    int j = s;
    while (j + 1 < end) {
      int cp = Character.codePointAt(text, j);
      if (cp < 0x1F1E6 || cp > 0x1F1FF) {
        break;
      }
      j += 2;
    }
    int count = (j - s) / 2;
    boolean flags = count % 2 == 0;
    for (int p = 0; flags && p < count; p += 2) {
      flags = Folding.isRegion(letter(text, s + 2 * p), letter(text, s + 2 * p + 2));
    }
    for (int p = 0; p < count; p++) {
      int at = s + 2 * p;
      if (!flags) {
        out.append(letter(text, at), at, at + 2, Folds.HOMOGLYPH);
      } else if (p % 2 == 0) {
        appendFlag(letter(text, at), letter(text, at + 2), at, at + 4, out);
      }
    }
    return j;
  }

  private static char letter(CharSequence text, int at) {
    return (char) ('a' + Character.codePointAt(text, at) - 0x1F1E6);
  }

  private static void appendFlag(char a, char b, int s, int e, NormalizedText out) {
    String head = " :flag_";
    for (int k = 0; k < head.length(); k++) {
      out.append(head.charAt(k), s, e, Folds.EMOJI);
    }
    out.append(a, s, e, Folds.EMOJI);
    out.append(b, s, e, Folds.EMOJI);
    out.append(':', s, e, Folds.EMOJI);
    out.append(' ', s, e, Folds.EMOJI);
  }
}
