package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.indicia.testing.AssessmentInvariants;
import org.junit.jupiter.api.Test;

/**
 * Adversarial text: whatever it holds, {@code assess} returns normally, spans lie inside the text
 * on code-point boundaries, and the result is the same on a rerun and from 8 threads.
 */
class HostileTextTest {
  private static final Detector DETECTOR = TestPacks.detector();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(8);

  @AfterContainer
  static void shutdown() {
    POOL.shutdownNow();
  }

  /** Any UTF-16 sequence, unpaired surrogates included, mixed with words that fire rules. */
  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> planes = Arbitraries.integers().between(0, 0x10FFFF)
        .map(cp -> new String(Character.toChars(cp))).list().ofMaxSize(20).map(l -> String.join("", l));
    Arbitrary<String> words = Arbitraries.of("keep", "passport", "recruitment fee", "debt", "repaid", "no",
        " ", ".", "\n", "\u0301", "\u200B", "\uD800", "\uDC00", "ﬁ", "İ", "ß", ":rose:", "🙂", "\u202E");
    return Arbitraries.oneOf(anyChars, planes, words.list().ofMaxSize(30).map(l -> String.join("", l)))
        .list().ofMaxSize(6).map(l -> String.join(" ", l));
  }

  @Property(tries = 1000)
  void anyText_assessesNormally(@ForAll("hostile") String text) {
    AssessmentInvariants.assess(DETECTOR, text);
  }

  @Property(tries = 60)
  void anyText_sameFromEightThreads(@ForAll("hostile") String text) throws Exception {
    Assessment expected = DETECTOR.assess(text);
    List<Future<Assessment>> futures = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      futures.add(POOL.submit(() -> DETECTOR.assess(text)));
    }
    for (Future<Assessment> f : futures) {
      assertThat(f.get()).isEqualTo(expected);
    }
  }

  @Test
  void pathologicalShapes_assessNormally() {
    String[] texts = {
      "a".repeat(100_000),
      "\u0301".repeat(100_000),
      "e" + "\u0301\u0302\u0303\u0304".repeat(20_000),
      "keep passport ".repeat(7_000),
      "\uD800".repeat(50_000),
      "🙂".repeat(50_000),
      "no ".repeat(30_000) + "recruitment fee",
      ".".repeat(100_000),
      "ﬁ".repeat(60_000),
      "keep your passport".repeat(6_000)
    };
    for (String t : texts) {
      Assessment a = AssessmentInvariants.assess(DETECTOR, t);
      assertThat(a.truncated()).isEqualTo(t.length() > Detector.DEFAULT_MAX_TEXT_LENGTH);
    }
  }

  @Test
  void overLongText_isTruncatedAtTheLimit() {
    String t = "we keep your passport. ".repeat(10_000);
    Assessment a = AssessmentInvariants.assess(DETECTOR, t);
    assertThat(a.truncated()).isTrue();
    assertThat(a.findings()).allSatisfy(f -> assertThat(f.spans()).allSatisfy(
        s -> assertThat(s.end()).isLessThanOrEqualTo(Detector.DEFAULT_MAX_TEXT_LENGTH)));
  }
}
