package org.indicia.rules.en;

import static org.assertj.core.api.Assertions.assertThat;

import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Level;
import org.junit.jupiter.api.Test;

/** A cue keeps its level however many common words surround it (the per-atom cap used to lose it). */
class EnglishPaddingTest {
  private static final String CUE = "We keep your passport until the debt is repaid.";

  @Test
  void commonWordsBeforeAndAfterDoNotHideACue() throws Exception {
    Detector detector = Detector.builder().withBuiltInPacks().build();
    Level alone = detector.assess(Document.of("a", CUE).language("en")).level();
    assertThat(alone).isEqualTo(Level.HIGH);
    for (int n : new int[] {63, 64, 200, 5_000}) {
      String pad = "the ".repeat(n);
      Assessment a = detector.assess(Document.of("p", pad + CUE + " " + pad).language("en"));
      assertThat(a.level()).as("%d x 'the' each side", n).isEqualTo(alone);
    }
  }
}
