package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Entity;
import org.indicia.share.ShareKey;

/** In share mode a scan line holds no entity value and no text of the document. */
class ShareModeProperties {
  private static final Detector DETECTOR = detector();
  private static final ShareKey KEY = ShareKey.of("a-partner-key-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8));

  private static Detector detector() {
    try {
      return Detector.builder().withBuiltInPacks().build();
    } catch (org.indicia.RulePackException e) {
      throw new AssertionError(e);
    }
  }

  @Property(tries = 200)
  void shareLine_holdsNothingRaw(@ForAll("ads") String text) {
    Assessment a = DETECTOR.assess(Document.of("id-1", text).language("en"));
    String line = Json.line(a, false, KEY);
    assertThat(a.entities()).isNotEmpty();
    for (Entity e : a.entities()) {
      assertThat(line).doesNotContain("\"" + e.value() + "\"").doesNotContain(e.span().text());
    }
    assertThat(a.findings()).isNotEmpty();
    assertThat(line).doesNotContain("\"text\"").doesNotContain("passport").doesNotContain("escort");
    assertThat(line).contains("hmac-sha256:");
  }

  @Provide
  Arbitrary<String> ads() {
    Arbitrary<String> line = Arbitraries.integers().between(100, 199).map(i -> String.format("0%d", i).substring(1));
    Arbitrary<String> area = Arbitraries.of("212", "305", "415", "508", "617", "702");
    Arbitrary<String> phone = Combinators.combine(area, line, Arbitraries.of("%s-555-01%s", "(%s) 555 01%s",
        "%s.555.O1%s", "%s 5five5 01%s")).as((ar, l, f) -> String.format(f, ar, l.substring(1)));
    Arbitrary<String> handle = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(5).ofMaxLength(10)
        .map(h -> "kik: " + h + "_x");
    Arbitrary<String> mail = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(8)
        .map(m -> m + " (at) mail dot com");
    Arbitrary<String> age = Arbitraries.integers().between(16, 40).map(n -> n + " yo");
    Arbitrary<String> money = Arbitraries.integers().between(50, 900).map(n -> "$" + n);
    return Combinators.combine(phone, handle, mail, age, money)
        .as((p, h, m, g, d) -> "Sweet girl " + g + ", escort incall, we keep your passport, " + d + " donation. Call "
            + p + " or " + h + ", mail " + m);
  }
}
