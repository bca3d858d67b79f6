package org.indicia.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.indicia.cli.ScanRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Flink MiniCluster at parallelism 2 writes, record for record, what {@code
 * indicia scan} writes (the real command, run in-process), and every record comes out once: as a
 * result or as a rejection with scan's reason.
 */
class ScreeningJobTest {
  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void job_onSamplesBenignCorporaAndMalformedRecords_equalsScanRecordForRecord() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("../samples/ads.jsonl"), in.resolve("ads.jsonl"));
    Files.copy(Path.of("../rules-en/src/test/resources/benign-en.jsonl"), in.resolve("benign-en.jsonl"));
    Files.copy(Path.of("../rules-fr/src/test/resources/benign-fr.jsonl"), in.resolve("benign-fr.jsonl"));
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    bad.writeBytes(
        String.join(
                "\n",
                "{\"id\":\"ok-1\",\"text\":\"We keep your passport until the debt is repaid.\",\"lang\":\"en\"}",
                "{\"id\":\"x\",\"text\":\"oops\" trailing",
                "",
                "{\"id\":\"y\"}",
                "{\"id\":\"z\",\"text\":42}",
                "{\"id\":\"w\",\"text\":\"x\",\"lang\":\"english\"}",
                "[1,2]",
                "{\"text\":\"No id here; we hold your documents.\"}",
                "{\"id\":\"u\",\"text\":\"")
            .getBytes(StandardCharsets.UTF_8));
    bad.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe});
    bad.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("bad.jsonl"), bad.toByteArray());
    Path out = dir.resolve("out");

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ScreeningJob.run(
            new String[] {"--input", in.toString(), "--output", out.toString(), "--parallelism", "2"},
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String summary = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(summary).isEqualTo(2); // rejected records, as scan exits

    List<String> expectedLines = new ArrayList<>();
    List<String> expectedRejected = new ArrayList<>();
    long read = 0;
    for (String name : List.of("ads.jsonl", "bad.jsonl", "benign-en.jsonl", "benign-fr.jsonl")) {
      String source = in + "/" + name;
      ScanRun.Result scan = ScanRun.scan(source);
      expectedLines.addAll(scan.out());
      scan.err().stream().filter(l -> l.startsWith(source + ":")).forEach(expectedRejected::add);
      read += scan.out().size() + scan.err().stream().filter(l -> l.startsWith(source + ":")).count();
    }
    List<String> lines = lines(out.resolve("results"));
    List<String> rejected = new ArrayList<>();
    for (String l : lines(out.resolve("rejected"))) {
      JsonNode r = JSON.readTree(l);
      rejected.add(r.get("source").asText() + ":" + r.get("line").asLong() + ": " + r.get("reason").asText());
    }

    assertThat(expectedLines).hasSizeGreaterThan(500);
    assertThat(lines).containsExactlyInAnyOrderElementsOf(expectedLines);
    assertThat(rejected).hasSize(6).containsExactlyInAnyOrderElementsOf(expectedRejected);
    assertThat(summary)
        .contains(read + " read, " + expectedLines.size() + " assessed, 6 failed;")
        .containsPattern("screening [0-9.]+ s at parallelism 2: [0-9]+ docs/s, [0-9]+ per slot;");
    assertThat(lines).anyMatch(l -> l.contains("\"id\":\"" + in + "/bad.jsonl:8\""));
  }

  @Test
  void job_refusesABrokenPackBeforeStarting_withItsLocation() throws Exception {
    Path pack = Files.writeString(dir.resolve("broken.yaml"), "pack: b\nlanguage: en\nversion: 1\nindicators: [{id: x}]\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ScreeningJob.run(
            new String[] {
              "--input", "../samples/ads.jsonl", "--output", dir.resolve("out").toString(),
              "--pack", pack.toString()
            },
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("indicia-flink-job: " + pack);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static List<String> lines(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
        all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return all;
  }
}
