package org.indicia;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a pack's examples through a detector holding that pack alone: kept out of {@link
 * RulePack}, a loaded pack, so the data type does not build the engine that reads it. Internal.
 */
final class Examples {
  private Examples() {}

  /** The failures, in pack order; empty when every example behaves. The pack's language is the hint. */
  static List<ExampleFailure> check(RulePack pack) {
    Detector d;
    try {
      d = Detector.builder().addPack(pack).build();
    } catch (RulePackException e) {
      throw new IllegalStateException("a valid pack failed to compile alone", e);
    }
    List<ExampleFailure> failures = new ArrayList<>();
    int n = 0;
    for (IndicatorInfo ind : pack.indicators()) {
      for (int pass = 0; pass < 2; pass++) {
        boolean hit = pass == 0;
        for (String text : hit ? ind.hitExamples() : ind.missExamples()) {
          Assessment a = d.assess(Document.of("example-" + n++, text).language(pack.language()));
          List<String> fired = a.findings().stream().map(Finding::indicator).toList();
          if (fired.contains(ind.id()) != hit) {
            failures.add(new ExampleFailure(pack.idAtVersion(), ind.id(), hit, text, fired));
          }
        }
      }
    }
    return failures;
  }
}
