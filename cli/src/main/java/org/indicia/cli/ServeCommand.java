package org.indicia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.indicia.ReloadingDetector;
import org.indicia.RulePack;
import org.indicia.cli.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code indicia serve}: the local screening service ({@link Server}). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Runs a local screening service: HTTP JSON API and a page for people.",
    sortOptions = false,
    description = {
      "Serves POST /v1/assess (one document {\"id\",\"text\",\"language\"} or"
          + " {\"documents\":[...]}; answers the scan JSON), POST /v1/explain, POST /v1/reload"
          + " (reads the --pack files again; a broken pack is refused and the previous packs keep"
          + " serving), GET /healthz, GET /metrics and GET / (paste a text, see the evidence).",
      "Listens on 127.0.0.1 unless --host says otherwise. Logs no document text. Runs until"
          + " interrupted."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PackOptions packs;

  @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the service).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
      description = "Largest request body (default: ${DEFAULT-VALUE}); larger ones get 413.")
  int maxBody;

  @Option(names = "--max-batch", paramLabel = "N", defaultValue = "100",
      description = "Most documents per request (default: ${DEFAULT-VALUE}).")
  int maxBatch;

  @Option(names = "--max-concurrent", paramLabel = "N",
      description = "Most requests assessing at once; more get 503 (default: 2 per core).")
  Integer maxConcurrent;

  @Override
  public Integer call() throws Exception {
    Server.Config config;
    try {
      config = new Server.Config(host, port, maxBody, maxBatch,
          maxConcurrent != null ? maxConcurrent : Server.Config.defaults().maxConcurrent());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ReloadingDetector live = ReloadingDetector.of(packs.detector());
    PrintWriter err = spec.commandLine().getErr();
    Server server;
    try {
      server = Server.start(config, live, packs::builder, line -> {
        err.println("indicia serve: " + line);
        err.flush();
      });
    } catch (IOException e) {
      throw new InputException("cannot listen on " + host + ":" + port + ": " + ExitCodes.describe(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.stop(1);
      stopped.countDown();
    }, "indicia-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    err.println("indicia serve: listening on " + server.uri() + " with "
        + String.join(", ", live.current().packs().stream().map(RulePack::idAtVersion).toList()));
    err.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
