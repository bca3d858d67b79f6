package org.indicia.cli.serve;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters and a latency histogram, written as Prometheus-style plain text. Thread-safe. */
final class Metrics {
  /** Upper bounds of the latency buckets, in microseconds. */
  private static final long[] BOUNDS = {500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000,
      100_000, 250_000, 1_000_000};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
  private final LongAdder latencyMicros = new LongAdder();
  private final LongAdder latencyCount = new LongAdder();
  final LongAdder documents = new LongAdder();
  final LongAdder saturated = new LongAdder();
  final LongAdder reloads = new LongAdder();
  final LongAdder reloadsRefused = new LongAdder();

  Metrics() {
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = new LongAdder();
    }
  }

  /** One answered request: its route (a fixed name, never the raw path), status and latency. */
  void request(String route, int status, long nanos) {
    requests.computeIfAbsent(route + "\",status=\"" + status, k -> new LongAdder()).increment();
    long micros = nanos / 1_000;
    latencyMicros.add(micros);
    latencyCount.increment();
    int i = 0;
    while (i < BOUNDS.length && micros > BOUNDS[i]) {
      i++;
    }
    buckets[i].increment();
  }

  String text(int inFlight) {
    StringBuilder b = new StringBuilder(1024);
    b.append("# TYPE indicia_requests_total counter\n");
    new TreeMap<>(requests).forEach((k, v) ->
        b.append("indicia_requests_total{route=\"").append(k).append("\"} ").append(v.sum())
            .append('\n'));
    b.append("# TYPE indicia_request_seconds histogram\n");
    long cumulative = 0;
    for (int i = 0; i < buckets.length; i++) {
      cumulative += buckets[i].sum();
      String le = i < BOUNDS.length
          ? String.format(Locale.ROOT, "%.4f", BOUNDS[i] / 1e6)
          : "+Inf";
      b.append("indicia_request_seconds_bucket{le=\"").append(le).append("\"} ")
          .append(cumulative).append('\n');
    }
    b.append(String.format(Locale.ROOT, "indicia_request_seconds_sum %.6f%n",
        latencyMicros.sum() / 1e6));
    b.append("indicia_request_seconds_count ").append(latencyCount.sum()).append('\n');
    b.append("# TYPE indicia_documents_assessed_total counter\n")
        .append("indicia_documents_assessed_total ").append(documents.sum()).append('\n');
    b.append("# TYPE indicia_requests_saturated_total counter\n")
        .append("indicia_requests_saturated_total ").append(saturated.sum()).append('\n');
    b.append("# TYPE indicia_reloads_total counter\n")
        .append("indicia_reloads_total{result=\"swapped\"} ").append(reloads.sum()).append('\n')
        .append("indicia_reloads_total{result=\"refused\"} ").append(reloadsRefused.sum())
        .append('\n');
    b.append("# TYPE indicia_requests_in_flight gauge\n")
        .append("indicia_requests_in_flight ").append(inFlight).append('\n');
    return b.toString();
  }
}
