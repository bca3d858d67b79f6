package org.indicia;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.indicia.entity.EntityExtractor;

/**
 * The entities of one text, extracted on first read, in two stages: contacts and phones (what
 * the usual {@code entity:} conditions ask for), then money and ages. Extraction is most of an
 * assessment's cost, so a caller that never asks for {@link Assessment#entities()} does not pay
 * for it, and a condition on phones does not pay for amounts. Immutable as seen from outside:
 * extraction is a pure function of the text, so two threads racing on a first read build equal
 * lists and either may be kept.
 */
final class LazyEntities extends AbstractList<Entity> implements RandomAccess {
  private final String text;
  private final int end;
  private final List<String> regions;
  private volatile EntityExtractor.Prepared prepared;
  private volatile List<Entity> contacts;
  private volatile List<Entity> amounts;
  private volatile List<Entity> contactsAndPhones;
  private volatile List<Entity> list;

  LazyEntities(String text, int end, List<String> regions) {
    this.text = text;
    this.end = end;
    this.regions = List.copyOf(regions);
  }

  @Override
  public Entity get(int index) {
    return list().get(index);
  }

  @Override
  public int size() {
    return list().size();
  }

  /**
   * False when the contacts and phones surely hold no entity of {@code types} with {@code
   * obscured} ({@link EntityExtractor#mayHold}): a condition on handles or on obscured phones
   * then costs a look at the text, not an extraction. Once extracted, the entities answer for
   * themselves. (Each condition is asked once per text: equal conditions share one atom.)
   */
  boolean mayHold(Set<Entity.Type> types, Boolean obscured) {
    return contactsAndPhones != null || EntityExtractor.mayHold(prepared(), types, obscured, regions);
  }

  /**
   * The entities a condition on {@code types} reads, in order: the earliest stage that holds
   * every entity of those types (contacts, contacts and phones, money and ages, or all).
   */
  List<Entity> of(Set<Entity.Type> types) {
    if (types.contains(Entity.Type.MONEY) || types.contains(Entity.Type.AGE)) {
      return AMOUNTS.containsAll(types) ? amounts() : this;
    }
    return types.contains(Entity.Type.PHONE) ? contactsAndPhones() : contacts();
  }

  private static final Set<Entity.Type> AMOUNTS = Set.of(Entity.Type.MONEY, Entity.Type.AGE);

  /** The contacts and phones among the entities, in the same order. */
  List<Entity> contactsAndPhones() {
    List<Entity> l = contactsAndPhones;
    if (l == null) {
      l = EntityExtractor.withPhones(prepared(), contacts(), regions);
      contactsAndPhones = l;
    }
    return l;
  }

  /**
   * The money and ages among the entities, in the same order: without the phone search where
   * {@link EntityExtractor#amounts} can tell, else from the whole extraction.
   */
  List<Entity> amounts() {
    List<Entity> l = amounts;
    if (l == null) {
      l = list == null ? EntityExtractor.amounts(prepared(), contacts(), regions) : null;
      if (l == null) {
        l = list().stream().filter(e -> e.type() == Entity.Type.MONEY || e.type() == Entity.Type.AGE).toList();
      }
      amounts = l;
    }
    return l;
  }

  /** The contacts among the entities ({@link EntityExtractor#contacts}), in the same order: no phone search. */
  List<Entity> contacts() {
    List<Entity> l = contactsAndPhones;
    if (l != null) {
      return l; // already extracted: its phones satisfy no condition on contacts
    }
    l = contacts;
    if (l == null) {
      l = EntityExtractor.contacts(prepared());
      contacts = l;
    }
    return l;
  }

  private EntityExtractor.Prepared prepared() {
    EntityExtractor.Prepared p = prepared;
    if (p == null) {
      p = EntityExtractor.prepare(text, end);
      prepared = p;
    }
    return p;
  }

  private List<Entity> list() {
    List<Entity> l = list;
    if (l == null) {
      l = EntityExtractor.withAmounts(prepared(), contactsAndPhones());
      list = l;
      prepared = null; // both stages are done: the lower-cased copy need not live as long as the assessment
    }
    return l;
  }
}
