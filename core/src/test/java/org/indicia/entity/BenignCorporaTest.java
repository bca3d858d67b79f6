package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.indicia.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benign corpora of the language modules and the samples hold prices, dates, times, ages,
 * postcodes and a few employers' phone numbers written plainly after "appelez le". No ordinary
 * number may be read as a phone: every phone found is a plain one introduced as a contact.
 */
class BenignCorporaTest {
  private static final java.util.regex.Pattern CONTACT =
      java.util.regex.Pattern.compile("(?i)(appel|t[ée]l[ée]phon|\\btel\\b|phone|call|joindre|contact)");

  @ParameterizedTest
  @ValueSource(strings = {"../rules-en/src/test/resources/benign-en.jsonl",
      "../rules-fr/src/test/resources/benign-fr.jsonl", "../samples/ads.jsonl"})
  void benignAds_haveNoPhone(String file) throws IOException {
    Path path = Path.of(file);
    ObjectMapper json = new ObjectMapper();
    List<String> phones = new ArrayList<>();
    int read = 0;
    for (String line : Files.readAllLines(path)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode rec = json.readTree(line);
      if (rec.has("label") && !rec.get("label").asText().equals("benign")) {
        continue;
      }
      read++;
      String text = rec.get("text").asText();
      for (Entity e : EntityExtractor.extract(text, text.length(), List.of("US", "FR"))) {
        String before = text.substring(Math.max(0, e.span().start() - 70), e.span().start());
        if (e.type() == Entity.Type.PHONE && (e.obscured() || !CONTACT.matcher(before).find())) {
          phones.add(rec.get("id").asText() + ": " + e.span().text());
        }
      }
    }
    assertThat(read).isGreaterThan(10);
    assertThat(phones).isEmpty();
  }
}
