package org.indicia.cli;

import java.util.ArrayList;
import java.util.List;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.ExampleFailure;
import org.indicia.Explanation;
import org.indicia.Finding;
import org.indicia.IndicatorInfo;
import org.indicia.Overlay;
import org.indicia.RulePack;
import org.indicia.RulePackException;

/**
 * A pack's examples run with overlays applied ({@code test --overlay}), as {@link
 * RulePack#checkExamples()} runs them without: the pack alone, its language as the hint. The
 * examples of an indicator the overlays disable are skipped; a failure says what the overlay did
 * (the allow rule that removed a hit example's evidence).
 *
 * @param notes per failure, what the overlay did to that example ({@code ""} when nothing)
 * @param skipped examples of disabled indicators, not run
 */
record OverlaidExamples(List<ExampleFailure> failures, List<String> notes, int skipped) {
  static OverlaidExamples check(RulePack pack, List<Overlay> overlays) throws RulePackException {
    Detector.Builder b = Detector.builder().addPack(pack).lenientOverlays(); // ids of other packs
    overlays.forEach(b::overlay);
    Detector d = b.build();
    List<ExampleFailure> failures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int skipped = 0;
    int n = 0;
    for (IndicatorInfo ind : pack.indicators()) {
      boolean disabled = false;
      for (int pass = 0; pass < 2 && !disabled; pass++) {
        boolean hit = pass == 0;
        for (String text : hit ? ind.hitExamples() : ind.missExamples()) {
          Document doc = Document.of("example-" + n++, text).language(pack.language());
          Assessment a = d.assess(doc);
          List<String> fired = a.findings().stream().map(Finding::indicator).toList();
          if (fired.contains(ind.id()) == hit) {
            continue;
          }
          List<Explanation.OverlayEffect> fx = d.explain(doc).overlayEffects().stream()
              .filter(e -> e.indicator().equals(ind.id())).toList();
          if (fx.stream().anyMatch(e -> e.kind() == Explanation.OverlayEffect.Kind.DISABLED)) {
            disabled = true;
            break;
          }
          failures.add(new ExampleFailure(pack.idAtVersion(), ind.id(), hit, text, fired));
          notes.add(String.join("; ", fx.stream().map(e -> e.detail() + " [" + e.overlay() + "]").distinct().toList()));
        }
      }
      if (disabled) {
        skipped += ind.hitExamples().size() + ind.missExamples().size();
        int before = failures.size();
        failures.removeIf(f -> f.indicator().equals(ind.id()));
        notes.subList(notes.size() - (before - failures.size()), notes.size()).clear();
      }
    }
    return new OverlaidExamples(failures, notes, skipped);
  }
}
