package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.indicia.Detector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ScanJsonl} reads and writes exactly what {@code scan} reads and writes. */
class ScanJsonlTest {
  @TempDir Path dir;

  @Test
  void readingAndWriting_matchScanLineForLine_andFailuresMatchItsErrors() throws Exception {
    Path in =
        Cli.write(
            dir,
            "in.jsonl",
            "{\"id\":\"a\",\"text\":\"We keep your passport. A processing fee applies.\"}\n"
                + "\n"
                + "{\"text\":\"hold your documents\",\"lang\":\"en\"}\n"
                + "{\"id\":\"b\",\"text\":\"oops\" trailing\n"
                + "{\"id\":\"c\"}\n"
                + "{\"id\":\"d\",\"text\":\"WhatsApp only\"}\n");
    Path pack = Cli.pack(dir);
    Cli.Run scan = Cli.run("scan", "--no-builtin", "--pack", pack.toString(), in.toString());

    Detector detector = Detector.builder().addPack(pack).build();
    List<String> lines = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    try (InputStream s = Files.newInputStream(in);
        ScanJsonl.Reader reader = ScanJsonl.reader(in.toString(), s)) {
      for (ScanJsonl.Record r = reader.next(); r != null; r = reader.next()) {
        if (r.ok()) {
          lines.add(ScanJsonl.line(detector.assess(r.document())));
        } else {
          errors.add(r.where() + ": " + r.error());
        }
      }
    }
    assertThat(lines).hasSize(3).isEqualTo(scan.outLines());
    assertThat(errors).hasSize(2);
    assertThat(scan.errLines()).containsAll(errors);
    assertThat(lines.get(1)).contains("\"id\":\"" + in + ":3\"").contains(",\"packs\":[\"t-en@1.2.3\"]").endsWith(",\"entities\":[]}");
  }

  @Test
  void parse_oneLine_likeTheReader() {
    ScanJsonl.Record r = ScanJsonl.parse("q", 9, "{\"id\":5,\"text\":\"x\",\"lang\":\"FR\"}");
    assertThat(r.ok()).isTrue();
    assertThat(r.id()).isEqualTo("5");
    assertThat(r.document().language()).hasValue("fr");
    ScanJsonl.Record bad = ScanJsonl.parse("q", 10, "{\"id\":5}");
    assertThat(bad.ok()).isFalse();
    assertThat(bad.where()).isEqualTo("q:10");
    assertThat(bad.error()).isEqualTo("missing field 'text'");
    assertThatThrownBy(bad::document).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void record_needsATextOrAnError() throws IOException {
    assertThatThrownBy(() -> new ScanJsonl.Record("s", 1, "i", "t", null, "e"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScanJsonl.Record("s", 1, "i", null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
