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
