package org.indicia.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of UTF-8 from a byte stream, decoding each line on its own so that one bad line
 * (invalid UTF-8, too long) is reported with its number and the next line still reads. Memory is
 * bounded by {@link #MAX_LINE_BYTES}: the rest of a longer line is skipped, not buffered. A byte
 * order mark at the start is dropped; {@code \r\n} ends a line like {@code \n}.
 */
final class LineReader implements Closeable {
  /** Longest line kept, in bytes. */
  static final int MAX_LINE_BYTES = 16 << 20;

  /** One line: its 1-based number, its text, or the fault kind when it could not be read. */
  record Line(long number, String text, String error) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[1 << 16];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private long number;

  LineReader(InputStream in) {
    this(in, MAX_LINE_BYTES);
  }

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int len = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      byte b = buf[pos++];
      if (b == '\n') {
        break;
      }
      if (len == maxLineBytes) {
        tooLong = true;
        continue;
      }
      if (len == line.length) {
        line = java.util.Arrays.copyOf(line, Math.min(maxLineBytes, len * 2));
      }
      line[len++] = b;
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "line longer than " + maxLineBytes + " bytes");
    }
    if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    int start = number == 1 && startsWithBom(len) ? 3 : 0;
    try {
      String text = decoder.decode(ByteBuffer.wrap(line, start, len - start)).toString();
      return new Line(number, text, null);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not valid UTF-8");
    }
  }

  private boolean startsWithBom(int len) {
    return len >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
