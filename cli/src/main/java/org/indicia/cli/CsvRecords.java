package org.indicia.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV (RFC 4180) with a header row, read with Jackson's streaming CSV parser as plain rows, so that
 * a row with the wrong number of fields is one failed record and the next row still reads. A quote
 * that never closes or bytes that are not UTF-8 end the file. Quoted fields may span lines; a
 * record is reported at the line where it starts.
 */
final class CsvRecords implements RecordReader {
  private static final CsvMapper MAPPER = csvMapper();

  private final String source;
  private final JsonParser parser;
  private final Fields fields;
  private List<String> header;
  private int id = -1;
  private int lang = -1;
  private int label = -1;
  private int[] text;
  private boolean ended;
  private long lastLine;
  private long rowStart;

  CsvRecords(String source, InputStream in, Fields fields) throws IOException {
    this.source = source;
    this.fields = fields;
    InputStreamReader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    this.parser = MAPPER.getFactory().createParser(reader);
  }

  private static CsvMapper csvMapper() {
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    m.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    return m;
  }

  @Override
  public InputRecord next() throws IOException {
    if (ended) {
      return null;
    }
    try {
      if (header == null) {
        if (parser.nextToken() != JsonToken.START_ARRAY) { // the whole file
          ended = true;
          return null;
        }
        List<String> h = row();
        if (h == null) {
          ended = true;
          return null;
        }
        String problem = header(h);
        if (problem != null) {
          ended = true;
          return InputRecord.failed(source, 1, problem);
        }
      }
      List<String> row = row();
      if (row == null) {
        ended = true;
        return null;
      }
      return record(row);
    } catch (CharacterCodingException e) {
      return fatal("not valid UTF-8");
    } catch (JsonProcessingException e) {
      String msg = String.valueOf(e.getOriginalMessage());
      if (rowStart <= 0 && e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        rowStart = e.getLocation().getLineNr();
      }
      return fatal(msg.contains("closing quote") ? "quoted field never closed" : "malformed CSV");
    }
  }

  private InputRecord fatal(String kind) {
    ended = true;
    return InputRecord.failed(source, Math.max(1, rowStart), kind + "; rest of file skipped");
  }

  /**
   * The next row's fields, or null at the end. Sets {@link #lastLine} to where the row starts, and
   * {@link #rowStart} as soon as its first field is read (0 until then).
   */
  private List<String> row() throws IOException {
    rowStart = 0;
    JsonToken t = parser.nextToken();
    if (t != JsonToken.START_ARRAY) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    long line = -1;
    while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
      if (line < 0) {
        line = parser.currentTokenLocation().getLineNr();
        lastLine = line;
        rowStart = line;
      }
      fields.add(parser.getText());
    }
    return fields;
  }

  /** Finds the columns; returns a problem or null. Header names are not document text. */
  private String header(List<String> h) {
    header = new ArrayList<>(h.size());
    for (int i = 0; i < h.size(); i++) {
      String name = h.get(i).strip();
      header.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name);
    }
    id = header.indexOf(fields.id());
    lang = header.indexOf(fields.lang());
    text = new int[fields.text().size()];
    for (int i = 0; i < text.length; i++) {
      text[i] = header.indexOf(fields.text().get(i));
      if (text[i] < 0) {
        return "no column '"
            + fields.text().get(i)
            + "' in the header (columns: "
            + String.join(", ", header)
            + ")";
      }
    }
    if (fields.label() != null) {
      label = header.indexOf(fields.label());
      if (label < 0) {
        return "no label column '"
            + fields.label()
            + "' in the header (columns: "
            + String.join(", ", header)
            + ")";
      }
    }
    return null;
  }

  private InputRecord record(List<String> row) {
    long line = lastLine;
    if (row.size() != header.size()) {
      return InputRecord.failed(
          source, line, row.size() + " fields, the header has " + header.size());
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length; i++) {
      if (i > 0) {
        sb.append("\n\n");
      }
      sb.append(row.get(text[i]));
    }
    String hint = lang < 0 || row.get(lang).isBlank() ? null : row.get(lang).strip();
    if (hint != null && !Languages.valid(hint)) {
      return InputRecord.failed(
          source, line, "column '" + fields.lang() + "' is not a language code");
    }
    String lb = null;
    if (label >= 0) {
      lb = row.get(label).strip();
      if (lb.isEmpty()) {
        return InputRecord.failed(source, line, "empty label column '" + fields.label() + "'");
      }
    }
    String docId = id < 0 || row.get(id).isBlank() ? source + ":" + line : row.get(id).strip();
    return new InputRecord(source, line, docId, sb.toString(), hint, lb, null);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
