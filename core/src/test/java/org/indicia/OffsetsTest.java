package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.indicia.testing.AssessmentInvariants;
import org.junit.jupiter.api.Test;

/** Evidence spans are in original-text offsets, also where folding changed lengths. */
class OffsetsTest {
  private static final Detector DETECTOR = TestPacks.detector();

  private static List<String> spanTexts(String text, String indicator) {
    return AssessmentInvariants.assess(DETECTOR, text).findings().stream()
        .filter(f -> f.indicator().equals(indicator)).findFirst().orElseThrow()
        .spans().stream().map(Span::text).toList();
  }

  @Test
  void fullWidthForms_mapBack() {
    String text = "ｗｅ ｋｅｅｐ ｙｏｕｒ ｐａｓｓｐｏｒｔ";
    assertThat(spanTexts(text, "test.documents.retained")).containsExactly("ｋｅｅｐ", "ｐａｓｓｐｏｒｔ");
  }

  @Test
  void ligatures_expandButSpansCoverTheLigature() {
    // "ﬁ" (one char) folds to "fi" (two): the span still ends on the original char.
    String text = "a recruitment fee: ﬁne, and a placement fee";
    Assessment a = AssessmentInvariants.assess(DETECTOR, "we keep your passport \uFB01le ok");
    assertThat(a.findings()).isNotEmpty();
    assertThat(spanTexts(text, "test.fees.recruitment")).containsExactly("recruitment fee", "placement fee");
  }

  @Test
  void combiningAccents_areInsideTheSpan() {
    String text = "we keep your passpo\u0301rt\u0301 now";
    assertThat(spanTexts(text, "test.documents.retained")).containsExactly("keep", "passpo\u0301rt\u0301");
  }

  @Test
  void surrogatePairs_beforeTheEvidence_shiftOffsetsCorrectly() {
    String text = "𝐖𝐞 🙂🙂 keep 𝐲𝐨𝐮𝐫 passport";
    Finding f = AssessmentInvariants.assess(DETECTOR, text).findings().get(0);
    assertThat(f.spans()).extracting(Span::start).containsExactly(text.indexOf("keep"), text.indexOf("passport"));
  }

  @Test
  void mathematicalLetters_foldToAscii() {
    String text = "𝐤𝐞𝐞𝐩 your 𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭";
    assertThat(spanTexts(text, "test.documents.retained")).containsExactly("𝐤𝐞𝐞𝐩", "𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭");
  }

  @Test
  void sharpS_andCaseFolding_changeLengths() {
    String text = "STRAẞE ßß. WE KEEP YOUR PASSPORT";
    assertThat(spanTexts(text, "test.documents.retained")).containsExactly("KEEP", "PASSPORT");
  }

  /** Any mix of length-changing prefixes keeps the evidence exactly on the original words. */
  @Property(tries = 300)
  void evidence_isTheOriginalWords_whateverPrecedesIt(@ForAll("noise") String noise, @ForAll("disguise") String keep) {
    String text = noise + " " + keep + " your passport " + noise;
    Assessment a = AssessmentInvariants.assess(DETECTOR, text);
    Finding f = a.findings().stream().filter(x -> x.indicator().equals("test.documents.retained")).findFirst().orElseThrow();
    int at = noise.length() + 1;
    assertThat(f.spans().get(0).start()).isEqualTo(at);
    assertThat(f.spans().get(0).end()).isEqualTo(at + keep.length());
    assertThat(f.spans().get(1).text()).isEqualTo("passport");
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.of("ﬁ", "ﬀ", "ｘ", "é", "e\u0301", "ß", "🙂", "𝐀", "İ", "Å", "\u200B", "œ", "ǅ", "½", "㎏", "a", " ")
        .list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> disguise() {
    Arbitrary<String> letters = Combinators.combine(
        Arbitraries.of("k", "K", "ｋ", "𝐤"), Arbitraries.of("e", "E", "é", "ｅ"), Arbitraries.of("e", "È", "e\u0301"),
        Arbitraries.of("p", "P", "ｐ", "𝐩"))
        .as((a, b, c, d) -> a + b + c + d);
    return letters;
  }
}
