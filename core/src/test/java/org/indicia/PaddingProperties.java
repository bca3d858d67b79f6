package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Padding never hides a cue: whatever text surrounds a cue sentence, outside the cue's window,
 * every indicator the sentence fires alone still fires, with its evidence at the shifted offsets.
 * The pack's conjunctions start with words the padding repeats ("the", "your", "no"), which is
 * how a per-atom cap on hits used to lose them.
 */
class PaddingProperties {
  private static final String PACK = """
      pack: pad
      language: en
      version: 1.0.0
      description: conjunctions whose first part is a common word
      analysis:
        negation: {cues: ["no", "not"], scope: 3}
      lexicons:
        keep: [keep, hold, retain]
        papers: [passport, "id card", documents]
      indicators:
        - id: pad.near
          category: DOCUMENT_RETENTION
          weight: 0.7
          strong: true
          description: d
          source: s
          match: {near: {within: 4, all: ["@keep", "your", "@papers"]}}
          examples: {hit: ["we keep your passport"], miss: ["bring your passport"]}
        - id: pad.seq
          category: DEBT_BONDAGE
          weight: 0.6
          strong: true
          description: d
          source: s
          match: {seq: {gap: 3, of: ["the", "debt", "repaid"]}}
          examples: {hit: ["until the debt is repaid"], miss: ["the debt"]}
        - id: pad.all
          category: RECRUITMENT_FRAUD
          weight: 0.5
          description: d
          source: s
          match: {all: ["the", "recruitment fee"]}
          examples: {hit: ["the recruitment fee is 900"], miss: ["the fee"]}
        - id: pad.negatable
          category: WAGE_WITHHOLDING
          weight: 0.5
          description: d
          source: s
          match: {seq: {gap: 2, of: ["wages", "withheld"]}}
          examples: {hit: ["wages are withheld"], miss: ["no wages are withheld"]}
      """;

  private static final List<String> CUES = List.of(
      "We keep your passport until the debt is repaid.",
      "The recruitment fee is paid and your documents we hold.",
      "Your wages are withheld, the debt must be repaid first.",
      "Retain your id card? We retain it until the debt is fully repaid.");

  private static final Detector DETECTOR = detector();

  private static Detector detector() {
    try {
      return Detector.builder().addPack(RulePack.parse("pad.yaml", PACK)).build();
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  @Property(tries = 200)
  void paddingOutsideTheWindowNeverRemovesAFinding(
      @ForAll("cues") String cue, @ForAll("padding") String before, @ForAll("padding") String after) {
    Assessment alone = DETECTOR.assess(Document.of("a", cue).language("en"));
    assertThat(alone.findings()).isNotEmpty();
    String padded = before + ". " + cue + " " + after;
    int shift = before.length() + 2;
    Assessment a = DETECTOR.assess(Document.of("p", padded).language("en"));
    for (Finding f : alone.findings()) {
      Finding g = a.findings().stream().filter(x -> x.indicator().equals(f.indicator())).findFirst()
          .orElseThrow(() -> new AssertionError(f.indicator() + " lost with padding of "
              + before.length() + " + " + after.length() + " chars"));
      if (f.indicator().equals("pad.all") || g.spans().size() >= FindingsBuilder.MAX_SPANS) {
        continue; // all's evidence is each part's first match; a full span list may show padding's own cues
      }
      Set<Integer> starts = g.spans().stream().map(Span::start).collect(Collectors.toSet());
      for (Span s : f.spans()) {
        assertThat(starts).as(f.indicator()).contains(s.start() + shift);
      }
    }
    assertThat(a.level().atLeast(alone.level())).isTrue();
  }

  @Example
  void thousandsOfCommonWordsBeforeAndAfterACue() {
    String cue = "We keep your passport until the debt is repaid.";
    Set<String> expected = indicators(DETECTOR.assess(Document.of("a", cue).language("en")));
    assertThat(expected).contains("pad.near", "pad.seq");
    for (int n : new int[] {63, 64, 65, 1_000, 4_000}) { // 4,000 x 12 chars a side: under the length limit
      String pad = "the your no ".repeat(n);
      Assessment a = DETECTOR.assess(Document.of("p", pad + ". " + cue + " " + pad).language("en"));
      assertThat(indicators(a)).as("%d repeats", n).containsAll(expected);
      assertThat(a.truncated()).isFalse();
    }
  }

  @Example
  void aNegationCueStillNegatesOnlyWithinItsScope() {
    String cue = "Your wages are withheld.";
    assertThat(indicators(DETECTOR.assess(Document.of("a", cue).language("en")))).contains("pad.negatable");
    String many = "no ".repeat(5_000) + ". " + cue;
    assertThat(indicators(DETECTOR.assess(Document.of("b", many).language("en")))).contains("pad.negatable");
    String negated = "no ".repeat(5_000) + "wages are withheld.";
    assertThat(indicators(DETECTOR.assess(Document.of("c", negated).language("en")))).doesNotContain("pad.negatable");
  }

  @Provide
  Arbitrary<String> cues() {
    return Arbitraries.of(CUES);
  }

  /** Common words, cue words out of context, punctuation: up to a few thousand words. */
  @Provide
  Arbitrary<String> padding() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("the", "your", "no", "not", "keep", "debt", "a", "of", "and", "passport", "is", "we"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9),
        Arbitraries.of(",", ".", "!", "\n"));
    return word.list().ofMinSize(0).ofMaxSize(3_000).map(ws -> String.join(" ", ws));
  }

  private static Set<String> indicators(Assessment a) {
    return a.findings().stream().map(Finding::indicator).collect(Collectors.toCollection(TreeSet::new));
  }
}
