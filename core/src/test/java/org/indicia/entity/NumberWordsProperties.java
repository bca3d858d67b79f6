package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NumberWordsProperties {
  /** The quick shape test never rules out a word that is a number word once lower-cased. */
  @Property(tries = 3000)
  void mayBe_neverRulesOutANumberWord(@ForAll("words") String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (NumberWords.isNumberWord(lower)) {
      assertThat(NumberWords.mayBe("x " + word + " y", 2, 2 + word.length())).as(word).isTrue();
    }
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> numberWords = Arbitraries.of("zero", "oh", "one", "TWO", "Three", "zéro", "ZÉRO", "un", "Deux",
        "quatre", "dix", "Soixante", "nonante", "vingts", "quinze", "huitante", "OcTaNtE");
    Arbitrary<String> others = Arbitraries.strings().withChars("abcdefghinorstuvwxzéÉO").ofMinLength(1).ofMaxLength(10);
    return Arbitraries.oneOf(numberWords, others);
  }
}
