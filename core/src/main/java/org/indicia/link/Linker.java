package org.indicia.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.indicia.Entity;
import org.indicia.entity.EntityExtractor;

/**
 * Groups documents into networks as they arrive: contact clusters (documents sharing a phone
 * number, e-mail address or messaging handle, directly or through a chain of others) and,
 * separately, template clusters (near-duplicates: one ad reposted with its slots changed).
 * {@link #add} is incremental and costs about the same for the millionth document as for the
 * first; {@link #clusters} can be read at any time. Not thread-safe: feed it from one thread.
 *
 * <pre>{@code
 * Linker linker = Linker.create();
 * for (Assessment a : assessments) {
 *   linker.add(new LinkDocument(a.id(), text, a.entities(), city, ""));
 * }
 * linker.clusters().forEach(System.out::println);
 * }</pre>
 */
public final class Linker {
  /** Default share of MinHash components two documents must agree on to be near-duplicates. */
  public static final double DEFAULT_TEMPLATE_THRESHOLD = 0.6;

  private final List<LinkDocument> docs = new ArrayList<>();
  private final UnionFind contacts = new UnionFind();
  private final UnionFind templates = new UnionFind();
  private final TemplateIndex index;
  /** Contact key → the first document with it, and how many documents have it. */
  private final Map<String, int[]> keys = new HashMap<>();

  private Linker(double threshold) {
    this.index = new TemplateIndex(threshold);
  }

  /** A linker with the default template threshold. */
  public static Linker create() {
    return new Linker(DEFAULT_TEMPLATE_THRESHOLD);
  }

  /**
   * A linker joining near-duplicates whose MinHash signatures agree on at least {@code threshold}
   * of their components.
   *
   * @throws IllegalArgumentException unless {@code 0 < threshold <= 1}
   */
  public static Linker withTemplateThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("template threshold must be in (0, 1]: " + threshold);
    }
    return new Linker(threshold);
  }

  /**
   * Adds a document, extracting its entities (numbers without a country code read in the
   * language's region, see {@link EntityExtractor#regionsFor}).
   *
   * @throws NullPointerException if an argument is null
   */
  public void add(String id, String text, String city, String language) {
    Objects.requireNonNull(text, "text");
    List<Entity> entities = EntityExtractor.extract(text, text.length(),
        EntityExtractor.regionsFor(language.isEmpty() ? List.of() : List.of(language)));
    add(new LinkDocument(id, text, entities, city, language));
  }

  /** Adds a document with its entities already extracted (or hashed). */
  public void add(LinkDocument doc) {
    Objects.requireNonNull(doc, "doc");
    int i = contacts.add();
    templates.add();
    docs.add(doc);
    Set<String> seen = new HashSet<>();
    for (Entity e : doc.entities()) {
      String key = LinkKeys.key(e);
      if (key == null || !seen.add(key)) {
        continue;
      }
      int[] first = keys.get(key);
      if (first == null) {
        keys.put(key, new int[] {i, 1});
      } else {
        contacts.union(first[0], i);
        first[1]++;
      }
    }
    index.add(i, doc.text().isEmpty() ? List.of() : TemplateIndex.tokens(doc.text()), templates);
  }

  /** The number of documents added. */
  public int size() {
    return docs.size();
  }

  /**
   * The clusters of at least two documents: contact clusters, then template clusters, each in
   * the order of their first document.
   */
  public List<Cluster> clusters() {
    List<Cluster> out = new ArrayList<>();
    Map<Integer, List<String>> shared = new HashMap<>();
    for (Map.Entry<String, int[]> k : new TreeMap<>(keys).entrySet()) {
      if (k.getValue()[1] >= 2) {
        shared.computeIfAbsent(contacts.find(k.getValue()[0]), r -> new ArrayList<>()).add(k.getKey());
      }
    }
    for (List<Integer> members : groups(contacts)) {
      out.add(cluster(Cluster.Kind.CONTACT, members, shared.getOrDefault(contacts.find(members.get(0)), List.of()),
          "", List.of()));
    }
    for (List<Integer> members : groups(templates)) {
      List<List<String>> tokens = new ArrayList<>();
      for (int m : members.subList(0, Math.min(members.size(), Templates.MAX_DOCS))) {
        tokens.add(TemplateIndex.tokens(docs.get(m).text()));
      }
      Templates.Template t = Templates.of(tokens);
      out.add(cluster(Cluster.Kind.TEMPLATE, members, List.of(), t.text(), t.slots()));
    }
    return out;
  }

  private static List<List<Integer>> groups(UnionFind uf) {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < uf.count(); i++) {
      if (uf.size(i) >= 2) {
        byRoot.computeIfAbsent(uf.find(i), r -> new ArrayList<>()).add(i);
      }
    }
    return new ArrayList<>(byRoot.values());
  }

  private Cluster cluster(Cluster.Kind kind, List<Integer> members, List<String> shared, String template,
      List<List<String>> slots) {
    List<String> ids = new ArrayList<>(members.size());
    Set<String> cities = new TreeSet<>();
    Set<String> languages = new TreeSet<>();
    for (int m : members) {
      LinkDocument d = docs.get(m);
      ids.add(d.id());
      if (!d.city().isBlank()) {
        cities.add(d.city().strip().toLowerCase(java.util.Locale.ROOT));
      }
      if (!d.language().isBlank()) {
        languages.add(d.language());
      }
    }
    return new Cluster(kind, ids, shared, cities.size(), languages.size(), template, slots);
  }
}
