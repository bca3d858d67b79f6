package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Nothing Indicia logs, at any level, contains text content: with every logger at TRACE (see
 * simplelogger.properties), texts
 * carrying a unique marker are assessed, explained, and reloaded around, and the captured log
 * output must not contain the marker.
 */
class PrivacyTest {
  private static final String MARKER = "Zyxwvut-Sensitive-4242";

  @Test
  void logs_neverContainTextContent() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      ReloadingDetector live = ReloadingDetector.of(TestPacks.detector());
      String[] texts = {
        MARKER + " we keep your passport " + MARKER,
        "No recruitment fee " + MARKER + ", the debt is repaid " + MARKER,
        MARKER.repeat(50_000)
      };
      for (String t : texts) {
        live.assess(Document.of("doc-1", t));
        live.current().explain(Document.of("doc-2", t));
      }
      live.reload(Detector.builder().addPack(TestPacks.english()));
      live.reload(Detector.builder().addPack(TestPacks.english()).addPack(TestPacks.english()));
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    // The capture works: TRACE lines of every assessment and both reload outcomes are there.
    assertThat(log).contains("assessed id=doc-1").contains("reloaded").contains("reload refused");
    assertThat(log).doesNotContain(MARKER).doesNotContain("passport").doesNotContain("recruitment");
  }
}
