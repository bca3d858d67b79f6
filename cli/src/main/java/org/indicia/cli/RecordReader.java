package org.indicia.cli;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the documents of one input, in order. A malformed record comes back as a failed {@link
 * InputRecord}, and reading goes on; a fault that ends the file (a CSV quote never closed) comes
 * back as one failed record, then the end.
 */
interface RecordReader extends Closeable {
  /** The next record, or null at the end of the input. */
  InputRecord next() throws IOException;

  /** Which fields or columns hold what. */
  record Fields(String id, java.util.List<String> text, String lang, String label) {}
}
