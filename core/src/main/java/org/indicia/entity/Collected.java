package org.indicia.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.indicia.Entity;
import org.indicia.Span;

/**
 * The entities a finder has kept so far, with the spans each type has taken: a finder asks
 * whether each candidate overlaps what was kept, in logarithmic time however many were kept.
 */
final class Collected {
  private final List<Entity> list = new ArrayList<>();
  private final EnumMap<Entity.Type, SpanUnion> taken = new EnumMap<>(Entity.Type.class);

  Collected() {}

  Collected(List<Entity> entities) {
    entities.forEach(this::add);
  }

  void add(Entity e) {
    list.add(e);
    taken.computeIfAbsent(e.type(), t -> new SpanUnion()).add(e.span().start(), e.span().end());
  }

  /** Adds an entity of {@code text[start, stop)}. */
  void add(String text, Entity.Type type, String value, int start, int stop, boolean obscured, String platform,
      String currency) {
    add(new Entity(type, value, new Span(start, stop, text.substring(start, stop)), obscured, platform, currency));
  }

  /** The entities kept, in the order they were added until a caller reorders them. */
  List<Entity> list() {
    return list;
  }

  /** Whether an entity of {@code type} overlaps {@code [start, end)}. */
  boolean overlaps(Entity.Type type, int start, int end) {
    SpanUnion spans = taken.get(type);
    return spans != null && spans.meets(start, end);
  }

  /** Whether any entity overlaps {@code [start, end)}. */
  boolean overlapsAny(int start, int end) {
    for (SpanUnion spans : taken.values()) {
      if (spans.meets(start, end)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entity other than a URL overlaps {@code [start, end)}. */
  boolean overlapsContact(int start, int end) {
    for (var e : taken.entrySet()) {
      if (e.getKey() != Entity.Type.URL && e.getValue().meets(start, end)) {
        return true;
      }
    }
    return false;
  }
}
