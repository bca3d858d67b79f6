package org.indicia.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.indicia.cli.LineReader.Line;

/**
 * JSON Lines: one object per line with the text field(s), and optionally id, lang and label. Blank
 * lines are skipped. Errors name the fault and the column, never the content: Jackson's own
 * messages quote the offending input, so they are not passed on.
 */
final class JsonlRecords implements RecordReader {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final String source;
  private final LineReader lines;
  private final Fields fields;

  JsonlRecords(String source, LineReader lines, Fields fields) {
    this.source = source;
    this.lines = lines;
    this.fields = fields;
  }

  @Override
  public InputRecord next() throws IOException {
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
    return parse(source, line.number(), line.text(), fields);
  }

  /** One non-blank line of JSON Lines as a record, or a failed record saying what is wrong. */
  static InputRecord parse(String source, long number, String text, Fields fields) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      return InputRecord.failed(
          source, number, "malformed JSON" + (column > 0 ? " at column " + column : ""));
    }
    if (node == null || !node.isObject()) {
      return InputRecord.failed(source, number, "not a JSON object");
    }
    return record(node, source, number, fields);
  }

  private static InputRecord record(JsonNode node, String source, long number, Fields fields) {
    StringBuilder text = new StringBuilder();
    boolean found = false;
    for (String f : fields.text()) {
      JsonNode t = node.get(f);
      if (t == null || t.isNull()) {
        continue;
      }
      if (!t.isTextual()) {
        return InputRecord.failed(source, number, "field '" + f + "' is not a string");
      }
      if (found) {
        text.append("\n\n");
      }
      text.append(t.textValue());
      found = true;
    }
    if (!found) {
      return InputRecord.failed(
          source, number, "missing field '" + String.join("' / '", fields.text()) + "'");
    }
    JsonNode id = node.get(fields.id());
    if (id != null && !id.isNull() && !id.isTextual() && !id.isNumber()) {
      return InputRecord.failed(
          source, number, "field '" + fields.id() + "' is not a string or number");
    }
    String lang = null;
    JsonNode l = node.get(fields.lang());
    if (l != null && !l.isNull()) {
      if (!l.isTextual() || !Languages.valid(l.textValue())) {
        return InputRecord.failed(
            source, number, "field '" + fields.lang() + "' is not a language code");
      }
      lang = l.textValue();
    }
    String label = null;
    if (fields.label() != null) {
      JsonNode lb = node.get(fields.label());
      if (lb == null || lb.isNull() || lb.isObject()) {
        return InputRecord.failed(source, number, "missing label field '" + fields.label() + "'");
      }
      if (lb.isArray()) { // a list of labels (expected categories), joined with commas
        List<String> parts = new ArrayList<>();
        lb.forEach(e -> parts.add(e.asText()));
        label = String.join(",", parts);
      } else {
        label = lb.asText();
      }
    }
    String docId = id == null || id.isNull() ? source + ":" + number : id.asText();
    return new InputRecord(source, number, docId, text.toString(), lang, label, null);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
