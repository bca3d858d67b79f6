package org.indicia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV (RFC 4180) with a header row, read byte by byte so that one bad record never costs the
 * others: a row with the wrong number of fields, bytes that are not UTF-8 or a field longer than
 * {@link #MAX_RECORD_BYTES} is one failed record and the next row still reads. A quoted field that
 * never closes (or is followed by something other than a comma or a line end) fails the record it
 * opened, and reading resumes on the line after that record's first line: the bytes read since are
 * kept (at most {@code MAX_RECORD_BYTES}) and read again, or, past that, read again from the file
 * (standard input cannot be: there the rest of the line is skipped). Quoted fields may span lines; a record is
 * reported at the line where it starts. Empty lines are skipped.
 */
final class CsvRecords implements RecordReader {
  /** Largest record kept, in bytes; a larger one fails and is skipped, not buffered. */
  static final int MAX_RECORD_BYTES = LineReader.MAX_LINE_BYTES;

  private static final int EOF = -1;
  private static final int NONE = -2;

  private final String source;
  private final InputStream in;
  private final Fields fields;
  private final int maxBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  /** Bytes to read again before the stream (after a malformed quoted field). */
  private byte[] replay = new byte[0];
  private int replayPos;
  private long replayBase; // the input offset of replay[0]
  private int ahead = NONE; // a byte peeked at and not yet read
  private long aheadOffset;
  private long bufStart; // the input offset of buf[0]
  private long lastOffset; // the input offset of the byte read last
  /** The file, when the input is one: a record too long to keep can be read again from it. */
  private final FileChannel file;
  private long line = 1; // the line of the next byte

  // the record being read
  private byte[] raw = new byte[1024]; // every byte of the record, for a replay
  private int rawLen;
  private boolean rawLost; // the record outgrew maxBytes: no replay from memory
  private long rawStart; // the input offset of raw[0]
  private long firstNewline; // the input offset of the record's first line break, or -1
  private byte[] data = new byte[1024]; // field contents, unquoted
  private int dataLen;
  private int[] bounds = new int[16]; // field i is data[bounds[i], bounds[i + 1])
  private int fieldCount;

  private int columns = -1;
  private int id = -1;
  private int lang = -1;
  private int label = -1;
  private int[] text;
  private boolean ended;

  CsvRecords(String source, InputStream in, Fields fields) throws IOException {
    this(source, in, null, fields, MAX_RECORD_BYTES);
  }

  /** A CSV file: read directly, so that any record can be read again. */
  CsvRecords(String source, FileChannel file, Fields fields) throws IOException {
    this(source, null, file, fields, MAX_RECORD_BYTES);
  }

  /**
   * @param in the stream, when {@code file} is null
   * @param maxBytes the largest record kept (tests use small values)
   */
  CsvRecords(String source, InputStream in, FileChannel file, Fields fields, int maxBytes)
      throws IOException {
    this.source = source;
    this.in = in;
    this.file = file;
    this.fields = fields;
    this.maxBytes = maxBytes;
    skipBom();
  }

  /** Drops a UTF-8 byte order mark at the start, so a quoted first header reads as quoted. */
  private void skipBom() throws IOException {
    int b0 = read();
    if (b0 != 0xEF) {
      ahead = b0;
      return;
    }
    int b1 = read();
    int b2 = b1 == 0xBB ? read() : NONE;
    if (b1 == 0xBB && b2 == 0xBF) {
      return;
    }
    // Not a byte order mark: read these bytes again.
    byte[] again = b2 == NONE || b2 == EOF ? (b1 == EOF ? new byte[] {(byte) b0}
        : new byte[] {(byte) b0, (byte) b1}) : new byte[] {(byte) b0, (byte) b1, (byte) b2};
    replay = again;
    replayPos = 0;
  }

  @Override
  public InputRecord next() throws IOException {
    while (!ended) {
      long start = skipEmptyLines();
      if (start < 0) {
        ended = true;
        return null;
      }
      String problem = readRecord(start);
      if (columns < 0) {
        if (problem == null) {
          problem = header();
        }
        if (problem != null) {
          ended = true; // without a header no row can be read
          return InputRecord.failed(source, start, problem + "; file skipped");
        }
        continue;
      }
      return problem != null ? InputRecord.failed(source, start, problem) : record(start);
    }
    return null;
  }

  // ---------------------------------------------------------------- bytes

  /** The next byte, or EOF; sets {@link #lastOffset} to its offset in the input. */
  private int read() throws IOException {
    if (ahead != NONE) {
      int b = ahead;
      ahead = NONE;
      lastOffset = aheadOffset;
      return b;
    }
    if (replayPos < replay.length) {
      lastOffset = replayBase + replayPos;
      return replay[replayPos++] & 0xFF;
    }
    if (pos == limit) {
      bufStart += limit;
      pos = 0;
      limit = 0;
      int n = file != null ? file.read(ByteBuffer.wrap(buf)) : in.read(buf);
      if (n <= 0) {
        return EOF;
      }
      limit = n;
    }
    lastOffset = bufStart + pos;
    return buf[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (ahead == NONE) {
      ahead = read();
      aheadOffset = lastOffset;
    }
    return ahead;
  }

  /** Skips empty lines; the line of the next record, or -1 at the end. */
  private long skipEmptyLines() throws IOException {
    while (true) {
      int b = peek();
      if (b == EOF) {
        return -1;
      }
      if (b != '\n' && b != '\r') {
        return line;
      }
      read();
      if (b == '\n') {
        line++;
      }
    }
  }

  // ---------------------------------------------------------------- one record

  /**
   * Reads one record into {@link #data} and {@link #bounds}; returns the fault kind when it is
   * malformed, and leaves the input at the start of the next record.
   */
  private String readRecord(long start) throws IOException {
    rawLen = 0;
    rawLost = false;
    firstNewline = -1;
    dataLen = 0;
    fieldCount = 0;
    bounds[0] = 0;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      int b = read();
      keep(b);
      if (quoted) {
        if (b == EOF) {
          return resync(start, "quoted field never closed");
        }
        if (b == '"') {
          quoted = false;
          afterQuote = true;
          continue;
        }
        if (b == '\n') {
          line++;
          if (firstNewline < 0) {
            firstNewline = lastOffset;
          }
        }
        append(b);
        continue;
      }
      if (b == EOF || b == '\n' || b == ',' || (b == '\r' && (peek() == '\n' || peek() == EOF))) {
        endField();
        if (b == ',') {
          fieldStart = true;
          afterQuote = false;
          continue;
        }
        if (b == '\r') {
          keep(read());
        }
        if (b != EOF) {
          line++;
        }
        return rawLost ? "record longer than " + maxBytes + " bytes" : decodeCheck();
      }
      if (afterQuote) {
        if (b == '"') { // "" inside a quoted field: one quote
          append('"');
          quoted = true;
          afterQuote = false;
          continue;
        }
        // Past its first line, the likely cause is a quote opened and never closed.
        return resync(start, line > start ? "quoted field never closed" : "text after a closing quote");
      }
      if (b == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        continue;
      }
      fieldStart = false;
      append(b);
    }
  }

  /** A malformed quoted field: reads again from the line after the record's first line. */
  private String resync(long start, String fault) throws IOException {
    if (rawLost && file != null && firstNewline >= 0) {
      // Too much was read to keep, but a file can be read again from the record's second line.
      file.position(firstNewline + 1);
      bufStart = firstNewline + 1;
      pos = 0;
      limit = 0;
      replay = new byte[0];
      replayPos = 0;
      ahead = NONE;
      line = start + 1;
      return fault;
    }
    if (rawLost) {
      // Too much was read to keep: go on after the end of the current line.
      int b;
      while ((b = read()) != EOF && b != '\n') {
        // skip
      }
      if (b == '\n') {
        line++;
      }
      return fault + " (record longer than " + maxBytes + " bytes; lines skipped up to " + line
          + ")";
    }
    int nl = 0;
    while (nl < rawLen && raw[nl] != '\n') {
      nl++;
    }
    if (nl == rawLen) { // the record did not pass its first line: skip the rest of it
      int b;
      while ((b = read()) != EOF && b != '\n') {
        // skip
      }
      line = start + (b == '\n' ? 1 : 0);
      return fault;
    }
    int kept = rawLen - nl - 1;
    replayBase = rawStart + nl + 1; // raw, the peeked byte and the rest of the replay are contiguous
    int peeked = ahead == NONE || ahead == EOF ? 0 : 1;
    byte[] again = new byte[kept + peeked + (replay.length - replayPos)];
    System.arraycopy(raw, nl + 1, again, 0, kept);
    if (peeked == 1) {
      again[kept] = (byte) ahead;
    }
    ahead = NONE;
    System.arraycopy(replay, replayPos, again, kept + peeked, replay.length - replayPos);
    replay = again;
    replayPos = 0;
    line = start + 1;
    return fault;
  }

  private void keep(int b) {
    if (b == EOF || rawLost) {
      return;
    }
    if (rawLen == 0) {
      rawStart = lastOffset;
    }
    if (rawLen == maxBytes) {
      rawLost = true;
      return;
    }
    if (rawLen == raw.length) {
      raw = Arrays.copyOf(raw, (int) Math.min(maxBytes, raw.length * 2L));
    }
    raw[rawLen++] = (byte) b;
  }

  private void append(int b) {
    if (rawLost) {
      return; // the record fails anyway: keep memory bounded
    }
    if (dataLen == data.length) {
      data = Arrays.copyOf(data, (int) Math.min(maxBytes, data.length * 2L));
    }
    data[dataLen++] = (byte) b;
  }

  private void endField() {
    fieldCount++;
    if (fieldCount + 1 > bounds.length) {
      bounds = Arrays.copyOf(bounds, bounds.length * 2);
    }
    bounds[fieldCount] = dataLen;
  }

  private String decodeCheck() {
    for (int i = 0; i < fieldCount; i++) {
      if (field(i) == null) {
        return "not valid UTF-8";
      }
    }
    return null;
  }

  /** Field {@code i} decoded, or null when it is not UTF-8. */
  private String field(int i) {
    try {
      return decoder
          .decode(ByteBuffer.wrap(data, bounds[i], bounds[i + 1] - bounds[i]))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- header and rows

  /** Finds the columns; returns a problem or null. Never quotes a cell: it may be text. */
  private String header() {
    List<String> h = new ArrayList<>(fieldCount);
    for (int i = 0; i < fieldCount; i++) {
      String name = field(i).strip();
      h.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1).strip() : name);
    }
    id = h.indexOf(fields.id());
    lang = h.indexOf(fields.lang());
    text = new int[fields.text().size()];
    for (int i = 0; i < text.length; i++) {
      text[i] = h.indexOf(fields.text().get(i));
      if (text[i] < 0) {
        return "no column '" + fields.text().get(i) + "' in " + columnsOf(h.size());
      }
    }
    if (fields.label() != null) {
      label = h.indexOf(fields.label());
      if (label < 0) {
        return "no label column '" + fields.label() + "' in " + columnsOf(h.size());
      }
    }
    columns = h.size();
    return null;
  }

  private static String columnsOf(int n) {
    return "the header row (" + n + (n == 1 ? " column" : " columns") + "; is the first row a header?)";
  }

  private InputRecord record(long start) {
    if (fieldCount != columns) {
      return InputRecord.failed(source, start, fieldCount + " fields, the header has " + columns);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length; i++) {
      if (i > 0) {
        sb.append("\n\n");
      }
      sb.append(field(text[i]));
    }
    String hint = lang < 0 ? null : field(lang).strip();
    if (hint != null && hint.isEmpty()) {
      hint = null;
    }
    if (hint != null && !Languages.valid(hint)) {
      return InputRecord.failed(
          source, start, "column '" + fields.lang() + "' is not a language code");
    }
    String lb = null;
    if (label >= 0) {
      lb = field(label).strip();
      if (lb.isEmpty()) {
        return InputRecord.failed(source, start, "empty label column '" + fields.label() + "'");
      }
    }
    String docId = id < 0 ? "" : field(id).strip();
    if (docId.isEmpty()) {
      docId = source + ":" + start;
    }
    return new InputRecord(source, start, docId, sb.toString(), hint, lb, null);
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    } else {
      in.close();
    }
  }
}
