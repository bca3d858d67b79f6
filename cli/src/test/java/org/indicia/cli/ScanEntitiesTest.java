package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan} writes each document's entities with original offsets. */
class ScanEntitiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void scan_jsonl_listsEntities() throws IOException {
    String text = "New in town, 19 yo. Call 508 5five5 38four1 or Telegram: @sweet_anna22. Donation $200.";
    Path in = Cli.write(dir, "in.jsonl", JSON.writeValueAsString(java.util.Map.of("id", "a", "text", text, "lang", "en")) + "\n");
    Cli.Run r = Cli.run("scan", in.toString());
    assertThat(r.code()).as(r.toString()).isZero();
    JsonNode entities = JSON.readTree(r.outLines().get(0)).get("entities");
    assertThat(entities).hasSize(4);
    JsonNode phone = entities.get(1);
    assertThat(phone.get("type").asText()).isEqualTo("phone");
    assertThat(phone.get("value").asText()).isEqualTo("+15085553841");
    assertThat(phone.get("obscured").asBoolean()).isTrue();
    assertThat(text.substring(phone.get("start").asInt(), phone.get("end").asInt())).isEqualTo("508 5five5 38four1");
    assertThat(entities.get(0).get("type").asText()).isEqualTo("age");
    assertThat(entities.get(0).get("value").asText()).isEqualTo("19");
    assertThat(entities.get(2).get("platform").asText()).isEqualTo("telegram");
    assertThat(entities.get(2).get("value").asText()).isEqualTo("sweet_anna22");
    assertThat(entities.get(3).get("currency").asText()).isEqualTo("USD");
    assertThat(entities.get(3).has("platform")).isFalse();
  }
}
