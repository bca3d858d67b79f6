package org.indicia.cli;

import java.io.IOException;
import java.io.InputStream;
import org.indicia.Detector;
import org.indicia.cli.LineReader.Line;

/**
 * Plain UTF-8 text: one document per non-blank line ({@code --lines}), or the whole input.
 *
 * <p>The whole input is streamed, never read whole: it is one document (id: the file) when it fits
 * in {@link #MAX_DOCUMENT_CHARS}, otherwise it is split into documents of at most that many chars,
 * at line ends where possible, each with id {@code FILE:LINE} (the line it starts on; {@code
 * FILE:LINE#N} for the N-th piece of a longer line). A line that is not valid UTF-8 is one failed
 * record; the text before it and after it are still assessed. Line ends read as {@code \n}.
 */
final class TextRecords implements RecordReader {
  /** Most chars in one document of a whole-file input: the detector's default limit. */
  static final int MAX_DOCUMENT_CHARS = Detector.DEFAULT_MAX_TEXT_LENGTH;

  private final String source;
  private final LineReader lines;
  private final boolean perLine;
  private final int maxChars;
  private final StringBuilder doc = new StringBuilder();
  private long docLine; // the line the document being built starts on
  private int docPiece; // its piece number within that line, 1 for a line start
  private long piecesOfLine; // pieces read so far of the current line
  private boolean wholeFile = true; // nothing split off yet
  private InputRecord pending;
  private boolean ended;

  TextRecords(String source, InputStream in, boolean perLine) {
    this(source, in, perLine, MAX_DOCUMENT_CHARS);
  }

  /** @param maxChars the most chars of one whole-input document (tests use small values) */
  TextRecords(String source, InputStream in, boolean perLine, int maxChars) {
    this.source = source;
    this.perLine = perLine;
    this.maxChars = maxChars;
    // Pieces of at most maxChars bytes decode to at most maxChars chars.
    this.lines = perLine ? new LineReader(in) : new LineReader(in, Math.max(4, maxChars), true);
  }

  @Override
  public InputRecord next() throws IOException {
    return perLine ? nextLine() : nextPart();
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

  /** The next document of the whole input, or a failed line, or null at the end. */
  private InputRecord nextPart() throws IOException {
    while (true) {
      if (pending != null) {
        InputRecord p = pending;
        pending = null;
        return p;
      }
      if (ended) {
        return null;
      }
      Line piece = lines.next();
      if (piece == null) {
        ended = true;
        return emit(true);
      }
      long pieceNo = piecesOfLine + 1;
      piecesOfLine = piece.continues() ? pieceNo : 0;
      boolean lineStart = pieceNo == 1;
      if (piece.error() != null) {
        wholeFile = false;
        InputRecord before = emit(false);
        InputRecord failed =
            InputRecord.failed(source, piece.number(), piece.error() + suffix(pieceNo));
        if (before == null) {
          return failed;
        }
        pending = failed;
        return before;
      }
      String sep = doc.length() == 0 || !lineStart ? "" : "\n";
      InputRecord full = null;
      if (doc.length() + sep.length() + piece.text().length() > maxChars) {
        wholeFile = false;
        full = emit(false);
        sep = "";
      }
      if (doc.length() == 0) {
        docLine = piece.number();
        docPiece = (int) pieceNo;
      }
      doc.append(sep).append(piece.text());
      if (full != null) {
        return full;
      }
    }
  }

  private static String suffix(long pieceNo) {
    return pieceNo > 1 ? " (piece " + pieceNo + " of the line)" : "";
  }

  /** The document built so far, or null when it is blank; starts a new one. */
  private InputRecord emit(boolean atEnd) {
    String text = doc.toString();
    doc.setLength(0);
    if (text.isBlank()) {
      return null;
    }
    String id =
        atEnd && wholeFile
            ? source
            : source + ":" + docLine + (docPiece > 1 ? "#" + docPiece : "");
    return new InputRecord(source, docLine, id, text, null, null, null);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
