package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of overlays: an empty overlay changes nothing but the overlay named; an allow rule
 * never changes a finding whose evidence does not overlap the text it allows.
 */
class OverlayProperties {
  /** Sentences of the test pack's cues and of plain text; two of them are the allowed boilerplate. */
  private static final List<String> SENTENCES = List.of(
      "We keep your passport during the contract",
      "The agency will hold your id card",
      "Your debt must be repaid from wages",
      "A recruitment fee of 300 applies",
      "No recruitment fee is charged",
      "Work 7 days a week with no days off",
      "Exotic beauty awaits",
      "Bring your passport to the interview",
      "Staff keep your passport safe in the office",
      "The placement fee is paid by the employer",
      "Fresh fruit and coffee every morning",
      "Apply today");
  private static final String ALLOW_A = "staff keep your passport safe in the office";
  private static final String ALLOW_B = "the placement fee is paid by the employer";

  private static final Detector PLAIN = TestPacks.detector();
  private static final Detector EMPTY = build("overlay: nothing\nversion: 0.1.0\n");
  private static final Detector ALLOWING = build("overlay: allow\nversion: 1.0.0\nallow:\n  - \"" + ALLOW_A + "\"\n  - \""
      + ALLOW_B + "\"\n");

  private static Detector build(String overlay) {
    try {
      return Detector.builder().addPack(TestPacks.english()).overlay(Overlay.parse("p.yaml", overlay)).build();
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(SENTENCES).list().ofMinSize(1).ofMaxSize(8)
        .flatMap(s -> Arbitraries.of(". ", ", ", " ", ".\n").list().ofSize(s.size()).map(seps -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < s.size(); i++) {
            sb.append(s.get(i)).append(seps.get(i));
          }
          return sb.toString();
        }));
  }

  @Property(tries = 300)
  void emptyOverlay_changesNothing(@ForAll("texts") String text) {
    Assessment plain = PLAIN.assess(text);
    Assessment empty = EMPTY.assess(text);
    assertThat(empty.overlays()).containsExactly("nothing@0.1.0");
    assertThat(empty.findings()).isEqualTo(plain.findings());
    assertThat(empty.level()).isEqualTo(plain.level());
    assertThat(empty.score()).isEqualTo(plain.score());
    assertThat(empty.evasions()).isEqualTo(plain.evasions());
    assertThat(EMPTY.explain(Document.of("", text)).overlayEffects()).isEmpty();
  }

  @Property(tries = 300)
  void allowRule_neverChangesFindingsOutsideTheAllowedText(@ForAll("texts") String text) {
    List<int[]> allowed = occurrences(text, ALLOW_A);
    allowed.addAll(occurrences(text, ALLOW_B));
    Assessment plain = PLAIN.assess(text);
    Assessment with = ALLOWING.assess(text);
    for (Finding f : plain.findings()) {
      boolean overlaps = f.spans().stream().anyMatch(s -> allowed.stream().anyMatch(r -> s.start() < r[1] && r[0] < s.end()));
      if (!overlaps) {
        assertThat(with.findings()).as(f.indicator())
            .anySatisfy(g -> {
              assertThat(g.indicator()).isEqualTo(f.indicator());
              assertThat(g.spans()).isEqualTo(f.spans());
              assertThat(g.snippet()).isEqualTo(f.snippet());
            });
      }
    }
    for (Finding g : with.findings()) { // and no evidence inside allowed text remains
      for (Span s : g.spans()) {
        assertThat(allowed).noneMatch(r -> s.start() < r[1] && r[0] < s.end());
      }
    }
  }

  private static List<int[]> occurrences(String text, String phrase) {
    List<int[]> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
      out.add(new int[] {i, i + phrase.length()});
    }
    return out;
  }
}
