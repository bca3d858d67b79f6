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
 * bounded by {@link #MAX_LINE_BYTES}: the rest of a longer line is skipped, not buffered, or, in
 * split mode, handed out in pieces of at most that many bytes, cut between characters. A byte
 * order mark at the start is dropped; {@code \r\n} ends a line like {@code \n}.
 */
final class LineReader implements Closeable {
  /** Longest line kept, in bytes. */
  static final int MAX_LINE_BYTES = 16 << 20;

  /**
   * One line, or one piece of a long line in split mode: its 1-based number, its text, or the
   * fault kind when it could not be read, and whether the line goes on in the next piece.
   */
  record Line(long number, String text, String error, boolean continues) {
    Line(long number, String text, String error) {
      this(number, text, error, false);
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final boolean split;
  private final byte[] buf = new byte[1 << 16];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int carried; // split mode: bytes of a character cut at the end of the last piece
  private long number;
  private boolean midLine; // split mode: the last piece did not end its line
  private boolean started;

  LineReader(InputStream in) {
    this(in, MAX_LINE_BYTES, false);
  }

  LineReader(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, false);
  }

  /**
   * @param split whether a line longer than {@code maxLineBytes} comes back in pieces rather than
   *     as one error
   */
  LineReader(InputStream in, int maxLineBytes, boolean split) {
    if (maxLineBytes < 4) {
      throw new IllegalArgumentException("maxLineBytes < 4");
    }
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.split = split;
  }

  /** The next line (or piece), or null at the end of the stream. */
  Line next() throws IOException {
    int len = carried;
    carried = 0;
    boolean tooLong = false;
    boolean any = len > 0;
    boolean piece = false;
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
        if (split) {
          pos--; // read again at the start of the next piece
          piece = true;
          break;
        }
        tooLong = true;
        continue;
      }
      if (len == line.length) {
        line = java.util.Arrays.copyOf(line, Math.min(maxLineBytes, len * 2));
      }
      line[len++] = b;
    }
    if (!midLine) {
      number++;
    }
    midLine = piece;
    if (tooLong) {
      return new Line(number, null, "line longer than " + maxLineBytes + " bytes");
    }
    if (piece) {
      int cut = charBoundary(len);
      carried = len - cut;
      len = cut;
    } else if (len > 0 && line[len - 1] == '\r') {
      len--;
    }
    int start = !started && startsWithBom(len) ? 3 : 0;
    started = true;
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(line, start, len - start)).toString();
    } catch (CharacterCodingException e) {
      text = null;
    }
    if (carried > 0) {
      System.arraycopy(line, len, line, 0, carried);
    }
    return text == null
        ? new Line(number, null, "not valid UTF-8", piece)
        : new Line(number, text, null, piece);
  }

  /** Where to cut {@code line[0, len)} so that no UTF-8 sequence is split: at most 3 bytes back. */
  private int charBoundary(int len) {
    for (int i = len - 1; i >= Math.max(0, len - 3); i--) {
      int b = line[i] & 0xFF;
      if (b < 0x80) {
        return len; // ASCII ends the piece: nothing cut
      }
      if (b >= 0xC0) { // a lead byte: is its sequence complete?
        int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return len - i >= need ? len : i;
      }
    }
    return len; // not UTF-8 anyway: the decoder reports it
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
