package org.indicia.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.indicia.Level;
import org.indicia.cli.ScanJsonl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Packs updated while a job runs, on a MiniCluster at parallelism 2. Gates make the order certain
 * without timing: records 1-10 are assessed on pack v1 before the update to v2 is let through;
 * records 11-30 are let through only once both tasks report v2 serving and a broken update refused.
 * (The MiniCluster runs in this JVM, so the gates are static latches.)
 */
class LivePackUpdateTest {
  private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setConfiguration(METRICS.addToConfiguration(new Configuration()))
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final String NAME = "t-live.yaml";
  private static final int BEFORE = 10;
  private static final int RECORDS = 30;

  static final Queue<String> RESULTS = new ConcurrentLinkedQueue<>();
  static final Queue<PackOutcome> OUTCOMES = new ConcurrentLinkedQueue<>();
  static final Queue<Rejected> REJECTED = new ConcurrentLinkedQueue<>();
  static volatile CountDownLatch firstResults;
  static volatile CountDownLatch v2Serving;
  static volatile CountDownLatch brokenRefused;

  @Test
  void update_changesResultsFromThatPointOn_andABrokenOneIsRefusedWithoutLosingARecord()
      throws Exception {
    RESULTS.clear();
    OUTCOMES.clear();
    REJECTED.clear();
    firstResults = new CountDownLatch(BEFORE);
    v2Serving = new CountDownLatch(2);
    brokenRefused = new CountDownLatch(2);

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    List<ScanJsonl.Record> input = new ArrayList<>();
    for (int i = 1; i <= RECORDS; i++) {
      input.add(
          ScanJsonl.parse(
              "live", i,
              String.format(
                  "{\"id\":\"r%02d\",\"text\":\"We keep your passport until the debt is repaid.\"}", i)));
    }
    input.add(ScanJsonl.parse("live", RECORDS + 1, "{\"id\":\"no-text\"}"));
    DataStream<ScanJsonl.Record> records =
        env.fromData(input)
            .name("records")
            .map(LivePackUpdateTest::recordGate)
            .returns(TypeInformation.of(ScanJsonl.Record.class))
            .name("record gate"); // unique names: the metric reporter keys metrics by name
    DataStream<PackSource> updates =
        env.fromData(new PackSource(NAME, TestPacks.pack("2.0.0", true)), new PackSource(NAME, TestPacks.BROKEN))
            .name("updates")
            .map(LivePackUpdateTest::updateGate)
            .returns(TypeInformation.of(PackSource.class))
            .name("update gate")
            .setParallelism(1);

    SingleOutputStreamOperator<String> screened =
        ScreeningJob.screen(
            records, updates, Screening.withPacks(List.of(new PackSource(NAME, TestPacks.pack("1.0.0", false)))));
    screened
        .map(
            line -> {
              RESULTS.add(line);
              firstResults.countDown();
              return line;
            })
        .returns(Types.STRING)
        .name("results")
        .sinkTo(new DiscardingSink<>())
        .name("results sink");
    screened
        .getSideOutput(Screening.PACK_OUTCOMES)
        .map(
            o -> {
              OUTCOMES.add(o);
              if (o.accepted() && o.packs().equals("t-live@2.0.0")) {
                v2Serving.countDown();
              } else if (!o.accepted()) {
                brokenRefused.countDown();
              }
              return o;
            })
        .returns(TypeInformation.of(PackOutcome.class))
        .name("outcomes")
        .sinkTo(new DiscardingSink<>())
        .name("outcomes sink");
    screened
        .getSideOutput(Screening.REJECTED)
        .map(
            r -> {
              REJECTED.add(r);
              return r;
            })
        .returns(TypeInformation.of(Rejected.class))
        .name("rejections")
        .sinkTo(new DiscardingSink<>())
        .name("rejections sink");
    env.execute("live pack update"); // the only job on this class's cluster

    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byId = new TreeMap<>();
    for (String line : RESULTS) {
      JsonNode n = json.readTree(line);
      assertThat(byId.put(n.get("id").asText(), n)).as("one result per record").isNull();
    }
    assertThat(byId).hasSize(RECORDS);
    for (int i = 1; i <= RECORDS; i++) {
      JsonNode n = byId.get(String.format("r%02d", i));
      List<String> indicators = new ArrayList<>();
      n.get("findings").forEach(f -> indicators.add(f.get("indicator").asText()));
      if (i <= BEFORE) {
        assertThat(n.get("packs").toString()).as("r%02d", i).isEqualTo("[\"t-live@1.0.0\"]");
        assertThat(indicators).as("r%02d", i).containsExactly("t.docs");
      } else {
        assertThat(n.get("packs").toString()).as("r%02d", i).isEqualTo("[\"t-live@2.0.0\"]");
        assertThat(indicators).as("r%02d", i).containsExactlyInAnyOrder("t.docs", "t.debt");
        assertThat(n.get("findings").get(0).get("pack").asText()).isEqualTo("t-live@2.0.0");
      }
    }
    assertThat(REJECTED).extracting(Rejected::toString).containsExactly("live:31: missing field 'text'");

    List<PackOutcome> outcomes = new ArrayList<>(OUTCOMES);
    assertThat(outcomes).hasSize(4);
    assertThat(outcomes.stream().filter(PackOutcome::accepted).map(PackOutcome::task))
        .containsExactlyInAnyOrder(0, 1);
    List<PackOutcome> refused = outcomes.stream().filter(o -> !o.accepted()).toList();
    assertThat(refused).extracting(PackOutcome::task).containsExactlyInAnyOrder(0, 1);
    for (PackOutcome o : refused) {
      assertThat(o.name()).isEqualTo(NAME);
      assertThat(o.packs()).as("the previous packs keep serving").isEqualTo("t-live@2.0.0");
      assertThat(o.error()).startsWith(NAME + ":11:").contains("nowhere");
    }

    // The operator's metrics, summed over both tasks, count what happened.
    // (Not getMetricsByIdentifiers: task and operator metrics can share an identifier there.)
    List<Map.Entry<String, Metric>> metrics = new ArrayList<>();
    METRICS.getMetricsByGroup()
        .forEach(
            (group, byName) ->
                byName.forEach(
                    (name, m) -> {
                      String id = group.getMetricIdentifier(name);
                      if (id.contains(".indicia screening.")) {
                        metrics.add(Map.entry(id, m));
                      }
                    }));
    long levels = 0;
    for (Level l : Level.values()) {
      levels += sum(metrics, ".level." + l.name());
    }
    assertThat(levels).isEqualTo(RECORDS);
    assertThat(sum(metrics, ".rejected")).isEqualTo(1);
    assertThat(sum(metrics, ".documentsPerSecond")).isEqualTo(RECORDS);
    assertThat(sum(metrics, ".assessLatencyMicros")).isEqualTo(RECORDS);
    assertThat(sum(metrics, ".packUpdatesAccepted")).isEqualTo(2);
    assertThat(sum(metrics, ".packUpdatesRefused")).isEqualTo(2);
  }

  /** The sum of the counts of the screening metrics named {@code suffix} on every task. */
  private static long sum(List<Map.Entry<String, Metric>> metrics, String suffix) {
    long total = 0;
    int found = 0;
    for (Map.Entry<String, Metric> e : metrics) {
      if (!e.getKey().endsWith(suffix)) {
        continue;
      }
      found++;
      Metric m = e.getValue();
      if (m instanceof Counter c) {
        total += c.getCount();
      } else if (m instanceof Meter meter) {
        total += meter.getCount();
      } else if (m instanceof Histogram h) {
        total += h.getCount();
      }
    }
    assertThat(found).as("tasks reporting %s in %s", suffix, metrics).isEqualTo(2);
    return total;
  }

  /** Holds records after the first ten until v2 serves everywhere and the broken pack is refused. */
  private static ScanJsonl.Record recordGate(ScanJsonl.Record r) throws InterruptedException {
    if (r.line() > BEFORE) {
      await(v2Serving, "v2 serving on both tasks");
      await(brokenRefused, "the broken pack refused on both tasks");
    }
    return r;
  }

  /** Holds v2 until the first ten results are out, and the broken pack until v2 serves. */
  private static PackSource updateGate(PackSource p) throws InterruptedException {
    if (p.text().contains("2.0.0")) {
      await(firstResults, "the first results");
    } else {
      await(v2Serving, "v2 serving on both tasks");
    }
    return p;
  }

  private static void await(CountDownLatch latch, String what) throws InterruptedException {
    if (!latch.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("gave up waiting for " + what);
    }
  }
}
