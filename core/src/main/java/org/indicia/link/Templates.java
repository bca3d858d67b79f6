package org.indicia.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The common template of near-duplicate documents: the words of the first document that every
 * document has, in order, with numbered slots where documents put other words between them.
 * Each document is aligned greedily on those anchor words; what lies between two anchors is that
 * slot's filler.
 */
final class Templates {
  /** Most documents read to build one template. */
  static final int MAX_DOCS = 50;

  private Templates() {}

  record Template(String text, List<List<String>> slots) {}

  static Template of(List<List<String>> docs) {
    List<List<String>> sample = docs.subList(0, Math.min(docs.size(), MAX_DOCS));
    List<Set<String>> sets = new ArrayList<>();
    for (List<String> d : sample) {
      sets.add(new HashSet<>(d));
    }
    List<String> anchors = new ArrayList<>();
    for (String w : sample.get(0)) {
      if (sets.stream().allMatch(s -> s.contains(w))) {
        anchors.add(w);
      }
    }
    // gap g lies before anchor g (g = anchors.size(): after the last)
    List<Set<String>> fillers = new ArrayList<>();
    for (int g = 0; g <= anchors.size(); g++) {
      fillers.add(new LinkedHashSet<>());
    }
    for (List<String> d : sample) {
      int p = 0;
      StringBuilder gap = new StringBuilder();
      for (String w : d) {
        if (p < anchors.size() && w.equals(anchors.get(p))) {
          addFiller(fillers.get(p), gap);
          p++;
        } else {
          gap.append(gap.length() == 0 ? "" : " ").append(w);
        }
      }
      addFiller(fillers.get(p), gap);
    }
    StringBuilder text = new StringBuilder();
    List<List<String>> slots = new ArrayList<>();
    for (int g = 0; g <= anchors.size(); g++) {
      if (!fillers.get(g).isEmpty()) {
        slots.add(new ArrayList<>(fillers.get(g)).subList(0, Math.min(fillers.get(g).size(), Cluster.MAX_FILLERS)));
        text.append(text.length() == 0 ? "" : " ").append('{').append(slots.size()).append('}');
      }
      if (g < anchors.size()) {
        text.append(text.length() == 0 ? "" : " ").append(anchors.get(g));
      }
    }
    return new Template(text.toString(), slots);
  }

  private static void addFiller(Set<String> slot, StringBuilder gap) {
    if (gap.length() > 0) {
      slot.add(gap.toString());
      gap.setLength(0);
    }
  }
}
