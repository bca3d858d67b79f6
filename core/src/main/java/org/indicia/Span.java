package org.indicia;

import java.util.Objects;

/**
 * A stretch of the original text: UTF-16 offsets {@code [start, end)} into the text given to
 * {@code assess}, and the characters there.
 */
public record Span(int start, int end, String text) {
  /**
   * @throws IllegalArgumentException if {@code start < 0}, {@code end < start} or the text
   *     length is not {@code end - start}
   */
  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span text length " + text.length() + " != " + (end - start));
    }
  }
}
