package org.indicia.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
      "ﬁ", "ß", "İ", ":rose:", "passport", "young", "p.a.s.s", "y0ung", "\uE0067", "\uDB40\uDC67", "n", "e", "w", "i", "t", "🆕", "n0", "1n", "$m$");

  /** Multi-word phrases with short words, as a pack would hold them. */
  static final List<String> PHRASES = List.of("new in town", "no days off", "hits us", "just arrived", "aucun appel",
      "still no pay");
  private static final Set<String> PHRASE_WORDS = Set.of("new", "in", "town", "no", "days", "off", "hits", "us",
      "just", "arrived", "aucun", "appel", "still", "pay", "passport");
  /** A normalizer whose vocabulary and phrase book hold {@link #PHRASES}. */
  static final TextNormalizer PHRASED = TextNormalizer.withVocabulary(new TextNormalizer.Vocabulary() {
    @Override
    public boolean contains(char[] word, int off, int len) {
      return PHRASE_WORDS.contains(new String(word, off, len));
    }

    @Override
    public int maxLength() {
      return 8;
    }
  }, PhraseBook.of(PHRASES));
  private static final Map<Character, String> LEET = Map.of('a', "4", 'e', "3", 'i', "1", 'o', "0");

  /** A phrase disguised word by word, and each word's disguised text (in order, one space or more apart). */
  record Disguised(String phrase, String text, List<String> words) {}

  @Provide
  Arbitrary<Disguised> disguisedPhrases() {
    return Arbitraries.randomValue(TextNormalizerProperties::disguise);
  }

  static Disguised disguise(Random r) {
    String phrase = PHRASES.get(r.nextInt(PHRASES.size()));
    int style = r.nextInt(5);
    List<String> words = new ArrayList<>();
    for (String w : phrase.split(" ")) {
      String d;
      switch (style) {
        case 0 -> d = String.join(" ", w.split("")); // n e w  i n  t o w n
        case 1 -> d = String.join(".", w.split("")); // j.u.s.t a.r.r.i.v.e.d
        case 2 -> d = String.join("-", w.toUpperCase(Locale.ROOT).split("")); // N-E-W I-N T-O-W-N
        case 3 -> d = leet(w, r); // n3w 1n t0wn
        default -> d = w.equals("new") ? "🆕" : leet(w, r); // 🆕 in town
      }
      words.add(d);
    }
    return new Disguised(phrase, String.join(style == 0 ? "  " : " ", words), words);
  }

  private static String leet(String w, Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      String l = LEET.get(c);
      boolean keepALetter = k == w.length() - 1 && b.chars().noneMatch(Character::isLetter);
      b.append(l != null && !keepALetter && r.nextBoolean() ? l : String.valueOf(c));
    }
    return b.toString();
  }

  /** A multi-word disguise reads as its phrase, each word's token spanning exactly its disguised chars. */
  @Property(tries = 1000)
  void multiWordDisguise_readsAsThePhrase_withExactWordSpans(@ForAll("disguisedPhrases") Disguised d) {
    String text = "we are " + d.text() + " now";
    List<TextNormalizerTest.Word> words = TextNormalizerTest.words(PHRASED, text);
    List<String> expected = new ArrayList<>(List.of("we", "are"));
    expected.addAll(List.of(d.phrase().split(" ")));
    expected.add("now");
    assertThat(words).extracting(TextNormalizerTest.Word::normalized).as(text).containsExactlyElementsOf(expected);
    for (int k = 0; k < d.words().size(); k++) {
      assertThat(words.get(2 + k).original()).as(text).isEqualTo(d.words().get(k));
    }
  }

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
    for (TextNormalizer n : List.of(TextNormalizer.basic(), TextNormalizerTest.NORMALIZER, PHRASED)) {
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
    for (TextNormalizer n : List.of(TextNormalizerTest.NORMALIZER, PHRASED)) {
      NormalizedText t = new NormalizedText();
      n.normalize(text, text.length(), t);
      assertThat(t.toString()).isEqualTo(text.toLowerCase(Locale.ROOT));
      assertThat(t.hasFolds()).isFalse();
    }
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
