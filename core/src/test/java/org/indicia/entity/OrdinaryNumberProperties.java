package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.indicia.Entity;

/** Prices, dates, times, ages and postcodes, in any order and number, are never a phone. */
class OrdinaryNumberProperties {
  @Property(tries = 500)
  void ordinaryNumbers_neverPhones(@ForAll("sentences") List<String> parts) {
    String text = String.join(" ", parts);
    List<Entity> phones = EntityExtractor.extract(text, text.length(), List.of("US", "FR")).stream()
        .filter(e -> e.type() == Entity.Type.PHONE).toList();
    assertThat(phones).as(text).isEmpty();
  }

  @net.jqwik.api.Example
  void pricesBesideEachOther_areNotAPhone() {
    // found by this property: the digits of two adjacent prices made a ten-digit run
    ordinaryNumbers_neverPhones(List.of("$20,120", "10 000 €"));
    ordinaryNumbers_neverPhones(List.of("£3,500", "20 000 euros", "€1 200"));
    // and a postcode before a price: 011 (the US international prefix), 64, then the price
    ordinaryNumbers_neverPhones(List.of("MA 01164", "81100 €"));
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> year = Arbitraries.integers().between(1990, 2030);
    Arbitrary<Integer> hour = Arbitraries.integers().between(0, 23);
    Arbitrary<Integer> minute = Arbitraries.integers().between(0, 59);
    Arbitrary<Integer> amount = Arbitraries.integers().between(1, 99_999);
    Arbitrary<String> date = Combinators.combine(day, month, year, Arbitraries.of("/", ".", "-"))
        .as((d, m, y, sep) -> String.format("%02d%s%02d%s%d", d, sep, m, sep, y));
    Arbitrary<String> time = Combinators.combine(hour, minute, Arbitraries.of(":", "h"))
        .as((h, m, sep) -> String.format("%d%s%02d", h, sep, m));
    Arbitrary<String> range = Combinators.combine(time, time).as((a, b) -> a + " - " + b);
    Arbitrary<String> price = Combinators.combine(amount, Arbitraries.of("$%,d", "%d €", "€%d", "%d euros", "%d dollars", "£%d"))
        .as((a, f) -> String.format(java.util.Locale.ROOT, f, a));
    Arbitrary<String> frPrice = amount.map(a -> String.format(java.util.Locale.FRANCE, "%,d €", a).replace('\u202f', ' '));
    Arbitrary<String> age = Combinators.combine(Arbitraries.integers().between(16, 70),
        Arbitraries.of("%d yo", "%d ans", "age: %d", "%d years old")).as((a, f) -> String.format(f, a));
    Arbitrary<String> postcode = Arbitraries.oneOf(
        Arbitraries.integers().between(1000, 95999).map(p -> String.format("%05d Paris", p)),
        Arbitraries.integers().between(1000, 99999).map(p -> String.format("MA %05d", p)));
    Arbitrary<String> word = Arbitraries.of("le", "the", "from", "au", "du", "open", "rent", ",", ";", "and");
    return Arbitraries.oneOf(date, time, range, price, frPrice, age, postcode, word).list().ofMinSize(1).ofMaxSize(6);
  }
}
