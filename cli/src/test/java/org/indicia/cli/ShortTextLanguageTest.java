package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.indicia.Assessment;
import org.indicia.DetectedLanguage;
import org.indicia.Detector;
import org.indicia.Document;
import org.junit.jupiter.api.Test;

/**
 * The language of one-line texts (3–7 words, synthetic SMS, ads and reports, with and without
 * accents) with both built-in modules loaded: the right language must come first for at least
 * 90 % of each language's table, and almost none may fall back to every language. Prints the
 * counts.
 */
class ShortTextLanguageTest {
  private static final Detector DETECTOR = build();

  private static Detector build() {
    try {
      return Detector.builder().withBuiltInPacks().build();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> table(String name) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ShortTextLanguageTest.class.getResourceAsStream(name), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    }
    return out;
  }

  private static void check(String language, String file) throws IOException {
    List<String> texts = table(file);
    int right = 0;
    int fallback = 0;
    List<String> wrong = new ArrayList<>();
    for (String t : texts) {
      int words = t.split("\\s+").length;
      assertThat(words).as(t).isBetween(3, 7);
      Assessment a = DETECTOR.assess(Document.of("d", t));
      DetectedLanguage top = a.languages().get(0);
      if (top.source() == DetectedLanguage.Source.FALLBACK) {
        fallback++;
      }
      if (top.code().equals(language) && top.source() != DetectedLanguage.Source.FALLBACK) {
        right++;
      } else {
        wrong.add(t + " -> " + a.languages());
      }
    }
    double accuracy = right / (double) texts.size();
    System.out.printf("short texts %s: %d/%d right first (%.1f %%), %d fallback%n", language, right, texts.size(),
        100 * accuracy, fallback);
    wrong.forEach(w -> System.out.println("  miss: " + w));
    assertThat(texts).hasSizeGreaterThanOrEqualTo(50);
    assertThat(accuracy).as("short %s texts right first", language).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void frenchOneLiners_atLeast90PercentFrenchFirst() throws IOException {
    check("fr", "short-texts-fr.txt");
  }

  @Test
  void englishOneLiners_atLeast90PercentEnglishFirst() throws IOException {
    check("en", "short-texts-en.txt");
  }

  @Test
  void bilingualOneLiner_getsBothLanguages() {
    Assessment a = DETECTOR.assess(Document.of("d", "Cleaner wanted, payé cash / femme de ménage, paid weekly"));
    assertThat(a.languages()).extracting(DetectedLanguage::code).contains("en", "fr");
  }

  @Test
  void textWithoutWords_fallsBackToEveryLanguage() {
    Assessment a = DETECTOR.assess(Document.of("d", "555-0123 / 555-0199"));
    assertThat(a.languages()).extracting(DetectedLanguage::source).containsOnly(DetectedLanguage.Source.FALLBACK);
  }
}
