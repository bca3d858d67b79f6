package org.indicia.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RegexLimitsTest {
  @Test
  void complexity_nestedRepeatsMultiply() {
    assertThat(RegexLimits.complexity("a{100}")).isNull();
    assertThat(RegexLimits.complexity("(a{10}){10}")).isNull();
    assertThat(RegexLimits.complexity("(a{100}){100}")).contains("instructions");
    assertThat(RegexLimits.complexity("(((a{100}){100}){100})")).contains("instructions");
    assertThat(RegexLimits.complexity("x{101}")).contains("101");
    assertThat(RegexLimits.complexity("(?:ab|cd){2,}[a-z]{0,15}?\\p{L}+")).isNull();
  }

  @Test
  void complexity_escapesClassesAndFlags_areOneAtom() {
    assertThat(RegexLimits.complexity("(?i)[{}()|]\\{\\(\\x{41}\\Q((({9999}\\E")).isNull();
    assertThat(RegexLimits.complexity("a{,5}")).isNull(); // a literal '{' in RE2
  }

  @Test
  void zeroWidth_foundOnProbes() {
    assertThat(RegexLimits.zeroWidth(Pattern.compile("\\b"))).isNotNull();
    assertThat(RegexLimits.zeroWidth(Pattern.compile("passport|\\B"))).isNotNull();
    assertThat(RegexLimits.zeroWidth(Pattern.compile("\\bpassport\\b"))).isNull();
  }

  /** Whatever RE2/J accepts, the estimate returns (never throws, never loops). */
  @Property(tries = 2000)
  void complexity_totalOnAnyRegexRe2Accepts(
      @ForAll @StringLength(max = 40) @Chars({'(', ')', '[', ']', '{', '}', '|', '*', '+', '?', '\\', '^', '$', ',', ':', '<', '>', 'P', 'Q', 'E', 'p', 'x'})
          @CharRange(from = '0', to = '9') @CharRange(from = 'a', to = 'c') String re) {
    try {
      Pattern.compile(re);
    } catch (PatternSyntaxException e) {
      return;
    }
    RegexLimits.complexity(re);
  }
}
