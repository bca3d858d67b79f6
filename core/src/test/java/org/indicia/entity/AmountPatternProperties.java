package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The amount and age patterns run on {@code java.util.regex} but were written for RE2: on any
 * text, both engines find the same matches with the same groups (RE2 reads {@code (?i)} with
 * Unicode case folding, as Java's {@code (?iu)} does).
 */
class AmountPatternProperties {

  @Property(tries = 3000)
  void javaAndRe2_findTheSameMatches(@ForAll("texts") String text) {
    for (Pattern p : List.of(AmountFinder.MONEY_BEFORE, AmountFinder.MONEY_AFTER, AmountFinder.AGE_EN,
        AmountFinder.AGE_FR, AmountFinder.BARE_ANS, AmountFinder.DURATION_BEFORE)) {
      com.google.re2j.Pattern re2 = com.google.re2j.Pattern.compile(p.pattern().replace("(?iu)", "(?i)"));
      assertThat(all(Cues.Matches.of(p.matcher(text)))).as("%s on '%s'", p.pattern(), text)
          .isEqualTo(all(Cues.Matches.of(re2.matcher(text))));
    }
  }

  @net.jqwik.api.Example
  void hostileTexts_finishInLinearTime() {
    // A generous hang guard, not a timing assertion: exponential backtracking would not finish.
    for (String text : List.of("1,111".repeat(4_000), "$1 ".repeat(6_000), "1".repeat(20_000) + "x",
        "€ 12 345 678 ".repeat(1_500), "19 ans ".repeat(3_000), "$ ".repeat(10_000))) {
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
          () -> EntityExtractor.extract(text, text.length(), List.of("US")));
    }
  }

  /** Every match of {@code m} with its groups' offsets and text, one string per match. */
  private static List<String> all(Cues.Matches m) {
    List<String> out = new ArrayList<>();
    while (m.next().getAsBoolean()) {
      StringBuilder sb = new StringBuilder();
      for (int g = 0; g <= m.groupCount(); g++) {
        sb.append(m.start().applyAsInt(g)).append('-').append(m.end().applyAsInt(g)).append(':').append(m.group().apply(g)).append('|');
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> parts = Arbitraries.of("$", "US$", "€", "£", "₹", "RM", "rm", "Rs.", "rs", "ksh", "GH₵", "AED", "aed",
        "MAD", "CAD", "usd", "euros", "Euro", "dollars", "bucks", "ZŁOTY", "zł", "f cfa", "FCFA", "livres sterling",
        "francs suisses", "1", "5", "12", "19", "450", "1,200", "1 500", "2.500,50", "10\u00a0000", "3.5", "99",
        " ", "  ", "\t", "\n", "\u000b", ",", ".", "-", "yo", "y.o.", "years old", "aged", "age:", "âgée de", "ans",
        "j'ai", "depuis", "contrat de", "de", "min", "max", "x", "a", "É", "week");
    return parts.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
  }
}
