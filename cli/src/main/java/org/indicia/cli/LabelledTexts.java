package org.indicia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.indicia.Category;

/**
 * Labelled JSONL texts, the blind sets' format ({@code {"id":..,"register":..,"expect":[..],"text":..}}),
 * as the trainers read them. Internal.
 */
final class LabelledTexts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledTexts() {}

  /**
   * One labelled text.
   *
   * @param file the file it came from, as given
   * @param expect the categories it describes (empty: a benign text)
   */
  record Text(String file, String id, String register, Set<Category> expect, String text) {
    boolean concerning() {
      return !expect.isEmpty();
    }
  }

  /**
   * The texts of {@code f}, in file order.
   *
   * @throws InputException naming the file and line, if it is missing or a line is not such a text
   */
  static List<Text> read(Path f) throws IOException, InputException {
    if (!Files.isRegularFile(f)) {
      throw new InputException(f + ": no such file");
    }
    List<Text> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new InputException(f + ":" + n + ": not JSON");
        }
        JsonNode text = node.path("text");
        if (!text.isTextual()) {
          throw new InputException(f + ":" + n + ": no text");
        }
        EnumSet<Category> expect = EnumSet.noneOf(Category.class);
        for (JsonNode e : node.path("expect")) {
          try {
            expect.add(Category.valueOf(e.asText()));
          } catch (IllegalArgumentException x) {
            throw new InputException(f + ":" + n + ": '" + e.asText() + "' is not a category");
          }
        }
        out.add(new Text(f.toString(), node.path("id").asText("line " + n), node.path("register").asText(""),
            Set.copyOf(expect), text.asText()));
      }
    }
    return out;
  }
}
