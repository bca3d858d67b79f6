package org.indicia.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.indicia.cli.ScanJsonl;
import org.junit.jupiter.api.Test;

/**
 * The operator alone, in Flink's test harness: pack updates survive a restore from a checkpoint,
 * removals, and updates that would leave no pack.
 */
@SuppressWarnings("try") // the harness's close() may throw InterruptedException; these tests do not interrupt
class ScreeningTest {
  private static final String NAME = "t-live.yaml";
  private static final ScanJsonl.Record DOC =
      ScanJsonl.parse("t", 1, "{\"id\":\"d\",\"text\":\"We keep your passport until the debt is repaid.\"}");

  private static BroadcastOperatorTestHarness<ScanJsonl.Record, PackSource, String> harness(
      Screening screening, OperatorSubtaskState restored) throws Exception {
    BroadcastOperatorTestHarness<ScanJsonl.Record, PackSource, String> h =
        new BroadcastOperatorTestHarness<>(
            new CoBroadcastWithNonKeyedOperator<>(screening, List.of(Screening.PACKS)), 1, 1, 0);
    h.setup();
    if (restored != null) {
      h.initializeState(restored);
    }
    h.open();
    return h;
  }

  /** {@code t-extra@1.0.0}: t-live's indicators under other ids. */
  private static PackSource extra() {
    return new PackSource("extra.yaml", TestPacks.pack("1.0.0", false).replace("t-live", "t-extra").replace("id: t.", "id: x."));
  }

  private static Screening v1() {
    return Screening.withPacks(List.of(new PackSource(NAME, TestPacks.pack("1.0.0", false))));
  }

  private static String packsOfLast(BroadcastOperatorTestHarness<ScanJsonl.Record, PackSource, String> h) {
    List<String> out = h.extractOutputValues();
    String line = out.get(out.size() - 1);
    int from = line.indexOf(",\"packs\":");
    return line.substring(from, line.indexOf(']', from) + 1) + "}"; // the packs array, closed as written
  }

  @Test
  void acceptedUpdates_serveAgainAfterARestore() throws Exception {
    OperatorSubtaskState snapshot;
    try (var h = harness(v1(), null)) {
      h.processElement(new StreamRecord<>(DOC));
      assertThat(packsOfLast(h)).isEqualTo(",\"packs\":[\"t-live@1.0.0\"]}");
      h.processBroadcastElement(new StreamRecord<>(new PackSource(NAME, TestPacks.pack("2.0.0", true))));
      h.processBroadcastElement(new StreamRecord<>(extra()));
      h.processBroadcastElement(new StreamRecord<>(new PackSource(NAME, TestPacks.BROKEN)));
      h.processElement(new StreamRecord<>(DOC));
      assertThat(packsOfLast(h)).isEqualTo(",\"packs\":[\"t-live@2.0.0\",\"t-extra@1.0.0\"]}");
      snapshot = h.snapshot(1, 1);
    }
    try (var restored = harness(v1(), snapshot)) {
      restored.processElement(new StreamRecord<>(DOC));
      assertThat(packsOfLast(restored))
          .as("the restored task serves the updates accepted before the checkpoint, not the broken one")
          .isEqualTo(",\"packs\":[\"t-live@2.0.0\",\"t-extra@1.0.0\"]}");
      restored.processBroadcastElement(new StreamRecord<>(PackSource.removal("extra.yaml")));
      restored.processElement(new StreamRecord<>(DOC));
      assertThat(packsOfLast(restored)).isEqualTo(",\"packs\":[\"t-live@2.0.0\"]}");
      assertThat(restored.getSideOutput(Screening.PACK_OUTCOMES))
          .extracting(r -> r.getValue().accepted())
          .containsExactly(true);
    }
  }

  @Test
  void removingAPackTheJobStartedWith_staysRemovedAfterARestore() throws Exception {
    Screening twoPacks =
        Screening.withPacks(
            List.of(
                new PackSource(NAME, TestPacks.pack("1.0.0", false)),
                extra()));
    OperatorSubtaskState snapshot;
    try (var h = harness(twoPacks, null)) {
      h.processBroadcastElement(new StreamRecord<>(PackSource.removal("extra.yaml")));
      h.processElement(new StreamRecord<>(DOC));
      assertThat(packsOfLast(h)).isEqualTo(",\"packs\":[\"t-live@1.0.0\"]}");
      snapshot = h.snapshot(1, 1);
    }
    Screening sameStart =
        Screening.withPacks(
            List.of(
                new PackSource(NAME, TestPacks.pack("1.0.0", false)),
                extra()));
    try (var restored = harness(sameStart, snapshot)) {
      restored.processElement(new StreamRecord<>(DOC));
      assertThat(packsOfLast(restored)).isEqualTo(",\"packs\":[\"t-live@1.0.0\"]}");
    }
  }

  @Test
  void removingTheLastPack_isRefused_andItKeepsServing() throws Exception {
    try (var h = harness(v1(), null)) {
      h.processBroadcastElement(new StreamRecord<>(PackSource.removal(NAME)));
      h.processElement(new StreamRecord<>(DOC));
      assertThat(packsOfLast(h)).isEqualTo(",\"packs\":[\"t-live@1.0.0\"]}");
      PackOutcome o = h.getSideOutput(Screening.PACK_OUTCOMES).poll().getValue();
      assertThat(o.accepted()).isFalse();
      assertThat(o.error()).isEqualTo("no packs would remain");
      assertThat(o.packs()).isEqualTo("t-live@1.0.0");
    }
  }

  @Test
  void streamTypes_arePojos_notKryo() {
    // Flink serializes POJOs (records included) itself; anything else falls back to Kryo, which is
    // slower and needs --add-opens on Java 17.
    for (Class<?> c : List.of(ScanJsonl.Record.class, PackSource.class, Rejected.class, PackOutcome.class)) {
      assertThat(TypeInformation.of(c)).as(c.getName()).isInstanceOf(PojoTypeInfo.class);
    }
  }

  @Test
  void inputsAreChecked() {
    assertThatThrownBy(() -> Screening.withPacks(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PackSource(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Screening.withPacks(List.of(new PackSource("b.yaml", TestPacks.BROKEN))).detector())
        .hasMessageStartingWith("b.yaml:11:");
  }
}
