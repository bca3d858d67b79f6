package org.indicia;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.indicia.entity.EntityExtractor;

/**
 * The entities of one text, extracted on first read. Phone parsing is most of an assessment's
 * cost when no pack has an {@code entity:} condition, so a caller that never asks for
 * {@link Assessment#entities()} does not pay for it. Immutable as seen from outside: extraction
 * is a pure function of the text, so two threads racing on the first read build equal lists and
 * either may be kept.
 */
final class LazyEntities extends AbstractList<Entity> implements RandomAccess {
  private final String text;
  private final int end;
  private final List<String> regions;
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

  private List<Entity> list() {
    List<Entity> l = list;
    if (l == null) {
      l = List.copyOf(EntityExtractor.extract(text, end, regions));
      list = l;
    }
    return l;
  }
}
