package org.indicia.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegexPrefilterTest {
  private static final String B = String.valueOf(RegexPrefilter.BOUNDARY);

  @Test
  void literalPrefix_isAnchored() {
    RegexPrefilter.Prefilter p = RegexPrefilter.of("recruitment fee");
    assertThat(p.anchored()).isTrue();
    assertThat(p.literals()).containsExactly("recruitment fee");
    assertThat(RegexPrefilter.of("FEE").literals()).containsExactly("fee");
  }

  @Test
  void wordBoundary_isKeptAsAMarker() {
    RegexPrefilter.Prefilter p = RegexPrefilter.of("\\bdor(t|s) a");
    assertThat(p.anchored()).isTrue();
    assertThat(p.literals()).containsExactlyInAnyOrder(B + "dort a", B + "dors a");
  }

  @Test
  void digitsAndCurrencySigns_mayAnchor() {
    assertThat(RegexPrefilter.of("[0-9]{3,}").literals()).hasSize(10);
    // \s is a space or a line break in normalized text, so the digit after the sign joins the prefix
    assertThat(RegexPrefilter.of("(?:\\$|€|usd)\\s?\\d+").literals()).hasSize(90).contains("$5", "€ 0", "usd\n9")
        .allMatch(l -> l.matches("(?:\\$|€|usd)[ \n]?\\d"));
  }

  @Test
  void unknownStart_fallsBackToARequiredLiteral() {
    RegexPrefilter.Prefilter p = RegexPrefilter.of("[a-z.]+\\s*(?:dollars|euros)");
    assertThat(p.anchored()).isFalse();
    assertThat(p.literals()).containsExactlyInAnyOrder("dollars", "euros");
  }

  @Test
  void exactPartsAfterAnUnknownOne_areJoined() {
    RegexPrefilter.Prefilter p = RegexPrefilter.of("\\b(?:signaux|(?:cette|l.)\\s?etude)\\b");
    assertThat(p.anchored()).isFalse();
    assertThat(p.literals()).containsExactlyInAnyOrder("signaux", "etude");
    assertThat(RegexPrefilter.of("[a-z.]+\\s?0?[4-8]\\s?h\\s?(?:a|-)\\s?21\\s?(?:h|heures)\\b").literals())
        .contains("a 21h" + B, "-21 h" + B, "a\n21\nheures" + B).allMatch(l -> l.matches("[a-]\\s?21\\s?h(?:eures)?" + B));
  }

  @Test
  void anOptionalStart_addsTheNextPartsPrefixes() {
    RegexPrefilter.Prefilter p = RegexPrefilter.of("\\b(?:de\\s)?0?[4-5]\\s?h\\s?(?:a|-)\\s?2[2-3]\\s?h?\\b");
    assertThat(p.anchored()).isTrue();
    assertThat(p.literals()).contains(B + "de 4h", B + "de\n05 h", B + "04h", B + "5 h")
        .allMatch(l -> l.matches(B + "(?:de\\s)?0?[45]\\s?h"));
  }

  @Test
  void optionalOrUnknownParts_giveNoPrefilter() {
    assertThat(RegexPrefilter.of("a*")).isNull();
    assertThat(RegexPrefilter.of("(?:abc)?x")).isNull();
    assertThat(RegexPrefilter.of("\\x41bc")).isNull();
    assertThat(RegexPrefilter.of(".+")).isNull();
    assertThat(RegexPrefilter.of("[a-z]+")).isNull();
  }

  /**
   * Soundness: whenever the regex matches, the text holds one of the literals (with its word-edge
   * markers) — and for an anchored prefilter, one starts exactly where the match starts.
   */
  @Property(tries = 3000)
  void prefilter_neverHidesAMatch(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
    RegexPrefilter.Prefilter p = RegexPrefilter.of(pattern);
    if (p == null) {
      return;
    }
    Matcher m = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(text);
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      int start = m.start();
      String matched = text.substring(start, m.end()).toLowerCase(java.util.Locale.ROOT);
      for (String[] required : p.also()) {
        assertThat(List.of(required)).as("%s: '%s' holds one of %s", pattern, matched, List.of(required))
            .anyMatch(matched::contains);
      }
      if (p.anchored()) {
        assertThat(List.of(p.literals())).as("%s at %d in '%s'", pattern, start, text)
            .anyMatch(l -> RegexRunner.boundariesHold(text.toCharArray(), l, start));
      } else {
        String match = text.substring(0, m.end());
        assertThat(List.of(p.literals())).as("%s in '%s'", pattern, text).anyMatch(l -> {
          for (int i = 0; i < match.length(); i++) {
            if (RegexRunner.boundariesHold(text.toCharArray(), l, i)) {
              return true;
            }
          }
          return false;
        });
      }
    }
  }

  @Test
  void anchoredRegexes_alsoRequireTheirLaterParts() {
    RegexPrefilter.Prefilter p = RegexPrefilter.of("\\b(?:pay|gagne)\\s+\\d{2,3}\\s?(?:par|/)\\s?(?:mois|moi)\\b");
    assertThat(p.anchored()).isTrue();
    // "par moi" makes " par moi" and "par mois" useless as filters
    assertThat(sets(p)).anySatisfy(set -> assertThat(set).containsExactlyInAnyOrder("par moi", "par\nmoi", "parmoi", "/ moi", "/\nmoi", "/moi"));
    // a part that may be absent, or one branch of an alternation, requires nothing
    assertThat(RegexPrefilter.of("\\bpay(?: per week)?").also()).isEmpty();
    assertThat(sets(RegexPrefilter.of("\\bpay\\s+(?:per week|daily)"))).containsExactly(List.of("per week", "daily"));
  }

  private static List<List<String>> sets(RegexPrefilter.Prefilter p) {
    return java.util.Arrays.stream(p.also()).map(List::of).toList();
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of("ab", "abc", "a|bc", "(?:ab|cd)e", "a+bc", "(?:ab)+c?", "x[ab]y", "[a-c]{2}d", "\\bab\\b",
        "(ab|c)(d|ef)", "a(?:bc)?d", "ab.*cd", "(?:a|b)+c", "a\\.b", "[^x]ab", "ab{2,3}", "a?b?c", "\\d+ab",
        "[0-9]{2,}", "\\b1[0-4]\\b", "(?:\\$|x)\\d", "\\bab|cd\\b", "[.a]+b\\b", "(?:\\d[ .]*){3,}",
        "\\bab\\s?(?:cd|\\$)\\s?(?:ef|fx)\\b", "ab(?:c|d)+.?(?:ef)+", "\\d{2}\\s*(?:\\$|ab)", "ab(?:x(?:cd)+)?e",
        "\\s?abc", "(?:ab|c.)\\s?de\\b", "a.bc", "(?:a\\s)?0?[1-3]\\s?bc", "[^a]\\d\\d\\s?x1");
  }

  @Provide
  Arbitrary<String> texts() {
    // normalized text: a space and a line break are its only whitespace
    return Arbitraries.strings().withChars("abcdefx. \n1$0").ofMaxLength(14);
  }
}
