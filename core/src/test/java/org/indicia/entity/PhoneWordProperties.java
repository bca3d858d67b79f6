package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The plain-phone skip for digits inside a word never hides a number libphonenumber would find. */
class PhoneWordProperties {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Property(tries = 2000)
  void insideWord_libphonenumberFindsNothing(@ForAll("texts") String text) {
    Assume.that(PhoneFinder.insideWord(text, 0, text.length()));
    for (String region : List.of("US", "FR", "GB", "IN", "DE", "BR")) {
      assertThat(UTIL.findNumbers(text, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, Long.MAX_VALUE))
          .as("%s in %s", text, region).isEmpty();
    }
  }

  @Example
  void hashesAreSkipped_numbersAreNot() {
    for (String t : List.of("#URL_8b28dea5804b323e29db29adaf9fa38b688e5d9db1f6cf5b6b2e924236a07272#",
        "a5085550142", "+15085550142b")) {
      assertThat(PhoneFinder.insideWord(t, 0, t.length())).as(t).isTrue();
      insideWord_libphonenumberFindsNothing(t);
    }
    for (String t : List.of("call 508-555-0142", "tel:5085550142", "ref 5085550142 now", "(508)5550142x12",
        "5085550142ext12")) {
      assertThat(PhoneFinder.insideWord(t, 0, t.length())).as(t).isFalse();
    }
  }

  /** No digit string shorter than the bound is a valid number with '+' or in a checked region's national form. */
  @Example
  void minNumberDigits_boundsEveryValidNumber() {
    for (int len = 1; len < PhoneFinder.MIN_NUMBER_DIGITS; len++) {
      for (int n = 0; n < (int) Math.pow(10, len); n++) {
        String d = String.format("%0" + len + "d", n);
        assertThat(valid("+" + d, "ZZ")).as("+" + d).isFalse();
        for (String region : PhoneFinder.SHORTEST_CHECKED) {
          assertThat(valid(d, region)).as("%s in %s", d, region).isFalse();
        }
      }
    }
  }

  private static boolean valid(String digits, String region) {
    try {
      return UTIL.isValidNumber(UTIL.parse(digits, region));
    } catch (com.google.i18n.phonenumbers.NumberParseException e) {
      return false;
    }
  }

  /** A stretch judged to hold too few digits holds no number libphonenumber finds, in any checked region. */
  @Property(tries = 3000)
  void tooFewDigits_libphonenumberFindsNothing(@ForAll("numberish") String text) {
    Assume.that(PhoneFinder.tooFewDigits(text, 0, text.length()));
    for (String region : PhoneFinder.SHORTEST_CHECKED) {
      assertThat(UTIL.findNumbers(text, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, Long.MAX_VALUE))
          .as("%s in %s", text, region).isEmpty();
    }
  }

  @Example
  void pricesAndHashesHaveTooFewDigits_numbersDoNot() {
    for (String t : List.of("$40,000-$50,000", "de 25 000,00€ à 30 000,00€", "#URL_0a8c3f9d12ab7e#", "12/05, 14/05",
        "1 200 € net")) {
      assertThat(PhoneFinder.tooFewDigits(t, 0, t.length())).as(t).isTrue();
    }
    for (String t : List.of("508-555-0142", "+43 1110", "01/02/2015", "(508) 555", "55 5x01x42", "12 ext 3456",
        "1234 # 56", "5 anexo 1", "12 34 56")) {
      assertThat(PhoneFinder.tooFewDigits(t, 0, t.length())).as(t).isFalse();
    }
  }

  @Provide
  Arbitrary<String> numberish() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(7);
    Arbitrary<String> glue = Arbitraries.of("", " ", "-", ".", "/", "+", "(", ")", "x", "X", ",", "$", "€", "#", "# ", "ext ",
        "ext. ", " int ", "anexo ", "a", "e", "i", "b", "_", "~", "\u00A0", "\u2013", ":", "; ", "\n", " - ", "+33 ", "00");
    return Combinators.combine(glue, digits).as((g, d) -> g + d).list().ofMinSize(1).ofMaxSize(6)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(16);
    Arbitrary<String> letters = Arbitraries.strings().withChars("abcdefxyzABCEXIko").ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> word = Combinators.combine(digits, letters).as((d, l) -> d + l).list().ofMinSize(1).ofMaxSize(8)
        .map(parts -> String.join("", parts));
    Arbitrary<String> lead = Arbitraries.of("", " ", "+", "(", "#URL_", "tel:", "x", "b", "[");
    Arbitrary<String> tail = Arbitraries.of("", " ", "#", ")", ".", "a", "ext 12", "x3");
    return Combinators.combine(lead, word, tail).as((a, w, b) -> a + w + b);
  }
}
