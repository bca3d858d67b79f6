package org.indicia.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmojiWordsTest {
  private static final Set<String> WORDS = Set.of("new", "in", "town", "passport", "passeport", "votre", "gardons",
      "money", "argent", "no", "phone", "allowed", "hotel");
  private static final TextNormalizer NORMALIZER = TextNormalizer.withVocabulary(new TextNormalizer.Vocabulary() {
    @Override
    public boolean contains(char[] word, int off, int len) {
      return WORDS.contains(new String(word, off, len));
    }

    @Override
    public int maxLength() {
      return 10;
    }
  }, PhraseBook.of(List.of("new in town", "no phone allowed", "gardons votre passeport"),
      Map.of("en", Set.of("new", "in", "town", "passport", "money", "no", "phone", "allowed", "hotel"),
          "fr", Set.of("passeport", "votre", "gardons", "argent"))));

  private static List<TextNormalizerTest.Word> words(String text) {
    return TextNormalizerTest.words(NORMALIZER, text);
  }

  @Test
  void emojiInAPhrase_readsAsItsWord_overTheEmojiChars() {
    List<TextNormalizerTest.Word> w = words("🆕 in town");
    assertThat(w).extracting(TextNormalizerTest.Word::normalized).containsExactly("new", "in", "town");
    assertThat(w.get(0).original()).isEqualTo("🆕");
    assertThat(w.get(0).folds() & Folds.EMOJI).isNotZero();
    assertThat(words("📵 allowed")).extracting(TextNormalizerTest.Word::normalized).containsExactly("no", "phone", "allowed");
  }

  @Test
  void emojiAlone_takesAPackWordOfItsNeighboursLanguage() {
    assertThat(words("nous gardons votre 🛂 ici")).extracting(TextNormalizerTest.Word::normalized).contains("passeport");
    assertThat(words("we keep your 🛂 here")).extracting(TextNormalizerTest.Word::normalized).contains("passport");
    assertThat(words("💰 💰")).extracting(TextNormalizerTest.Word::normalized).containsExactly("money", "money");
  }

  @Test
  void noSignAlone_andEmojiWithoutAPackWord_keepTheirNames() {
    assertThat(words("🚫 smoking")).extracting(TextNormalizerTest.Word::normalized).containsExactly(":no_entry_sign:", "smoking");
    assertThat(words("🌹 roses")).extracting(TextNormalizerTest.Word::normalized).containsExactly(":rose:", "roses");
  }

  @Test
  void everyEmojiOfTheTable_isDocumentedWithItsName() throws IOException {
    Path doc = Path.of("..", "docs", "pack-format.md");
    String text = Files.readString(doc);
    for (Map.Entry<Integer, String[]> e : EmojiWords.table().entrySet()) {
      String token = Folding.info(e.getKey()).text.strip();
      assertThat(text).as("docs/pack-format.md names %s", token).contains("`" + token + "`");
      assertThat(text).contains(e.getValue()[0]);
    }
  }
}
