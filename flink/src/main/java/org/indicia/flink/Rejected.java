package org.indicia.flink;

/**
 * A record that was not assessed, and why, as {@code scan} reports it on stderr ({@link
 * #toString()}: {@code source:line: reason}). Never holds document text.
 *
 * @param source the input's name
 * @param line the 1-based line of the record in its input
 * @param id the document id, or {@code source:line} when it has none
 * @param reason the fault, e.g. {@code malformed JSON at column 7} or {@code missing field 'text'}
 */
public record Rejected(String source, long line, String id, String reason) {
  @Override
  public String toString() {
    return source + ":" + line + ": " + reason;
  }
}
