package org.indicia.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The overlay JSON Schema (for editors) agrees with the parser: the repository's example overlay
 * validates and parses, and what the parser refuses for its shape the schema refuses too.
 */
class OverlaySchemaTest {
  private static final ObjectMapper YAML = new YAMLMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in = OverlaySchemaTest.class.getResourceAsStream("/org/indicia/overlay/indicia-overlay.schema.json")) {
      assertThat(in).as("schema resource").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  @Test
  void theExampleOverlay_validatesAndParses() throws Exception {
    Path example = Path.of("").toAbsolutePath().getParent().resolve("examples/overlays/job-portal.yaml");
    assertThat(example).exists();
    String text = Files.readString(example);
    assertThat(schema().validate(YAML.readTree(text))).isEmpty();
    assertThat(OverlayParser.parse(example.toString(), text).allow()).hasSize(4);
  }

  @Test
  void schema_refusesWhatTheParserRefuses() throws Exception {
    JsonSchema schema = schema();
    String head = "overlay: p\nversion: 1.0.0\n";
    String[] bad = {
      "overlay: p\n",
      head + "extra: 1\n",
      head + "indicators:\n  \"en.[x]\": {disable: true}\n",
      head + "indicators:\n  en.a: {weight: -0.2}\n",
      head + "indicators:\n  en.a: {weight: 0}\n",
      head + "indicators:\n  en.a: {}\n",
      head + "indicators:\n  en.a: {disable: true, weight: 0.2}\n",
      head + "indicators:\n  en.a: {wieght: 0.2}\n",
      head + "categories:\n  FRAUD: {factor: 0.5}\n",
      head + "categories:\n  DECEPTION: {factor: 0}\n",
      head + "thresholds: {low: 0.2, high: 0.8}\n",
      head + "allow: [{phrase: a, regex: b}]\n",
      head + "allow: [\"\"]\n",
    };
    for (String yaml : bad) {
      assertThat(schema.validate(YAML.readTree(yaml))).as(yaml).isNotEmpty();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> OverlayParser.parse("o.yaml", yaml)).as(yaml)
          .isInstanceOf(org.indicia.RulePackException.class);
    }
    String good = head + "indicators:\n  en.offer.*: {weight: 0.3, strong: false}\n  en.a: {disable: true}\n"
        + "categories:\n  DECEPTION: {factor: 1.5}\nthresholds: {low: 0.2, medium: 0.5, high: 0.8}\n"
        + "allow: [\"seasonal staff\", {phrase: our fees}, {regex: \"ref [0-9]+\"}]\n";
    assertThat(schema.validate(YAML.readTree(good))).isEmpty();
    OverlayParser.parse("o.yaml", good);
  }
}
