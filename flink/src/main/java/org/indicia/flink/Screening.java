package org.indicia.flink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.accumulators.LongMaximum;
import org.apache.flink.api.common.accumulators.LongMinimum;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Level;
import org.indicia.ReloadingDetector;
import org.indicia.RulePack;
import org.indicia.RulePackException;
import org.indicia.cli.ScanJsonl;

/**
 * The screening operator: assesses each record with the detector of its task and emits the line
 * {@code indicia scan --format jsonl} writes for it, while rule packs are updated live.
 *
 * <p>Connect the records to a broadcast stream of {@link PackSource}s with {@link #PACKS}:
 *
 * <pre>{@code
 * records.connect(packUpdates.broadcast(Screening.PACKS)).process(Screening.withBuiltInPacks(List.of()))
 * }</pre>
 *
 * Each task builds one {@link Detector} in {@code open()}. A pack update is compiled by every task
 * (deterministically, so all agree) and swapped in atomically as {@link ReloadingDetector} does: a
 * record is assessed wholly on the packs serving when it arrives, and its line names them ({@code
 * "packs"}). An update that does not compile is refused and the previous packs keep serving; the
 * accepted update goes into broadcast state, so a job restored from a checkpoint serves it again.
 * Every task reports each update on {@link #PACK_OUTCOMES}. Records that could not be read go to
 * {@link #REJECTED} with the reason: every record comes out exactly once, as a line or a rejection.
 *
 * <p>Metrics (per task, under the operator's group): {@code documentsPerSecond} (meter), {@code
 * level.NONE|LOW|MEDIUM|HIGH} and {@code rejected} (counters), {@code assessLatencyMicros}
 * (histogram of the last 1,024 assessments), {@code packUpdatesAccepted}, {@code
 * packUpdatesRefused}. The same counts, the time spent in {@code assess} and the wall-clock span
 * from the first document assessed to the last are kept as accumulators ({@link #ACC_ASSESSED},
 * ...) for the job's closing summary.
 */
public final class Screening extends BroadcastProcessFunction<ScanJsonl.Record, PackSource, String> {
  private static final long serialVersionUID = 1L;

  /** The broadcast state of accepted pack updates: pack name to text (empty: removed). */
  public static final MapStateDescriptor<String, String> PACKS =
      new MapStateDescriptor<>("indicia-packs", Types.STRING, Types.STRING);

  /** Records not assessed, with the reason. */
  public static final OutputTag<Rejected> REJECTED =
      new OutputTag<>("indicia-rejected", TypeInformation.of(Rejected.class));

  /** Each task's outcome of each pack update. */
  public static final OutputTag<PackOutcome> PACK_OUTCOMES =
      new OutputTag<>("indicia-pack-outcomes", TypeInformation.of(PackOutcome.class));

  /** Accumulator: documents assessed. */
  public static final String ACC_ASSESSED = "indicia.assessed";

  /** Accumulator: records rejected. */
  public static final String ACC_REJECTED = "indicia.rejected";

  /** Accumulator prefix: documents assessed per level, e.g. {@code indicia.level.HIGH}. */
  public static final String ACC_LEVEL = "indicia.level.";

  /** Accumulator: nanoseconds spent in {@code assess}, all tasks together. */
  public static final String ACC_ASSESS_NANOS = "indicia.assessNanos";

  /** Accumulator: wall-clock millis when the first document was assessed, on any task. */
  public static final String ACC_FIRST_MILLIS = "indicia.firstMillis";

  /** Accumulator: wall-clock millis when the last document was assessed, on any task. */
  public static final String ACC_LAST_MILLIS = "indicia.lastMillis";

  private static final int LATENCY_WINDOW = 1024;

  private final boolean builtIn;
  private final List<PackSource> initial;

  private transient ReloadingDetector live;
  private transient Map<String, String> serving;
  private transient boolean synced;
  private transient Meter documents;
  private transient Counter[] levels;
  private transient Counter rejected;
  private transient Counter packsAccepted;
  private transient Counter packsRefused;
  private transient Histogram latency;
  private transient LongCounter assessedTotal;
  private transient LongCounter rejectedTotal;
  private transient LongCounter[] levelTotals;
  private transient LongCounter assessNanos;
  private transient LongMinimum firstMillis;
  private transient LongMaximum lastMillis;

  private Screening(boolean builtIn, List<PackSource> initial) {
    this.builtIn = builtIn;
    this.initial = new ArrayList<>(initial);
  }

  /** Screens with the built-in packs (every language module on the classpath) and {@code packs}. */
  public static Screening withBuiltInPacks(List<PackSource> packs) {
    return new Screening(true, Objects.requireNonNull(packs, "packs"));
  }

  /** Screens with {@code packs} only (at least one). */
  public static Screening withPacks(List<PackSource> packs) {
    if (packs.isEmpty()) {
      throw new IllegalArgumentException("no packs: screening needs at least one");
    }
    return new Screening(false, packs);
  }

  /**
   * Compiles {@code packs} as a task will, so a job can refuse a broken pack before it starts.
   *
   * @throws RulePackException with the pack's name, line and column
   */
  public Detector detector() throws RulePackException {
    return builder(initialPacks()).build();
  }

  @Override
  public void open(OpenContext context) throws Exception {
    serving = initialPacks();
    live = ReloadingDetector.of(builder(serving).build());
    MetricGroup metrics = getRuntimeContext().getMetricGroup();
    documents = metrics.meter("documentsPerSecond", new MeterView(60));
    MetricGroup byLevel = metrics.addGroup("level");
    levels = new Counter[Level.values().length];
    for (Level l : Level.values()) {
      levels[l.ordinal()] = byLevel.counter(l.name());
    }
    rejected = metrics.counter("rejected");
    packsAccepted = metrics.counter("packUpdatesAccepted");
    packsRefused = metrics.counter("packUpdatesRefused");
    latency =
        metrics.histogram(
            "assessLatencyMicros", new DescriptiveStatisticsHistogram(LATENCY_WINDOW));
    assessedTotal = getRuntimeContext().getLongCounter(ACC_ASSESSED);
    rejectedTotal = getRuntimeContext().getLongCounter(ACC_REJECTED);
    levelTotals = new LongCounter[Level.values().length];
    for (Level l : Level.values()) {
      levelTotals[l.ordinal()] = getRuntimeContext().getLongCounter(ACC_LEVEL + l.name());
    }
    assessNanos = getRuntimeContext().getLongCounter(ACC_ASSESS_NANOS);
    firstMillis = new LongMinimum();
    lastMillis = new LongMaximum(Long.MIN_VALUE);
    getRuntimeContext().addAccumulator(ACC_FIRST_MILLIS, firstMillis);
    getRuntimeContext().addAccumulator(ACC_LAST_MILLIS, lastMillis);
  }

  @Override
  public void processElement(ScanJsonl.Record record, ReadOnlyContext ctx, Collector<String> out)
      throws Exception {
    if (!synced) {
      sync(ctx.getBroadcastState(PACKS));
    }
    if (!record.ok()) {
      reject(ctx, record, record.error());
      return;
    }
    Assessment a;
    long start = System.nanoTime();
    try {
      a = live.assess(record.document());
    } catch (RuntimeException e) {
      // as scan does: the record fails, the batch goes on; the message could quote text, the class cannot
      reject(ctx, record, "internal error: " + e.getClass().getName());
      return;
    }
    long nanos = System.nanoTime() - start;
    latency.update(nanos / 1_000);
    assessNanos.add(nanos);
    long now = System.currentTimeMillis();
    if (lastMillis.getLocalValuePrimitive() == Long.MIN_VALUE) {
      firstMillis.add(now);
    }
    lastMillis.add(now);
    documents.markEvent();
    levels[a.level().ordinal()].inc();
    assessedTotal.add(1);
    levelTotals[a.level().ordinal()].add(1);
    out.collect(ScanJsonl.line(a));
  }

  @Override
  public void processBroadcastElement(PackSource update, Context ctx, Collector<String> out)
      throws Exception {
    BroadcastState<String, String> state = ctx.getBroadcastState(PACKS);
    if (!synced) {
      sync(state);
    }
    Map<String, String> next = new LinkedHashMap<>(serving);
    if (update.removes()) {
      next.remove(update.name());
    } else {
      next.put(update.name(), update.text());
    }
    int task = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
    String error = swap(next);
    if (error == null) {
      // a removal is kept as an empty text: it must also remove a pack the job started with
      state.put(update.name(), update.text());
      packsAccepted.inc();
      ctx.output(PACK_OUTCOMES, new PackOutcome(task, update.name(), true, packNames(), null));
    } else {
      packsRefused.inc();
      ctx.output(PACK_OUTCOMES, new PackOutcome(task, update.name(), false, packNames(), error));
    }
  }

  /** Serves {@code next} if it compiles; otherwise says why and keeps the packs serving now. */
  private String swap(Map<String, String> next) {
    Detector.Builder b;
    try {
      b = builder(next);
    } catch (RulePackException e) {
      return e.getMessage();
    }
    ReloadingDetector.Reload r;
    try {
      r = live.reload(b);
    } catch (IllegalStateException e) {
      return "no packs would remain";
    }
    if (!r.swapped()) {
      return r.error().map(RulePackException::getMessage).orElse("refused");
    }
    serving = next;
    return null;
  }

  /**
   * After a restore from a checkpoint the broadcast state holds the updates accepted before; serve
   * them. Broadcast state can only be read from a context, so this runs on the first element.
   */
  private void sync(ReadOnlyBroadcastState<String, String> state) throws Exception {
    synced = true;
    Map<String, String> restored = initialPacks();
    for (Map.Entry<String, String> e : state.immutableEntries()) {
      if (e.getValue().isEmpty()) {
        restored.remove(e.getKey());
      } else {
        restored.put(e.getKey(), e.getValue());
      }
    }
    if (!restored.equals(serving)) {
      String error = swap(restored);
      if (error != null) {
        throw new IllegalStateException("restored packs do not compile: " + error);
      }
    }
  }

  private void reject(ReadOnlyContext ctx, ScanJsonl.Record record, String reason) {
    rejected.inc();
    rejectedTotal.add(1);
    ctx.output(REJECTED, new Rejected(record.source(), record.line(), record.id(), reason));
  }

  private Map<String, String> initialPacks() {
    Map<String, String> packs = new LinkedHashMap<>();
    for (PackSource p : initial) {
      packs.put(p.name(), p.text());
    }
    return packs;
  }

  private Detector.Builder builder(Map<String, String> packs) throws RulePackException {
    Detector.Builder b = Detector.builder();
    if (builtIn) {
      b.withBuiltInPacks();
    }
    for (Map.Entry<String, String> e : packs.entrySet()) {
      b.addPack(RulePack.parse(e.getKey(), e.getValue()));
    }
    return b;
  }

  private String packNames() {
    return String.join(",", live.current().packs().stream().map(RulePack::idAtVersion).toList());
  }
}
