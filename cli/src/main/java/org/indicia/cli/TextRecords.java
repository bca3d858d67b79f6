package org.indicia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.indicia.cli.LineReader.Line;

/** Plain UTF-8 text: one document per non-blank line ({@code --lines}), or the whole input. */
final class TextRecords implements RecordReader {
  /** Largest whole-file document read, in bytes; the detector assesses far less anyway. */
  static final int MAX_FILE_BYTES = 64 << 20;

  private final String source;
  private final InputStream in;
  private final LineReader lines;
  private boolean done;

  TextRecords(String source, InputStream in, boolean perLine) {
    this.source = source;
    this.in = in;
    this.lines = perLine ? new LineReader(in) : null;
  }

  @Override
  public InputRecord next() throws IOException {
    return lines != null ? nextLine() : whole();
  }

  private InputRecord nextLine() throws IOException {
    Line line;
    do {
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (line.error() == null && line.text().isBlank());
    if (line.error() != null) {
      return InputRecord.failed(source, line.number(), line.error());
    }
    String id = source + ":" + line.number();
    return new InputRecord(source, line.number(), id, line.text(), null, null, null);
  }

  private InputRecord whole() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      return InputRecord.failed(source, 1, "larger than " + MAX_FILE_BYTES + " bytes; use --lines");
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
      return new InputRecord(source, 1, source, text, null, null, null);
    } catch (CharacterCodingException e) {
      return InputRecord.failed(source, 1, "not valid UTF-8");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
