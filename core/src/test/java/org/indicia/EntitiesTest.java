package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EntitiesTest {
  private static final Detector DETECTOR = TestPacks.detector();

  @Test
  void assess_listsEntitiesInOriginalOffsets() {
    String text = "🌹 Sweet 19 yo. Call five oh eight 555 0142 or mail lily (at) mail dot com";
    Assessment a = DETECTOR.assess(Document.of("d", text).language("en"));
    assertThat(a.entities()).extracting(e -> e.type().key() + "=" + e.value())
        .containsExactly("age=19", "phone=+15085550142", "email=lily@mail.com");
    for (Entity e : a.entities()) {
      assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo(e.span().text());
    }
    assertThat(a.entities().get(1).obscured()).isTrue();
  }

  @Test
  void assess_truncatedText_entitiesOnlyInTheAssessedPart() {
    Detector d;
    try {
      d = Detector.builder().addPack(TestPacks.english()).maxTextLength(20).build();
    } catch (RulePackException e) {
      throw new AssertionError(e);
    }
    Assessment a = d.assess("Call 508-555-0142 or 508-555-0199");
    assertThat(a.truncated()).isTrue();
    assertThat(a.entities()).extracting(Entity::value).containsExactly("+15085550142");
  }

  @Test
  void entity_rejectsImpossibleValues() {
    Span s = new Span(0, 1, "x");
    assertThatThrownBy(() -> new Entity(Entity.Type.PHONE, "", s, false, "", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Entity(Entity.Type.MONEY, "5", s, false, "", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> new Entity(Entity.Type.AGE, "5", s, false, "kik", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platform");
    assertThat(new Entity(Entity.Type.HANDLE, "a", s, false, "kik", "").withValue("b").value()).isEqualTo("b");
  }

  @Test
  void assessment_copiesEntities() {
    Assessment a = DETECTOR.assess("Call 508-555-0142");
    assertThat(a.entities()).hasSize(1);
    assertThatThrownBy(() -> a.entities().add(a.entities().get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void packWithoutEntityConditions_extractsOnFirstRead_theSameEntities() throws Exception {
    Detector plain = withMatch("\"passport\"");
    String text = "They kept my passport. Call 508-555-0142, fee $1,500, mail lily (at) mail dot com";
    Assessment lazy = plain.assess(Document.of("d", text).language("en"));
    Assessment eager = DETECTOR.assess(Document.of("d", text).language("en"));
    assertThat(lazy.findings()).hasSize(1);
    assertThat(lazy.entities()).isEqualTo(eager.entities()).hasSize(3);
    assertThatThrownBy(() -> lazy.entities().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void lazyEntities_readFromManyThreads_areOneList() throws Exception {
    Detector plain = withMatch("\"passport\"");
    Assessment a = plain.assess(Document.of("d", "Call 508-555-0142 or 508-555-0199, $40").language("en"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Entity>>> reads = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        reads.add(pool.submit(() -> List.copyOf(a.entities())));
      }
      for (Future<List<Entity>> r : reads) {
        assertThat(r.get()).extracting(Entity::value).containsExactly("+15085550142", "+15085550199", "40");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void entityConditionNoRuleIsTriggeredBy_isFoundOnDemand() throws Exception {
    Detector d = withMatch("{near: {within: 4, all: [fee, {entity: {type: money, above: 100}}]}}");
    assertThat(d.assess(Document.of("a", "A fee of $500 before you travel").language("en")).findings()).hasSize(1);
    assertThat(d.assess(Document.of("b", "A fee of $50 before you travel").language("en")).findings()).isEmpty();
    Assessment noFee = d.assess(Document.of("c", "Pay $500 before you travel").language("en"));
    assertThat(noFee.findings()).isEmpty();
    assertThat(noFee.entities()).extracting(Entity::value).containsExactly("500");
  }

  @Test
  void entityConditionAsTheOnlyTrigger_stillFires() throws Exception {
    Detector d = withMatch("{entity: {type: phone, obscured: true}}");
    assertThat(d.assess(Document.of("a", "call five oh eight 555 0142").language("en")).findings()).hasSize(1);
    assertThat(d.assess(Document.of("b", "call 508-555-0142").language("en")).findings()).isEmpty();
  }

  /** A detector over one test pack whose single indicator has {@code match}. */
  private static Detector withMatch(String match) throws RulePackException {
    return Detector.builder().addPack(RulePack.parse("test.yaml", TestPacks.pack(match))).build();
  }
}
