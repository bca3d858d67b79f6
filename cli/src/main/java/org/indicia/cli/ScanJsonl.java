package org.indicia.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.indicia.Assessment;
import org.indicia.Document;

/**
 * {@code scan}'s JSON Lines, reading and writing, for code that runs the same screening elsewhere
 * (the Flink job): records {@code {"id":…,"text":…,"lang":…}} in, one {@link #line(Assessment)}
 * per document out, byte for byte what {@code indicia scan --format jsonl} writes. Reading has
 * scan's rules too: blank lines skipped, a byte order mark dropped, a line that is not valid UTF-8,
 * not JSON or lacks its text comes back as a failed {@link Record} naming the fault (never the
 * content), and a record without an id gets {@code source:line}. Thread-safe (a {@link Reader}
 * is not).
 */
public final class ScanJsonl {
  private static final RecordReader.Fields FIELDS =
      new RecordReader.Fields("id", List.of("text"), "lang", null);

  private ScanJsonl() {}

  /**
   * One document read, or the fault that kept it from being read.
   *
   * @param source the input's name, as used in ids and errors
   * @param line the 1-based line the record was read from
   * @param id the document id: the record's {@code id}, or {@code source:line}
   * @param text the text, or null when {@code error} is set
   * @param lang the record's language hint ({@code lang}), or null
   * @param error why the record could not be read, or null; never holds document text
   */
  public record Record(
      String source, long line, String id, String text, String lang, String error) {
    public Record {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(id, "id");
      if ((text == null) == (error == null)) {
        throw new IllegalArgumentException("a record has either a text or an error");
      }
    }

    /** A record that could not be read, e.g. a line that is not valid UTF-8. */
    public static Record failed(String source, long line, String error) {
      return of(InputRecord.failed(source, line, Objects.requireNonNull(error, "error")));
    }

    /** Whether the record was read (it has a text). */
    public boolean ok() {
      return error == null;
    }

    /** {@code source:line}, as {@code scan} reports record errors. */
    public String where() {
      return source + ":" + line;
    }

    /** The document {@code scan} assesses for this record. */
    public Document document() {
      if (!ok()) {
        throw new IllegalStateException("a failed record has no document: " + where());
      }
      Document d = Document.of(id, text);
      return lang == null ? d : d.language(lang);
    }

    private static Record of(InputRecord r) {
      return new Record(r.source(), r.line(), r.id(), r.text(), r.lang(), r.error());
    }
  }

  /** The records of one JSONL stream, in order. Not thread-safe. */
  public static final class Reader implements Closeable {
    private final JsonlRecords records;

    private Reader(String source, InputStream in) {
      this.records = new JsonlRecords(source, new LineReader(in), FIELDS);
    }

    /** The next record (read or failed), or null at the end of the stream. */
    public Record next() throws IOException {
      InputRecord r = records.next();
      return r == null ? null : Record.of(r);
    }

    /** Closes the stream. */
    @Override
    public void close() throws IOException {
      records.close();
    }
  }

  /** Reads JSON Lines (UTF-8) from {@code in}; {@code source} names it in ids and errors. */
  public static Reader reader(String source, InputStream in) {
    return new Reader(Objects.requireNonNull(source, "source"), Objects.requireNonNull(in, "in"));
  }

  /**
   * One line of JSON Lines as a record, e.g. a message from a queue. The caller skips blank lines
   * as {@code scan} does.
   */
  public static Record parse(String source, long line, String json) {
    return Record.of(
        JsonlRecords.parse(
            Objects.requireNonNull(source, "source"), line, Objects.requireNonNull(json, "json"),
            FIELDS));
  }

  /** The assessment as {@code scan --format jsonl} writes it, without the line break. */
  public static String line(Assessment a) {
    return Json.line(Objects.requireNonNull(a, "a"));
  }
}
