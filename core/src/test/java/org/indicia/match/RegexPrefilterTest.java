package org.indicia.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegexPrefilterTest {
  @Test
  void literalsAreFound() {
    assertThat(RegexPrefilter.of("recruitment fee")).containsExactly("recruitment fee");
    assertThat(RegexPrefilter.of("\\bfee of [$€]?[0-9]+")).containsExactlyInAnyOrder("\u0001fee of $", "\u0001fee of €", "\u0001fee of ");
    assertThat(RegexPrefilter.of("\\bdor(t|s) a")).containsExactlyInAnyOrder("\u0001dort a", "\u0001dors a");
    assertThat(RegexPrefilter.of("(?:per|each) (?:week|wk)\\b")).containsExactlyInAnyOrder("per week\u0001", "per wk\u0001", "each week\u0001", "each wk\u0001");
    assertThat(RegexPrefilter.of("[0-9]+\\s*(?:dollars|euros)")).containsExactlyInAnyOrder("dollars", "euros");

    assertThat(RegexPrefilter.of("FEE")).containsExactly("fee");
  }

  @Test
  void optionalOrShortParts_giveNoPrefilter() {
    assertThat(RegexPrefilter.of("a*")).isNull();
    assertThat(RegexPrefilter.of("[0-9]{3,}")).isNull();
    assertThat(RegexPrefilter.of("(?:abc)?x")).isNull();
    assertThat(RegexPrefilter.of("\\x41bc")).isNull();
    assertThat(RegexPrefilter.of(".+")).isNull();
  }

  /** Soundness: whenever the regex matches a text, the text contains one of the literals. */
  @Property(tries = 2000)
  void prefilter_neverHidesAMatch(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
    String[] literals = RegexPrefilter.of(pattern);
    if (literals == null) {
      return;
    }
    boolean matches = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(text).find();
    if (matches) {
      assertThat(List.of(literals)).anyMatch(text::contains);
    }
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.of("ab", "abc", "a|bc", "(?:ab|cd)e", "a+bc", "(?:ab)+c?", "x[ab]y", "[a-c]{2}d", "\\bab\\b",
        "(ab|c)(d|ef)", "a(?:bc)?d", "ab.*cd", "(?:a|b)+c", "a\\.b", "[^x]ab", "ab{2,3}", "a?b?c", "\\d+ab");
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abcdefx. 1").ofMaxLength(12);
  }
}
