package org.indicia.text;

import java.util.Arrays;

/**
 * Normalized text with a map back to the original: for each normalized char, the original
 * {@code [start, end)} it came from and the {@link Folds} that produced it. Spans are mapped back
 * as {@code [srcStart[s], srcEnd[e - 1])}, so a span always starts and ends on the code-point
 * boundaries of the original characters it covers (design after Lucene's CharFilter offset
 * correction, but with a direct per-char map: texts are small and the map is reused, so a sorted
 * delta list would only cost more lookups).
 *
 * <p>Invariants, for every {@code i < length}: {@code srcStart[i] < srcEnd[i] <= sourceLength},
 * {@code srcStart} is non-decreasing, and both fall on code-point boundaries of the original.
 * Fold bits are stored densely but written only when non-zero: every index at or above {@code
 * foldedTo} holds 0, so plain ASCII text never touches the array.
 *
 * <p>Mutable and reused per thread by the engine; never handed to callers. Internal.
 */
public final class NormalizedText implements CharSequence {
  char[] chars = new char[256];
  int[] srcStart = new int[256];
  int[] srcEnd = new int[256];
  byte[] folds = new byte[256];
  int length;
  /** Every {@code folds[i]} with {@code i >= foldedTo} is 0. */
  int foldedTo;
  /** Whether some char carries {@link Folds#CONFUSABLE}: the word pass must look at it. */
  boolean confusables;
  /** Length of the original text that was normalized (after truncation). */
  int sourceLength;
  /** Working buffers of the word pass, created on first use. */
  WordNormalizer.Scratch scratch;
  /** Whether a pass left a candidate for {@link PhraseReadings}: a short leet word, an emoji for a word. */
  boolean readings;
  /** Working buffers of {@link PhraseReadings}, created on first use. */
  PhraseReadings.Scratch readingScratch;

  /** Empties the buffer for a new text. */
  public void reset() {
    if (foldedTo > 0) {
      Arrays.fill(folds, 0, Math.min(foldedTo, folds.length), (byte) 0);
      foldedTo = 0;
    }
    confusables = false;
    readings = false;
    length = 0;
    sourceLength = 0;
  }

  /** Appends one normalized char that came from original {@code [start, end)}. */
  public void append(char c, int start, int end) {
    if (length == chars.length) {
      grow();
    }
    chars[length] = c;
    srcStart[length] = start;
    srcEnd[length] = end;
    length++;
  }

  /** Appends one char produced by the folds {@code bits}. */
  void append(char c, int start, int end, int bits) {
    append(c, start, end);
    if (bits != 0) {
      addFolds(length - 1, bits);
    }
  }

  /** Adds fold bits to char {@code i}. */
  void addFolds(int i, int bits) {
    folds[i] |= (byte) bits;
    if (i >= foldedTo) {
      foldedTo = i + 1;
    }
    if ((bits & Folds.CONFUSABLE) != 0) {
      confusables = true;
    }
  }

  /** Replaces char {@code i}'s fold bits (the word pass moving chars left). */
  void setFolds(int i, int bits) {
    if (bits != 0) {
      folds[i] = (byte) bits;
      if (i >= foldedTo) {
        foldedTo = i + 1;
      }
    } else if (i < foldedTo) {
      folds[i] = 0;
    }
  }

  /** Widens the last char's source to end at {@code end} (a combining mark folded into it). */
  public void extendLast(int end) {
    if (length > 0 && srcEnd[length - 1] < end) {
      srcEnd[length - 1] = end;
    }
  }

  /** Makes room for at least {@code n} chars in all, keeping what is there. */
  void ensureCapacity(int n) {
    while (chars.length < n) {
      grow();
    }
  }

  /** The original chars, copied here in bulk so the fold loop reads an array. Internal scratch. */
  char[] source = new char[256];

  char[] source(CharSequence text, int end) {
    if (source.length < end) {
      source = new char[Math.max(end, source.length * 2)];
    }
    if (text instanceof String s) {
      s.getChars(0, end, source, 0);
    } else {
      for (int i = 0; i < end; i++) {
        source[i] = text.charAt(i);
      }
    }
    return source;
  }

  private void grow() {
    int n = chars.length * 2;
    chars = Arrays.copyOf(chars, n);
    srcStart = Arrays.copyOf(srcStart, n);
    srcEnd = Arrays.copyOf(srcEnd, n);
    folds = Arrays.copyOf(folds, n);
  }

  /** The backing array; valid up to {@link #length()}. */
  public char[] buffer() {
    return chars;
  }

  /** Original start offset of normalized position {@code i}. */
  public int sourceStart(int i) {
    return srcStart[i];
  }

  /** Original end offset (exclusive) of normalized position {@code i}. */
  public int sourceEnd(int i) {
    return srcEnd[i];
  }

  /** Original start offset of the normalized range starting at {@code from}. */
  public int toSourceStart(int from) {
    return from < length ? srcStart[from] : sourceLength;
  }

  /** Original end offset of the normalized range ending (exclusive) at {@code to}. */
  public int toSourceEnd(int to) {
    return to > 0 ? srcEnd[to - 1] : 0;
  }

  /** Whether any char may carry a fold bit; false means {@link #folds} is 0 everywhere. */
  public boolean hasFolds() {
    return foldedTo > 0;
  }

  /** The {@link Folds} bits of the chars in normalized range {@code [from, to)}, or-ed. */
  public int folds(int from, int to) {
    int end = Math.min(to, foldedTo);
    int bits = 0;
    for (int i = from; i < end; i++) {
      bits |= folds[i];
    }
    return bits & Folds.ALL;
  }

  public int sourceLength() {
    return sourceLength;
  }

  public void sourceLength(int n) {
    sourceLength = n;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /**
   * A view of chars {@code [start, end)} without copying them (the regex matcher reads a few
   * chars of many short windows). Valid until this buffer is reused.
   */
  public CharSequence view(int start, int end) {
    return new View(chars, start, end - start);
  }

  private static final class View implements CharSequence {
    private final char[] chars;
    private final int offset;
    private final int length;

    View(char[] chars, int offset, int length) {
      this.chars = chars;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new View(chars, offset + start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, offset, length);
    }
  }
}
