package org.indicia.cli;

/**
 * One document read from the input, or the fault that kept it from being read.
 *
 * @param source the file as named on the command line ({@code -} for standard input)
 * @param line the 1-based line where the record starts
 * @param id the document id (the input's id, or {@code source:line})
 * @param text the text, or null when {@code error} is set
 * @param lang the record's language hint, or null
 * @param label the record's label (eval only), or null
 * @param error the fault kind when the record is malformed, or null; never holds document text
 */
record InputRecord(
    String source, long line, String id, String text, String lang, String label, String error) {

  static InputRecord failed(String source, long line, String error) {
    return new InputRecord(source, line, source + ":" + line, null, null, null, error);
  }

  boolean ok() {
    return error == null;
  }

  /** {@code source:line}, as record errors are reported. */
  String where() {
    return source + ":" + line;
  }
}
