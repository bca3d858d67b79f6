package org.indicia.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkerTest {
  private static List<Cluster> of(List<Cluster> all, Cluster.Kind kind) {
    return all.stream().filter(c -> c.kind() == kind).toList();
  }

  @Test
  void contacts_linkThroughChains_andDisguises() {
    Linker l = Linker.create();
    l.add("a", "Call 508-555-0142 now", "Boston", "en");
    l.add("b", "five oh eight 555 0142, kik: bella_99", "Denver", "en");
    l.add("c", "Add me on kik: bella_99", "Denver", "");
    l.add("d", "Call (617) 555-0199", "Boston", "en");
    l.add("e", "Text +1 508 555 0142", "", "en");
    List<Cluster> contacts = of(l.clusters(), Cluster.Kind.CONTACT);
    assertThat(contacts).hasSize(1);
    Cluster c = contacts.get(0);
    assertThat(c.documents()).containsExactly("a", "b", "c", "e");
    assertThat(c.shared()).containsExactly("handle:bella_99", "phone:085550142");
    assertThat(c.cities()).isEqualTo(2);
    assertThat(c.languages()).isEqualTo(1);
  }

  @Test
  void templates_clusterRepostsAndShowTheirSlots() {
    Linker l = Linker.create();
    String[] names = {"Anna", "Bella", "Chloe", "Dina"};
    String[] cities = {"Boston", "Denver", "Miami", "Dallas"};
    for (int i = 0; i < 4; i++) {
      l.add("t" + i, "Sweet " + names[i] + " new in " + cities[i] + " this week, discreet upscale relaxing company for"
          + " generous gentlemen only, real photos, call " + (200 + i) + " 555 01" + (10 + i), cities[i], "en");
    }
    l.add("x", "Warehouse associate wanted in Leeds, full time, paid overtime, forklift training provided on site.", "Leeds", "en");
    List<Cluster> t = of(l.clusters(), Cluster.Kind.TEMPLATE);
    assertThat(t).hasSize(1);
    assertThat(t.get(0).documents()).containsExactly("t0", "t1", "t2", "t3");
    assertThat(t.get(0).template()).startsWith("sweet {1} new in {2} this week discreet upscale");
    assertThat(t.get(0).slots().get(0)).containsExactly("anna", "bella", "chloe", "dina");
    assertThat(t.get(0).cities()).isEqualTo(4);
  }

  @Test
  void urlsMoneyAndAges_doNotLink() {
    Linker l = Linker.create();
    l.add("a", "19 yo, $200, see www.example.com", "", "en");
    l.add("b", "19 yo, $200, see www.example.com", "", "en");
    assertThat(of(l.clusters(), Cluster.Kind.CONTACT)).isEmpty();
  }

  @Test
  void threshold_validated() {
    assertThatThrownBy(() -> Linker.withTemplateThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Linker.withTemplateThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Synthetic ads from 60 known groups: pairwise precision and recall of the union of both links. */
  @Test
  void knownGroups_recoveredWithPairwisePrecisionAndRecallOver90() {
    List<LinkTestAds.Ad> ads = LinkTestAds.generate(60, 5, 7);
    Linker l = Linker.create();
    Map<String, Integer> group = new HashMap<>();
    for (LinkTestAds.Ad a : ads) {
      l.add(a.id(), a.text(), a.city(), "en");
      group.put(a.id(), a.group());
    }
    // predicted: documents in one contact or template cluster are linked
    UnionFind uf = new UnionFind();
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (LinkTestAds.Ad a : ads) {
      index.put(a.id(), uf.add());
      ids.add(a.id());
    }
    for (Cluster c : l.clusters()) {
      for (String d : c.documents()) {
        uf.union(index.get(c.documents().get(0)), index.get(d));
      }
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean same = group.get(ids.get(i)).equals(group.get(ids.get(j)));
        boolean linked = uf.find(i) == uf.find(j);
        tp += same && linked ? 1 : 0;
        fp += !same && linked ? 1 : 0;
        fn += same && !linked ? 1 : 0;
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    assertThat(precision).as("pairwise precision").isGreaterThanOrEqualTo(0.9);
    assertThat(recall).as("pairwise recall").isGreaterThanOrEqualTo(0.9);
  }
}
