package org.indicia;

import java.net.URL;
import java.util.Objects;

/** The engine's own test packs. */
final class TestPacks {
  private TestPacks() {}

  static RulePack english() {
    try {
      URL url = Objects.requireNonNull(TestPacks.class.getResource("/packs/test-en.yaml"));
      return RulePack.load(url);
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  static Detector detector() {
    try {
      return Detector.builder().addPack(english()).build();
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** A minimal valid pack around one indicator's {@code match:} YAML (a flow mapping or scalar). */
  static String pack(String match) {
    return """
        pack: p
        language: en
        version: 1.0.0
        description: d
        indicators:
          - id: x.one
            category: DECEPTION
            weight: 0.5
            description: d
            source: s
            match: %s
            examples: {hit: [a], miss: [b]}
        """.formatted(match);
  }
}
