package org.indicia.link;

import java.util.List;
import java.util.Objects;
import org.indicia.Entity;

/**
 * One document to link: its id, text (may be empty when only entities are shared), the entities
 * found in it, and, where known, its city and language.
 *
 * @param id the caller's id
 * @param text the text, for template clusters; {@code ""} to link on entities only
 * @param entities the document's entities (raw, or with keyed-hash values from share mode)
 * @param city the city the ad was posted in, or {@code ""}
 * @param language the document's language code, or {@code ""}
 */
public record LinkDocument(String id, String text, List<Entity> entities, String city, String language) {
  /** @throws NullPointerException if an argument is null */
  public LinkDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(language, "language");
  }
}
