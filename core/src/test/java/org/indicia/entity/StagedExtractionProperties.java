package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.indicia.Entity;

/**
 * The first stage of extraction ({@link EntityExtractor#contactsAndPhones}) finds exactly the
 * contacts and phones the whole extraction finds, in the same order, whatever amounts and ages
 * stand beside or between them.
 */
class StagedExtractionProperties {
  private static final Set<Entity.Type> FIRST_STAGE =
      EnumSet.of(Entity.Type.PHONE, Entity.Type.EMAIL, Entity.Type.URL, Entity.Type.HANDLE);

  @Property(tries = 400)
  void firstStage_isTheWholeExtractionsContactsAndPhones(@ForAll("texts") String text) {
    List<String> regions = List.of("US");
    List<Entity> all = EntityExtractor.extract(text, text.length(), regions);
    EntityExtractor.Prepared prepared = EntityExtractor.prepare(text, text.length());
    List<Entity> first = EntityExtractor.contactsAndPhones(prepared, regions);
    assertThat(first).as(text).isEqualTo(all.stream().filter(e -> FIRST_STAGE.contains(e.type())).toList());
    assertThat(EntityExtractor.withAmounts(prepared, first)).as(text).isEqualTo(all);
  }

  /** A quick look that says no never hides an entity the extraction finds, for any type. */
  @Property(tries = 600)
  void mayHold_isFalseOnlyWhenNoneIsFound(@ForAll("texts") String text) {
    List<String> regions = List.of("US");
    EntityExtractor.Prepared prepared = EntityExtractor.prepare(text, text.length());
    List<Entity> found = EntityExtractor.extract(text, text.length(), regions);
    for (Entity.Type type : Entity.Type.values()) {
      if (!EntityExtractor.mayHold(prepared, Set.of(type), null, regions)) {
        assertThat(found).as(type + " in " + text).noneMatch(e -> e.type() == type);
      }
    }
    if (!EntityExtractor.mayHold(prepared, Set.of(Entity.Type.PHONE), true, regions)) {
      assertThat(found).as(text).noneMatch(e -> e.type() == Entity.Type.PHONE && e.obscured());
    }
    if (!EntityExtractor.mayHold(prepared, EnumSet.of(Entity.Type.MONEY, Entity.Type.PHONE, Entity.Type.EMAIL), null, regions)) {
      assertThat(found).as(text).noneMatch(e -> e.type() == Entity.Type.MONEY || e.type() == Entity.Type.PHONE
          || e.type() == Entity.Type.EMAIL);
    }
  }

  /** Words without a digit, an e-mail or handle cue need no extraction for any type: cue words alone do not count. */
  @Property(tries = 200)
  void mayHold_saysNoOnPlainWords(@ForAll("plainWords") String text) {
    EntityExtractor.Prepared prepared = EntityExtractor.prepare(text, text.length());
    for (Entity.Type type : Entity.Type.values()) {
      if (type != Entity.Type.URL) {
        assertThat(EntityExtractor.mayHold(prepared, Set.of(type), null, List.of("US"))).as(type + " in " + text).isFalse();
      }
    }
  }

  @Provide
  Arbitrary<String> plainWords() {
    return Arbitraries.of("we", "offer", "online", "deadline", "the", "at", "team", "in", "old", "ages", "salary",
        "competitive", "dollars", "years", "a.m.")
        .list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
  }

  /**
   * The contacts stage, made without a phone search, holds exactly the whole extraction's e-mails,
   * URLs and handles, in the same order, and nothing the whole extraction lacks.
   */
  @Property(tries = 300)
  void contacts_areTheWholeExtractionsContacts(@ForAll("texts") String text) {
    Set<Entity.Type> contactTypes = EnumSet.of(Entity.Type.EMAIL, Entity.Type.URL, Entity.Type.HANDLE);
    List<Entity> all = EntityExtractor.extract(text, text.length(), List.of("US"));
    List<Entity> contacts = EntityExtractor.contacts(EntityExtractor.prepare(text, text.length()));
    assertThat(all).as(text).containsAll(contacts);
    assertThat(contacts.stream().filter(e -> contactTypes.contains(e.type())).toList()).as(text)
        .isEqualTo(all.stream().filter(e -> contactTypes.contains(e.type())).toList());
  }

  /** The amounts read without the phone search, where it can tell, are the whole extraction's. */
  @Property(tries = 400)
  void amounts_areTheWholeExtractionsMoneyAndAges(@ForAll("texts") String text) {
    List<String> regions = List.of("US");
    List<Entity> all = EntityExtractor.extract(text, text.length(), regions);
    EntityExtractor.Prepared prepared = EntityExtractor.prepare(text, text.length());
    List<Entity> amounts = EntityExtractor.amounts(prepared, EntityExtractor.contacts(prepared), regions);
    if (amounts != null) {
      assertThat(amounts).as(text).isEqualTo(all.stream()
          .filter(e -> e.type() == Entity.Type.MONEY || e.type() == Entity.Type.AGE).toList());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> parts = Arbitraries.of("call 555-0142", "(508) 555-0199", "+1 212 555 0147", "five five five 01 42",
        "06 12 34 56 78", "5O8-555-O142", "508 5five5 38four1", "zero six douze", "t.me/rosa_22", "wa.me/15085550142",
        "snap: sunny22", "ig @rose", "kik", "$500", "500 €", "RM 1,200", "₹15,000", "19 yo", "aged 17", "22 ans", "j'ai 19 ans",
        "ana@example.com", "www.example.org", "@sunny_rose", "whatsapp", "telegram:", "text", "only", "per week",
        "deposit", "2,500", "10:30", "2024", ",", ".", "\n", "and", "le", "au", "at", "dot", "point", "(at)", "arobase",
        "line", "online", "signal:", "snap", "age", "old", "ans", "dollars", "euros", "USD", "mad", "2015-2016", "01/02/2015",
        "#URL_0a8c3f9d12ab#", "1O", "x");
    return parts.list().ofMinSize(1).ofMaxSize(10).map(l -> String.join(" ", l));
  }
}
