package org.indicia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Level;
import org.junit.jupiter.api.Test;

/** A cue keeps its level however many common words surround it (the per-atom cap used to lose it). */
class FrenchPaddingTest {
  private static final String CUE = "On garde ton passeport jusqu'au remboursement de la dette.";

  @Test
  void commonWordsBeforeAndAfterDoNotHideACue() throws Exception {
    Detector detector = Detector.builder().withBuiltInPacks().build();
    Level alone = detector.assess(Document.of("a", CUE).language("fr")).level();
    assertThat(alone).isEqualTo(Level.HIGH);
    for (int n : new int[] {63, 64, 200, 5_000}) {
      String pad = "la ".repeat(n);
      Assessment a = detector.assess(Document.of("p", pad + CUE + " " + pad).language("fr"));
      assertThat(a.level()).as("%d x 'la' each side", n).isEqualTo(alone);
    }
  }
}
