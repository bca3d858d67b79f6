package org.indicia.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evasion folds, one table per fold: each disguise reads as its word, with the exact original
 * span and the fold bits; each look-alike of a disguise that is ordinary text keeps its tokens.
 */
class TextNormalizerTest {
  /** The words "the packs" can match, for the vocabulary-gated folds. */
  static final Set<String> WORDS = Set.of("passport", "young", "escort", "recruitment", "fee", "frais",
      "dossier", "sex", "fresh", "free", "coffee", "girl", "baby", "email", "keep", "abroad", "love", "hot",
      "agent", "sexy");

  static final TextNormalizer.Vocabulary VOCABULARY = new TextNormalizer.Vocabulary() {
    @Override
    public boolean contains(char[] word, int off, int len) {
      return WORDS.contains(new String(word, off, len));
    }

    @Override
    public int maxLength() {
      return 11;
    }
  };

  static final TextNormalizer NORMALIZER = TextNormalizer.withVocabulary(VOCABULARY);
  private static final Tokenizer TOKENIZER = new Tokenizer(List.of());

  /** A token of the normalized text: what the matcher reads, where it came from, which folds made it. */
  record Word(String normalized, String original, int folds) {}

  static List<Word> words(TextNormalizer normalizer, String text) {
    NormalizedText t = new NormalizedText();
    normalizer.normalize(text, text.length(), t);
    Tokens tokens = new Tokens();
    TOKENIZER.tokenize(t.buffer(), t.length(), tokens);
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < tokens.count(); i++) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      out.add(new Word(new String(t.buffer(), s, e - s),
          text.substring(t.toSourceStart(s), t.toSourceEnd(e)), t.folds(s, e)));
    }
    return out;
  }

  static List<String> tokens(TextNormalizer normalizer, String text) {
    return words(normalizer, text).stream().map(Word::normalized).toList();
  }

  private static Arguments row(String text, String word, String original, int folds) {
    return Arguments.of(text, word, original, folds);
  }

  static Stream<Arguments> disguises() {
    int h = Folds.HOMOGLYPH;
    int l = Folds.LEET;
    int s = Folds.SPLIT;
    int i = Folds.INVISIBLE;
    int r = Folds.REPEAT;
    return Stream.of(
        // homoglyphs: look-alike scripts in a Latin word, decorative Latin
        row("your pаssport", "passport", "pаssport", h),
        row("YOUR РАSSРОRТ", "passport", "РАSSРОRТ", h),
        row("an еѕсоrt", "escort", "еѕсоrt", h),
        row("the рор star", "pop", "рор", h),
        row("𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭", "passport", "𝐩𝐚𝐬𝐬𝐩𝐨𝐫𝐭", h),
        row("ｐａｓｓｐｏｒｔ", "passport", "ｐａｓｓｐｏｒｔ", h),
        row("ⓟⓐⓢⓢⓟⓞⓡⓣ", "passport", "ⓟⓐⓢⓢⓟⓞⓡⓣ", h),
        row("⒫⒜⒮⒮⒫⒪⒭⒯", "passport", "⒫⒜⒮⒮⒫⒪⒭⒯", h),
        row("🅿🅰🆂🆂🅿🅾🆁🆃", "passport", "🅿🅰🆂🆂🅿🅾🆁🆃", h),
        row("🇵🇦🇸🇸🇵🇴🇷🇹", "passport", "🇵🇦🇸🇸🇵🇴🇷🇹", h),
        row("ᴘᴀssᴘᴏʀᴛ", "passport", "ᴘᴀssᴘᴏʀᴛ", h),
        row("ʏᴏᴜɴɢ", "young", "ʏᴏᴜɴɢ", h),
        // leetspeak inside words
        row("so y0ung", "young", "y0ung", l),
        row("p4ssp0rt", "passport", "p4ssp0rt", l),
        row("$ex", "sex", "$ex", l),
        row("3scort", "escort", "3scort", l),
        row("fr3sh", "fresh", "fr3sh", l),
        row("g!rl", "girl", "g!rl", l),
        row("p@$$port", "passport", "p@$$port", l),
        row("€scort", "escort", "€scort", l),
        row("h0t", "hot", "h0t", l),
        row("g1rl", "girl", "g1rl", l),
        row("l0ve", "love", "l0ve", l),
        row("a f33 of", "fee", "f33", l),
        row("y0ung!", "young", "y0ung", l),
        // separators inside words
        row("p.a.s.s.p.o.r.t", "passport", "p.a.s.s.p.o.r.t", s),
        row("your p a s s p o r t now", "passport", "p a s s p o r t", s),
        row("p-a-s-s-p-o-r-t", "passport", "p-a-s-s-p-o-r-t", s),
        row("p_a_s_s_p_o_r_t", "passport", "p_a_s_s_p_o_r_t", s),
        row("p. a. s. s. p. o. r. t.", "passport", "p. a. s. s. p. o. r. t", s),
        row("p - a - s - s - p - o - r - t", "passport", "p - a - s - s - p - o - r - t", s),
        row("p*a*s*s*p*o*r*t", "passport", "p*a*s*s*p*o*r*t", s),
        row("pass-port", "passport", "pass-port", s),
        row("pass_port", "passport", "pass_port", s),
        row("pass.port", "passport", "pass.port", s),
        row("get a p a s s p o r t", "passport", "p a s s p o r t", s),
        row("e-mail me", "email", "e-mail", s),
        row("$ e x", "sex", "$ e x", s | l),
        row("p.4.s.s.p.0.r.t", "passport", "p.4.s.s.p.0.r.t", s | l),
        row("p @ s s p o r t", "passport", "p @ s s p o r t", s | l),
        // invisible characters inside words
        row("pass\u200Bport", "passport", "pass\u200Bport", i),
        row("pa\u00ADss\u00ADport", "passport", "pa\u00ADss\u00ADport", i),
        row("pass\u2060port", "passport", "pass\u2060port", i),
        row("pass\u200C\u200Dport", "passport", "pass\u200C\u200Dport", i),
        row("pass\uFE0Fport", "passport", "pass\uFE0Fport", i),
        row("pass\u202Eport", "passport", "pass\u202Eport", i),
        row("pass\uFEFFport", "passport", "pass\uFEFFport", i),
        row("y\u200Bo\u200Bu\u200Bn\u200Bg", "young", "y\u200Bo\u200Bu\u200Bn\u200Bg", i),
        // repeated letters
        row("so yoooung", "young", "yoooung", r),
        row("freeeeee", "free", "freeeeee", r),
        row("coffeeee", "coffee", "coffeeee", r),
        row("passsport", "passport", "passsport", r),
        row("YOOOUNG", "young", "YOOOUNG", r),
        row("y00oung", "young", "y00oung", l | r),
        // mixes
        row("р4ѕѕроrt", "passport", "р4ѕѕроrt", h | l),
        row("р.а.s.s.р.о.r.t", "passport", "р.а.s.s.р.о.r.t", h | s),
        row("𝐲𝟎𝐮𝐧𝐠", "young", "𝐲𝟎𝐮𝐧𝐠", h | l),
        row("yo\u200Booung", "young", "yo\u200Booung", i | r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("disguises")
  void disguise_readsAsTheWord_withOriginalSpanAndFolds(String text, String word, String original, int folds) {
    Word found = words(NORMALIZER, text).stream().filter(w -> w.normalized().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError(word + " not in " + tokens(NORMALIZER, text)));
    assertThat(found.original()).isEqualTo(original);
    assertThat(found.folds()).as("folds").isEqualTo(folds);
  }

  static Stream<Arguments> ordinary() {
    return Stream.of(
        Arguments.of("€1,500 a month", List.of("1", "500", "a", "month")),
        Arguments.of("25 yo, 18yo", List.of("25", "yo", "18yo")),
        Arguments.of("call 06 12 34 56 78 or +33 6 12 34 56 78", List.of("call", "06", "12", "34", "56", "78", "or", "33", "6", "12", "34", "56", "78")),
        Arguments.of("from 9.30 to 5am, 24/7", List.of("from", "9", "30", "to", "5am", "24", "7")),
        Arguments.of("v2.0 and mp3", List.of("v2", "0", "and", "mp3")),
        Arguments.of("1st 2nd 3rd 4th 10pm", List.of("1st", "2nd", "3rd", "4th", "10pm")),
        Arguments.of("U.S.A. and e.g.", List.of("u", "s", "a", "and", "e", "g")),
        Arguments.of("S A L E today", List.of("s", "a", "l", "e", "today")),
        Arguments.of("a broad range", List.of("a", "broad", "range")),
        Arguments.of("a gent", List.of("a", "gent")),
        Arguments.of("well-paid full-time job", List.of("well", "paid", "full", "time", "job")),
        Arguments.of("I a m here", List.of("i", "a", "m", "here")),
        Arguments.of("hmmm zzz www.example.com", List.of("hmmm", "zzz", "www", "example", "com")),
        Arguments.of("passport free coffee", List.of("passport", "free", "coffee")),
        Arguments.of("mail@example.com $50 50$", List.of("mail", "example", "com", "50", "50")),
        Arguments.of("wow! great!!", List.of("wow", "great")),
        Arguments.of("costs $ 5", List.of("costs", "5")),
        Arguments.of("Я люблю сор", List.of("я", "люблю", "сор")),
        Arguments.of("сор рор", List.of("сор", "рор")),
        Arguments.of("Москва, Россия", List.of("москва", "россия")),
        Arguments.of("Ο καιρός είναι καλός", List.of("ο", "καιροσ", "ειναι", "καλοσ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ordinary")
  void ordinaryText_keepsItsTokens_andNoFolds(String text, List<String> expected) {
    List<Word> words = words(NORMALIZER, text);
    assertThat(words).extracting(Word::normalized).containsExactlyElementsOf(expected);
    assertThat(words).extracting(Word::folds).containsOnly(0);
    assertThat(tokens(TextNormalizer.basic(), text)).containsExactlyElementsOf(expected);
  }

  @Test
  void invisibleChars_outsideWords_areDroppedButNoDisguise() {
    assertThat(words(NORMALIZER, "passport\u200B now \u200Bfree")).containsExactly(
        new Word("passport", "passport", 0), new Word("now", "now", 0), new Word("free", "free", 0));
  }

  @Test
  void defaultIgnorables_foldToNothing() {
    for (int cp : new int[] {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0xFE0E, 0xFE0F, 0x200E, 0x200F,
        0x202A, 0x202E, 0x2066, 0x2069, 0x180E, 0x034F, 0xE0100, 0xE0041}) {
      String text = "a" + new String(Character.toChars(cp));
      assertThat(TextNormalizer.basic().normalize(text)).as("U+%04X", cp).isEqualTo("a");
    }
  }

  static Stream<Arguments> emoji() {
    return Stream.of(
        Arguments.of("🌹", List.of(":rose:")),
        Arguments.of("🍒🍒", List.of(":cherries:", ":cherries:")),
        Arguments.of("✈ and ✈️", List.of(":airplane:", "and", ":airplane:")),
        Arguments.of("🍑💰👑👶🍭", List.of(":peach:", ":money_bag:", ":crown:", ":baby:", ":lollipop:")),
        Arguments.of("girls🌸🌱", List.of("girls", ":cherry_blossom:", ":seedling:")),
        Arguments.of("👍🏽", List.of(":thumbs_up_sign:")),
        Arguments.of("👩\u200D❤️\u200D👨", List.of(":woman:", ":heavy_black_heart:", ":man:")),
        Arguments.of("🇫🇷🇬🇧", List.of(":flag_fr:", ":flag_gb:")),
        Arguments.of("1️⃣", List.of("1")),
        Arguments.of("🕰", List.of(":mantelpiece_clock:")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emoji")
  void emoji_becomeNameTokens(String text, List<String> expected) {
    assertThat(tokens(NORMALIZER, text)).containsExactlyElementsOf(expected);
    assertThat(tokens(TextNormalizer.basic(), text)).containsExactlyElementsOf(expected);
  }

  @Test
  void emoji_spanCoversItsSkinToneSelectorAndJoiner() {
    assertThat(words(NORMALIZER, "x 👍🏽 y")).contains(new Word(":thumbs_up_sign:", "👍🏽", Folds.EMOJI));
    assertThat(words(NORMALIZER, "✈️!")).contains(new Word(":airplane:", "✈️", Folds.EMOJI));
    assertThat(words(NORMALIZER, "👩\u200D❤️\u200D👨")).extracting(Word::original)
        .containsExactly("👩\u200D", "❤️\u200D", "👨");
    assertThat(words(NORMALIZER, "1️⃣")).containsExactly(new Word("1", "1️⃣", 0));
  }

  @Test
  void basicNormalizer_undoesNoVocabularyFold() {
    assertThat(tokens(TextNormalizer.basic(), "p4ssp0rt p.a.s.s yoooung pass-port"))
        .containsExactly("p4ssp0rt", "p", "a", "s", "s", "yoooung", "pass", "port");
    assertThat(tokens(TextNormalizer.basic(), "pаssport 𝐩𝐚𝐬𝐬")).containsExactly("passport", "pass");
  }

  @Test
  void joins_takeTheLongestVocabularyWord_fromTheLeft() {
    assertThat(tokens(NORMALIZER, "f r e e s e x")).containsExactly("free", "sex");
    assertThat(tokens(NORMALIZER, "x y p a s s p o r t z")).containsExactly("x", "y", "passport", "z");
  }

  @Test
  void spacedLetters_stopAtAnElision_andShortWordsBeforeOneJoin() {
    java.util.Set<String> words = Set.of("pas", "le", "droit", "aller", "telephone", "on", "promis", "us");
    TextNormalizer fr = TextNormalizer.withVocabulary(new TextNormalizer.Vocabulary() {
      @Override
      public boolean contains(char[] word, int off, int len) {
        return words.contains(new String(word, off, len));
      }

      @Override
      public int maxLength() {
        return 9;
      }
    });
    // The clitic of d'a l l e r is not the last letter of droit, and l' not of téléphone à.
    assertThat(fr.normalize("p a s  l e  d r o i t d'a l l e r")).isEqualTo("pas  le  droit d'aller");
    assertThat(fr.normalize("t é l é p h o n e à l'aéroport")).isEqualTo("telephone a l'aeroport");
    // Two spaced letters before an elided word are a short word of the phrase.
    assertThat(fr.normalize("O n  m'avait  p r o m i s")).isEqualTo("on  m'avait  promis");
    assertThat(fr.normalize("O.n m'avait")).isEqualTo("on m'avait");
    // Not elsewhere: two letters alone still read as initials.
    assertThat(fr.normalize("U S  visa")).isEqualTo("u s  visa");
  }

  @Test
  void plainAscii_isUnchanged() {
    String text = "We keep your passport until the recruitment fee is repaid.\nCall now!";
    NormalizedText t = new NormalizedText();
    NORMALIZER.normalize(text, text.length(), t);
    assertThat(t.toString()).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
    assertThat(t.hasFolds()).isFalse();
    for (int k = 0; k < t.length(); k++) {
      assertThat(t.sourceStart(k)).isEqualTo(k);
      assertThat(t.sourceEnd(k)).isEqualTo(k + 1);
    }
  }

  /** Long runs of what the word pass looks at stay linear: each finishes well inside the limit. */
  @Test
  void hostileRuns_stayLinear() {
    String[] runs = {"$", "!", "@", "$a", "a1", "p.", "p ", "p-", "а", "о ", "ooo", "$ ", "€", "a!", "x$y", "1 "};
    NormalizedText t = new NormalizedText();
    for (String run : runs) {
      String text = run.repeat(200_000 / run.length());
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
          () -> NORMALIZER.normalize(text, text.length(), t), run);
      assertThat(t.length()).isPositive();
    }
  }

  @Test
  void reusedBuffer_forgetsThePreviousText() {
    NormalizedText t = new NormalizedText();
    String disguised = "p4ssp0rt 🌹";
    NORMALIZER.normalize(disguised, disguised.length(), t);
    assertThat(t.hasFolds()).isTrue();
    NORMALIZER.normalize("passport", 8, t);
    assertThat(t.toString()).isEqualTo("passport");
    assertThat(t.folds(0, t.length())).isZero();
  }
}
