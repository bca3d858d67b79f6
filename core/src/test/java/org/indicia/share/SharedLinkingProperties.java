package org.indicia.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.indicia.Entity;
import org.indicia.entity.EntityExtractor;
import org.indicia.link.Cluster;
import org.indicia.link.LinkDocument;
import org.indicia.link.Linker;

/** Hashed with one key, documents link exactly as raw; nothing raw is left in hashed entities. */
class SharedLinkingProperties {
  @Property(tries = 30)
  void hashedDocuments_linkExactlyAsRaw(@ForAll @IntRange(min = 1, max = 1_000_000) int seed,
      @ForAll @IntRange(min = 2, max = 20) int groups) {
    ShareKey key = ShareKey.of(("partner-key-" + seed + "-0123456789abcdefghijkl").getBytes(StandardCharsets.UTF_8));
    Linker raw = Linker.create();
    Linker hashed = Linker.create();
    for (org.indicia.link.LinkTestAds.Ad ad : org.indicia.link.LinkTestAds.generate(groups, 4, seed)) {
      List<Entity> entities = EntityExtractor.extract(ad.text(), ad.text().length(), List.of("US"));
      raw.add(new LinkDocument(ad.id(), "", entities, ad.city(), "en"));
      List<Entity> protectedEntities = key.protect(entities);
      hashed.add(new LinkDocument(ad.id(), "", protectedEntities, ad.city(), "en"));
      for (Entity e : protectedEntities) {
        assertThat(e.value()).startsWith("hmac-sha256:");
        assertThat(ad.text()).doesNotContain(e.value().substring("hmac-sha256:".length()));
      }
    }
    List<List<String>> a = raw.clusters().stream().map(Cluster::documents).toList();
    List<List<String>> b = hashed.clusters().stream().map(Cluster::documents).toList();
    assertThat(b).isEqualTo(a);
    assertThat(a).isNotEmpty();
  }
}
