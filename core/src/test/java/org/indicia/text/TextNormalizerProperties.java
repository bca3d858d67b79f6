package org.indicia.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the normalizer on any input: it never throws, and its offset map is a monotonic
 * map onto code-point boundaries of the original (the contract every evidence span relies on).
 */
class TextNormalizerProperties {
  private static final List<String> PIECES = List.of("p", "a", "s", "4", "0", "3", "$", "@", "!", "€", ".", "-",
      "_", " ", "  ", "\n", "ooo", "а", "р", "о", "ѕ", "ο", "𝐩", "ｐ", "ⓟ", "🅿", "🇵", "🇫", "🇷", "ᴘ", "\u200B",
      "\u00AD", "\uFE0F", "\u200D", "\u202E", "\u0301", "\u20E3", "🌹", "👍", "🏽", "👩", "❤", "\uD800", "\uDC00",
      "ﬁ", "ß", "İ", ":rose:", "passport", "young", "p.a.s.s", "y0ung", "\uE0067", "\uDB40\uDC67");

  /** Any UTF-16 sequence (unpaired surrogates included), any code point, and disguise pieces. */
  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> codePoints = Arbitraries.integers().between(0, 0x10FFFF)
        .map(cp -> new String(Character.toChars(cp))).list().ofMaxSize(20).map(l -> String.join("", l));
    Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    return Arbitraries.oneOf(chars, codePoints, pieces).list().ofMaxSize(4).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void offsetMap_isMonotonic_onCodePointBoundaries(@ForAll("anyText") String text) {
    for (TextNormalizer n : List.of(TextNormalizer.basic(), TextNormalizerTest.NORMALIZER)) {
      NormalizedText t = new NormalizedText();
      n.normalize(text, text.length(), t);
      int previous = 0;
      for (int i = 0; i < t.length(); i++) {
        int s = t.sourceStart(i);
        int e = t.sourceEnd(i);
        assertThat(s).as("start at %d", i).isGreaterThanOrEqualTo(previous).isLessThan(e);
        assertThat(e).as("end at %d", i).isLessThanOrEqualTo(text.length());
        assertThat(splitsPair(text, s) || splitsPair(text, e)).as("boundary at %d", i).isFalse();
        previous = s;
      }
      assertThat(t.folds(0, t.length()) & ~Folds.ALL).isZero();
    }
  }

  @Property(tries = 300)
  void truncatedInput_isNormalizedUpToTheEnd(@ForAll("anyText") String text) {
    int end = text.length() / 2;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    NormalizedText t = new NormalizedText();
    TextNormalizerTest.NORMALIZER.normalize(text, end, t);
    for (int i = 0; i < t.length(); i++) {
      assertThat(t.sourceEnd(i)).isLessThanOrEqualTo(end);
    }
  }

  /** Lower-case words of two or more letters, single spaces: nothing to undo, the text stays as is. */
  @Property(tries = 300)
  void plainWords_areLeftExactlyAsTheyAre(@ForAll("plainWords") String text) {
    NormalizedText t = new NormalizedText();
    TextNormalizerTest.NORMALIZER.normalize(text, text.length(), t);
    assertThat(t.toString()).isEqualTo(text.toLowerCase(Locale.ROOT));
    assertThat(t.hasFolds()).isFalse();
  }

  @Provide
  Arbitrary<String> plainWords() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(9)
        .filter(w -> !w.toLowerCase(Locale.ROOT).matches(".*(.)\\1\\1.*"));
    return word.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
  }
}
