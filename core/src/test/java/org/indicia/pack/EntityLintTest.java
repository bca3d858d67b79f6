package org.indicia.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lint of {@code entity:} conditions. */
class EntityLintTest {
  private static List<PackLinter.Warning> lint(String match) throws Exception {
    String yaml = """
        pack: p
        language: en
        version: 1.0.0
        description: d
        indicators:
          - id: x.one
            category: CONTACT_EVASION
            weight: 0.3
            description: d
            source: s
            match: %s
            examples: {hit: [a], miss: [b]}
        """.formatted(match);
    return PackLinter.lint("p.yaml", yaml);
  }

  @Test
  void lint_bareEntityAlone_warns() throws Exception {
    List<PackLinter.Warning> w = lint("{entity: {type: phone}}");
    assertThat(w).hasSize(1);
    assertThat(w.get(0).line()).isEqualTo(11);
    assertThat(w.get(0).indicator()).isEqualTo("x.one");
    assertThat(w.get(0).message()).contains("entity:{type: [phone]}", "fires on every text");
  }

  @Test
  void lint_bareEntityAsAlternative_warns() throws Exception {
    assertThat(lint("[escort, {entity: {type: handle}}]")).hasSize(1);
  }

  @Test
  void lint_restrictedOrCombinedEntity_clean() throws Exception {
    assertThat(lint("{entity: {type: phone, obscured: true}}")).isEmpty();
    assertThat(lint("{near: {within: 5, all: [escort, {entity: {type: age}}]}}")).isEmpty();
  }
}
