package org.indicia.link;

import java.util.List;
import java.util.Objects;

/**
 * A group of linked documents.
 *
 * @param kind why they are linked
 * @param documents the document ids, in the order they were added
 * @param shared for a contact cluster, the contacts found in at least two of its documents as
 *     {@code type:value} keys (see {@link LinkKeys}); empty for a template cluster
 * @param cities the number of distinct non-empty cities of its documents
 * @param languages the number of distinct non-empty languages of its documents
 * @param template for a template cluster, the words its documents share, in order, with {@code
 *     {1}}, {@code {2}}, ... where they differ; {@code ""} for a contact cluster
 * @param slots for a template cluster, per slot, the distinct fillers seen (at most {@value
 *     #MAX_FILLERS}); empty for a contact cluster
 */
public record Cluster(Kind kind, List<String> documents, List<String> shared, int cities, int languages,
    String template, List<List<String>> slots) {
  /** Most distinct fillers listed per slot. */
  public static final int MAX_FILLERS = 20;

  /** Why documents are linked. */
  public enum Kind {
    /** They share a phone number, e-mail address or messaging handle, directly or through others. */
    CONTACT,
    /** They are near-duplicates: one template reposted with its slots changed. */
    TEMPLATE
  }

  /** @throws NullPointerException if an argument is null */
  public Cluster {
    Objects.requireNonNull(kind, "kind");
    documents = List.copyOf(documents);
    shared = List.copyOf(shared);
    Objects.requireNonNull(template, "template");
    slots = slots.stream().map(List::copyOf).toList();
  }
}
