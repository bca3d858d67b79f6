package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indicia.Entity;
import org.indicia.Entity.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityExtractorTest {
  private static List<Entity> extract(String text, String... regions) {
    List<Entity> found = EntityExtractor.extract(text, text.length(), List.of(regions));
    for (Entity e : found) { // every span is the original characters
      assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.span().text());
    }
    return found;
  }

  private static List<Entity> of(Type type, String text, String... regions) {
    return extract(text, regions).stream().filter(e -> e.type() == type).toList();
  }

  private static Entity onePhone(String text, String... regions) {
    List<Entity> phones = of(Type.PHONE, text, regions);
    assertThat(phones).as(text).hasSize(1);
    return phones.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Call 508-555-0142 today|+15085550142|508-555-0142",
      "Call (508) 555-0142 today|+15085550142|(508) 555-0142",
      "Text me at 508.555.0142.|+15085550142|508.555.0142",
      "tel +1 508 555 0142|+15085550142|+1 508 555 0142",
      "5085550142 anytime|+15085550142|5085550142",
      "appelle le 06 12 34 56 78 svp|+33612345678|06 12 34 56 78",
      "au +33 6 12 34 56 78|+33612345678|+33 6 12 34 56 78"})
  void plainPhones_e164WithSpan(String text, String value, String span) {
    Entity e = onePhone(text, "US", "FR");
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.span().text()).isEqualTo(span);
    assertThat(e.obscured()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "call 508 5five5 38four1 ok|+15085553841",
      "five oh eight five five five zero one four two|+15085550142",
      "FIVE zero EIGHT - 555 - 0142|+15085550142",
      "5O8-555-O142|+15085550142",
      "508 555 0l42|+15085550142",
      "508*555*0142|+15085550142",
      "508 🔥 555 🔥 0142|+15085550142",
      "5️⃣0️⃣8️⃣5️⃣5️⃣5️⃣0️⃣1️⃣4️⃣2️⃣|+15085550142",
      "5 0 8 5 5 5 0 1 4 2|+15085550142",
      "５０８５５５０１４２|+15085550142"})
  void obscuredEnglishPhones_rightDigits(String text, String value) {
    Entity e = onePhone(text, "US");
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.obscured()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit|+33612345678",
      "zero six douze trente quatre cinquante six soixante dix huit|+33612345678",
      "0six 12 34 56 78|+33612345678",
      "zéro sept, quatre-vingt-dix-neuf, vingt et un, onze, soixante et onze|+33799211171",
      "06~12~34~56~78|+33612345678"})
  void obscuredFrenchPhones_readInPairs(String text, String value) {
    Entity e = onePhone(text, "FR");
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.obscured()).isTrue();
  }

  @Test
  void phoneSplitAcrossLines_isObscured() {
    Entity e = onePhone("call me\n508\n555\r\n0142\nxoxo", "US");
    assertThat(e.value()).isEqualTo("+15085550142");
    assertThat(e.span().text()).isEqualTo("508\n555\r\n0142");
    assertThat(e.obscured()).isTrue();
  }

  @Test
  void phoneWithoutKnownRegion_isDigits() {
    assertThat(onePhone("five oh eight five five five zero one four two").value()).isEqualTo("5085550142");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Rent is $1,500 a month, deposit 2 000 €.",
      "Open 10:30 - 14:00, Monday 12/05/2024 to 30/06/2024.",
      "Du 12.05.2024 au 30.06.2024, de 9h30 à 18h00.",
      "She is 19 years old, 5 ft 6, 120 lbs.",
      "Bureau: 75011 Paris, 12 rue de la Paix; 33000 Bordeaux.",
      "Salaire 25 000 - 30 000 euros brut par an.",
      "Order ref 2024-123456, invoice 1234 5678.",
      "Boston, MA 02134, open 9am-5pm, 2 bedrooms, 1 bath, 850 sq ft."})
  void ordinaryNumbers_areNoPhones(String text) {
    assertThat(of(Type.PHONE, text, "US", "FR")).isEmpty();
  }

  @Test
  void emails_plainAndDisguised() {
    List<Entity> e = of(Type.EMAIL, "Write jane.doe@Example.com or lily_22 (at) mail dot com or amy [at] box [dot] fr");
    assertThat(e).extracting(Entity::value).containsExactly("jane.doe@example.com", "lily_22@mail.com", "amy@box.fr");
    assertThat(e).extracting(Entity::obscured).containsExactly(false, true, true);
  }

  @Test
  void emails_writtenWithTheWordAt_needAWordDotOrABracket() {
    assertThat(of(Type.EMAIL, "mail lily_22 at mail dot com")).extracting(Entity::value).containsExactly("lily_22@mail.com");
    assertThat(of(Type.EMAIL, "mail lily_22 ( at ) mail.com")).extracting(Entity::value).containsExactly("lily_22@mail.com");
    assertThat(of(Type.EMAIL, "meet me at noon. It is at home.com, not at the office")).isEmpty();
  }

  @Test
  void urls_hostAndPath() {
    List<Entity> e = of(Type.URL, "See https://www.Example.org/jobs/12, or www.site.net.");
    assertThat(e).extracting(Entity::value).containsExactly("example.org/jobs/12", "site.net");
  }

  @Test
  void handles_withPlatform() {
    List<Entity> e = of(Type.HANDLE,
        "WhatsApp only. Telegram: @sweet_anna22 Snapchat - kittyxo kik: bella.99 insta @model.lou Line ID: candy7 t.me/rosegarden");
    assertThat(e).extracting(x -> x.platform() + ":" + x.value()).containsExactly(
        "telegram:sweet_anna22", "snapchat:kittyxo", "kik:bella.99", "instagram:model.lou", "line:candy7",
        "telegram:rosegarden");
  }

  @Test
  void handles_ordinaryWordsAreNot() {
    assertThat(of(Type.HANDLE, "Wait in line for the signal. Snap decisions. Instagram for more.")).isEmpty();
  }

  @Test
  void phoneAfterMessenger_getsPlatform() {
    Entity e = onePhone("WhatsApp: 508-555-0142", "US");
    assertThat(e.platform()).isEqualTo("whatsapp");
  }

  @Test
  void money_withCurrency() {
    List<Entity> e = of(Type.MONEY, "Fee $1,500.50 then 2 000 € and 300 euros, CAD 2,000, £40.");
    assertThat(e).extracting(x -> x.value() + " " + x.currency())
        .containsExactly("1500.5 USD", "2000 EUR", "300 EUR", "2000 CAD", "40 GBP");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Salary RM 1,200 a month|1200 MYR", "they keep 900 dirhams for the room|900 AED", "₹15,000 per month|15000 INR",
      "Rs.8000 only|8000 INR", "he took 2 000 riyals|2000 SAR", "R$ 1.500 por mes|1500 BRL", "fee 40,000 taka|40000 BDT",
      "salaire 50 000 FCFA|50000 XOF", "on paie 60 000 francs CFA|60000 XOF", "paid MAD 3,000|3000 MAD",
      "owe 500 PKR each week|500 PKR", "HK$4,630 monthly|4630 HKD", "R5 000 deducted, no: 5000 rand|5000 ZAR",
      "loan of ₦250,000|250000 NGN", "150 000 gourdes|150000 HTG", "only 300 zł|300 PLN"})
  void money_moreCurrencies(String text, String expected) {
    assertThat(of(Type.MONEY, text)).extracting(x -> x.value() + " " + x.currency()).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PHP 8 and Java 17 developer", "try 3 times then call", "I was so mad 2 days", "room rm 204 on floor 2",
      "FIRM500 model", "Form 1040"})
  void money_wordsThatLookLikeCodes_areNone(String text) {
    assertThat(of(Type.MONEY, text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sweet girl 19 yo new in town|19", "new 19yo|19", "I am 17 years old|17", "age: 19|19",
      "aged 16, fresh|16", "Jolie fille 19 ans, disponible|19", "âgée de 18 ans|18", "j'ai 17 ans|17",
      "Âge : 21|21", "Jolie coquine de 16 ans, dispo|16"})
  void ages_stated(String text, String years) {
    assertThat(of(Type.AGE, text)).extracting(Entity::value).containsExactly(years);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Contrat de 2 ans renouvelable", "5 ans d'expérience exigée", "depuis 10 ans dans le métier",
      "entre 18 et 25 ans", "Must be 18 or over with 3 years experience", "une expérience de 10 ans minimum",
      "à partir de 18 ans", "un CDD de 12 ans"})
  void durations_areNoAges(String text) {
    assertThat(of(Type.AGE, text)).isEmpty();
  }
}
