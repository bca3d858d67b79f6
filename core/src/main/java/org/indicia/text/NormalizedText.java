package org.indicia.text;

/**
 * Normalized text with a map back to the original: for each normalized char, the original
 * {@code [start, end)} it came from. Spans are mapped back as {@code [srcStart[s], srcEnd[e - 1])},
 * so a span always starts and ends on the code-point boundaries of the original characters it
 * covers (design after Lucene's CharFilter offset correction, but with a direct per-char map:
 * texts are small and the map is reused, so a sorted delta list would only cost more lookups).
 *
 * <p>Mutable and reused per thread by the engine; never handed to callers. Internal.
 */
public final class NormalizedText implements CharSequence {
  char[] chars = new char[256];
  int[] srcStart = new int[256];
  int[] srcEnd = new int[256];
  int length;
  /** Length of the original text that was normalized (after truncation). */
  int sourceLength;

  /** Empties the buffer for a new text. */
  public void reset() {
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

  /** Widens the last char's source to end at {@code end} (a combining mark folded into it). */
  public void extendLast(int end) {
    if (length > 0 && srcEnd[length - 1] < end) {
      srcEnd[length - 1] = end;
    }
  }

  private void grow() {
    int n = chars.length * 2;
    chars = java.util.Arrays.copyOf(chars, n);
    srcStart = java.util.Arrays.copyOf(srcStart, n);
    srcEnd = java.util.Arrays.copyOf(srcEnd, n);
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

  /** Original offsets {@code [start, end)} of normalized range {@code [from, to)}. */
  public int toSourceStart(int from) {
    return from < length ? srcStart[from] : sourceLength;
  }

  /** Original end offset of the normalized range ending (exclusive) at {@code to}. */
  public int toSourceEnd(int to) {
    return to > 0 ? srcEnd[to - 1] : 0;
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
}
