package org.indicia.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.indicia.Detector;
import org.indicia.ReloadingDetector;
import org.indicia.benchmarks.corpus.Ad;
import org.indicia.benchmarks.corpus.Corpus;
import org.indicia.cli.serve.Server;

/**
 * Latency and throughput of {@code indicia serve} under concurrent load from a real HTTP client
 * (the JDK's {@link HttpClient}, HTTP/1.1 over loopback). Starts the service in-process on
 * {@code 127.0.0.1} with the built-in packs, then for each number of clients sends {@code POST
 * /v1/assess} with one synthetic ad per request, each client waiting for its answer before the
 * next. Bounded: each step stops after {@code --seconds} or {@code --max-requests}, whichever
 * comes first; nothing leaves the machine. Client and server share the cores, so the figures are
 * a floor for a server with the machine to itself.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.indicia.benchmarks.ServeLoad \
 *     [--clients 1,2,4,8,16] [--seconds 10] [--max-requests 100000] [--max-concurrent N]
 * </pre>
 */
public final class ServeLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ServeLoad() {}

  /** One step's outcome. */
  record Step(int clients, long ok, long saturated, long failed, double seconds, long[] micros) {
    double throughput() {
      return ok / seconds;
    }

    long percentile(double p) {
      if (micros.length == 0) {
        return 0;
      }
      return micros[Math.min(micros.length - 1, (int) Math.ceil(p * micros.length) - 1)];
    }
  }

  public static void main(String[] args) throws Exception {
    int[] clients = {1, 2, 4, 8, 16};
    double seconds = 10;
    int maxRequests = 100_000;
    Integer maxConcurrent = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients =
            Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--seconds" -> seconds = Math.min(60, Double.parseDouble(args[++i]));
        case "--max-requests" -> maxRequests = Math.min(1_000_000, Integer.parseInt(args[++i]));
        case "--max-concurrent" -> maxConcurrent = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> bodies = new ArrayList<>();
    for (Ad ad : Corpus.load(Corpus.SYNTHETIC).ads()) {
      bodies.add(JSON.createObjectNode().put("id", ad.id()).put("text", ad.text()).toString());
    }
    Server.PackSource source = () -> Detector.builder().withBuiltInPacks();
    Server.Config d = Server.Config.defaults();
    Server.Config config = new Server.Config("127.0.0.1", 0, d.maxBodyBytes(), d.maxBatch(),
        maxConcurrent != null ? maxConcurrent : d.maxConcurrent());
    try (Server server =
        Server.start(config, ReloadingDetector.of(source.builder().build()), source, l -> {})) {
      URI uri = server.uri().resolve("/v1/assess");
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      run(client, uri, bodies, 4, Math.min(5, seconds), maxRequests); // warm-up, not reported
      System.out.printf(Locale.ROOT, "Server: %d cores, --max-concurrent %d; %d synthetic ads,"
              + " mean %d chars; %s s or %d requests per step%n%n",
          Runtime.getRuntime().availableProcessors(), config.maxConcurrent(), bodies.size(),
          bodies.stream().mapToInt(String::length).sum() / bodies.size(), seconds, maxRequests);
      System.out.println("| clients | requests/s | p50 ms | p90 ms | p99 ms | max ms | 200 | 503 | other |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (int c : clients) {
        Step s = run(client, uri, bodies, c, seconds, maxRequests);
        System.out.printf(Locale.ROOT, "| %d | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %d | %d |%n",
            c, s.throughput(), s.percentile(0.5) / 1e3, s.percentile(0.9) / 1e3,
            s.percentile(0.99) / 1e3, s.percentile(1.0) / 1e3, s.ok(), s.saturated(), s.failed());
      }
    }
  }

  static Step run(HttpClient client, URI uri, List<String> bodies, int clients, double seconds,
      int maxRequests) throws Exception {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    int perClient = Math.max(1, maxRequests / clients);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c * 7;
        futures.add(pool.submit(() -> {
          long[] micros = new long[perClient];
          long ok = 0;
          long saturated = 0;
          long failed = 0;
          for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
            HttpRequest req = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    bodies.get((offset + i) % bodies.size()), StandardCharsets.UTF_8))
                .build();
            long t0 = System.nanoTime();
            int status;
            try {
              status = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
              status = -1;
            }
            long t = (System.nanoTime() - t0) / 1_000;
            if (status == 200) {
              micros[(int) ok++] = t;
            } else if (status == 503) {
              saturated++;
            } else {
              failed++;
            }
          }
          long[] out = Arrays.copyOf(micros, (int) ok + 2);
          out[(int) ok] = saturated;
          out[(int) ok + 1] = failed;
          return out;
        }));
      }
      List<long[]> lat = new ArrayList<>();
      long ok = 0;
      long saturated = 0;
      long failed = 0;
      for (Future<long[]> f : futures) {
        long[] r = f.get();
        saturated += r[r.length - 2];
        failed += r[r.length - 1];
        long[] m = Arrays.copyOf(r, r.length - 2);
        ok += m.length;
        lat.add(m);
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      long[] all = lat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      return new Step(clients, ok, saturated, failed, elapsed, all);
    } finally {
      pool.shutdownNow();
    }
  }
}
