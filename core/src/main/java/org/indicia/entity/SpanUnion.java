package org.indicia.entity;

import java.util.Map;
import java.util.TreeMap;

/**
 * The union of the half-open spans added so far, answering whether a span meets it in
 * logarithmic time: a finder asks this of every candidate, and a text dense in candidates
 * ("$1 $1 $1 ...") made a list scan quadratic.
 */
final class SpanUnion {
  /** Start to end of disjoint spans; spans that overlap are merged, spans that only touch are not. */
  private final TreeMap<Integer, Integer> spans = new TreeMap<>();

  /** Whether {@code [start, end)} overlaps a span added: some span has {@code s < end && start < e}. */
  boolean meets(int start, int end) {
    // the disjoint spans starting before end: the last of them reaches furthest
    Map.Entry<Integer, Integer> e = spans.lowerEntry(end);
    return e != null && e.getValue() > start;
  }

  /** Adds {@code [start, end)}; an empty span meets nothing and is not kept. */
  void add(int start, int end) {
    if (start >= end) {
      return;
    }
    int s = start;
    int e = end;
    Map.Entry<Integer, Integer> prev = spans.lowerEntry(start);
    if (prev != null && prev.getValue() > start) {
      s = prev.getKey();
      e = Math.max(e, prev.getValue());
      spans.remove(prev.getKey());
    }
    for (Map.Entry<Integer, Integer> next = spans.ceilingEntry(start); next != null && next.getKey() < end;
        next = spans.ceilingEntry(start)) {
      e = Math.max(e, next.getValue());
      spans.remove(next.getKey());
    }
    spans.put(s, e);
  }
}
