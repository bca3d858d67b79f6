package org.indicia.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.indicia.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Every pack in the repository validates against the JSON Schema shipped in core's resources, and
 * loads. The schema is what editors use; a pack the engine accepts but the schema refuses (or the
 * reverse) would mislead authors.
 */
class PackSchemaTest {
  private static JsonSchema schema() throws IOException {
    try (InputStream in = PackSchemaTest.class.getResourceAsStream("/org/indicia/pack/indicia-pack.schema.json")) {
      assertThat(in).as("schema resource").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  /** Packs under the repository: core's test packs and every module's main resources. */
  static List<Path> packs() throws IOException {
    Path repo = Path.of("").toAbsolutePath().getParent();
    List<Path> roots = List.of(repo.resolve("core/src/test/resources/packs"),
        repo.resolve("rules-en/src/main/resources"), repo.resolve("rules-fr/src/main/resources"));
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  @Test
  void everyPackInTheRepo_validatesAgainstTheSchema_andLoads() throws Exception {
    JsonSchema schema = schema();
    ObjectMapper yaml = new YAMLMapper();
    ObjectMapper json = new ObjectMapper();
    List<Path> packs = packs();
    assertThat(packs).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path p : packs) {
      JsonNode node = (p.toString().endsWith(".json") ? json : yaml).readTree(p.toFile());
      Set<ValidationMessage> errors = schema.validate(node);
      errors.forEach(e -> problems.add(p.getFileName() + ": " + e.getMessage()));
      RulePack.load(p);
    }
    assertThat(problems).as("schema violations (quote YAML 1.1 booleans such as \"no\", \"on\")").isEmpty();
  }

  @Test
  void schema_refusesWhatTheLoaderRefuses() throws Exception {
    JsonSchema schema = schema();
    ObjectMapper yaml = new YAMLMapper();
    String good = """
        pack: p
        language: en
        version: 1.0.0
        description: d
        indicators:
          - {id: x.a, category: DECEPTION, weight: 0.5, description: d, source: s, match: a,
             examples: {hit: [a], miss: [b]}}
        """;
    assertThat(schema.validate(yaml.readTree(good))).isEmpty();
    assertThat(schema.validate(yaml.readTree(good.replace("DECEPTION", "NOPE")))).isNotEmpty();
    assertThat(schema.validate(yaml.readTree(good.replace("weight: 0.5", "weight: 2")))).isNotEmpty();
    assertThat(schema.validate(yaml.readTree(good.replace("source: s,", "source: s, colour: red,")))).isNotEmpty();
    assertThat(schema.validate(yaml.readTree(good.replace("match: a", "match: {near: {within: 0, all: [a]}}")))).isNotEmpty();
  }
}
