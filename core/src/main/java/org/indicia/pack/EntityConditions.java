package org.indicia.pack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.indicia.Entity;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;

/**
 * Reads an {@code entity:} condition: {@code {type: age, below: 18}}, {@code {type: [phone,
 * email], obscured: true}}, {@code {type: handle, platform: [telegram, kik]}}, {@code {type:
 * money, currency: EUR, above: 1000}}.
 */
final class EntityConditions {
  static final Set<String> KEYS = Set.of("type", "obscured", "platform", "currency", "below", "above");
  static final Set<String> PLATFORMS =
      Set.of("whatsapp", "telegram", "snapchat", "kik", "signal", "line", "instagram", "viber");

  private EntityConditions() {}

  static Expr.EntityMatch parse(PackParser p, Node.MapNode m, Node at) throws RulePackException {
    p.checkKeys(m, KEYS);
    Set<Entity.Type> types = new LinkedHashSet<>();
    for (Node t : strings(p.required(m, "type"))) {
      String name = p.string(t, "an entity type");
      Entity.Type type = typeOf(name);
      if (type == null) {
        throw p.error(Fault.WRONG_TYPE, t, "entity type '" + name + "' (phone, email, url, handle, money, age)");
      }
      types.add(type);
    }
    if (types.isEmpty()) {
      throw p.error(Fault.EMPTY_EXPRESSION, m, "an entity condition without a type");
    }
    Boolean obscured = m.entries().containsKey("obscured") ? p.bool(m, "obscured", false) : null;
    Set<String> platforms = lowerSet(p, m, "platform", false);
    for (String pl : platforms) {
      if (!PLATFORMS.contains(pl)) {
        throw p.error(Fault.WRONG_TYPE, m.entries().get("platform"), "platform '" + pl + "' (one of " + new java.util.TreeSet<>(PLATFORMS) + ")");
      }
    }
    Set<String> currencies = lowerSet(p, m, "currency", true);
    Double below = m.entries().containsKey("below") ? p.number(m.entries().get("below"), "below") : null;
    Double above = m.entries().containsKey("above") ? p.number(m.entries().get("above"), "above") : null;
    if (!platforms.isEmpty() && !types.stream().allMatch(t -> t == Entity.Type.HANDLE || t == Entity.Type.PHONE)) {
      throw p.error(Fault.WRONG_TYPE, m.entries().get("platform"), "platform applies to handle and phone only");
    }
    if (!currencies.isEmpty() && !types.equals(Set.of(Entity.Type.MONEY))) {
      throw p.error(Fault.WRONG_TYPE, m.entries().get("currency"), "currency applies to money only");
    }
    if ((below != null || above != null) && !types.stream().allMatch(t -> t == Entity.Type.AGE || t == Entity.Type.MONEY)) {
      throw p.error(Fault.WRONG_TYPE, m, "below/above apply to age and money only");
    }
    if (below != null && above != null && below <= above) {
      throw p.error(Fault.EMPTY_EXPRESSION, m, "no value is above " + above + " and below " + below);
    }
    return new Expr.EntityMatch(types, obscured, platforms, currencies, below, above, at.line(), at.column());
  }

  static Entity.Type typeOf(String name) {
    for (Entity.Type t : Entity.Type.values()) {
      if (t.key().equals(name)) {
        return t;
      }
    }
    return null;
  }

  private static List<Node> strings(Node n) {
    return n instanceof Node.ListNode l ? l.items() : List.of(n);
  }

  private static Set<String> lowerSet(PackParser p, Node.MapNode m, String key, boolean upper) throws RulePackException {
    Set<String> out = new LinkedHashSet<>();
    if (m.entries().containsKey(key)) {
      for (Node n : strings(m.entries().get(key))) {
        String v = p.string(n, key).strip();
        out.add(upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
