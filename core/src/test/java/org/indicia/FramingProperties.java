package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Framing only ever holds a level down: for any text, the framed pack gives the same findings and
 * score as the same pack without its framing block, and its level is the unframed level, or LOW
 * when that was higher and the text reads as advisory.
 */
class FramingProperties {
  private static final Detector PLAIN;
  private static final Detector FRAMED;

  static {
    try {
      PLAIN = FramingTest.detector(false);
      FRAMED = FramingTest.detector(true);
    } catch (RulePackException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Property(tries = 300)
  void framingNeverHidesAFindingNorRaisesALevel(@ForAll("texts") String text) {
    Assessment plain = PLAIN.assess(Document.of("", text).language("en"));
    Assessment framed = FRAMED.assess(Document.of("", text).language("en"));
    assertThat(framed.findings()).isEqualTo(plain.findings());
    assertThat(framed.score()).isEqualTo(plain.score());
    Level expected = framed.framing().held() && plain.level().atLeast(Level.LOW) ? Level.LOW : plain.level();
    assertThat(framed.level()).isEqualTo(expected);
    assertThat(framed.framing().advisory())
        .isEqualTo(Framing.reads(framed.framing().advisoryCues(), framed.framing().situatedCues()));
    for (Span s : framed.framing().evidence()) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of("warning", "signs", "of", "employers", "must", "never", "hold",
        "keep", "kept", "passport", "passports", "my", "I", "yesterday", "unpaid", "wages", "no", "pay",
        "if", "you", "hotline", "the", "boss", "code", "conduct", "call", "555-0142", "agencies", "should", ".");
    return word.list().ofMinSize(0).ofMaxSize(40).map(ws -> String.join(" ", ws));
  }
}
