package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.indicia.cli.LineReader.Line;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<Line> read(byte[] bytes, int max) throws IOException {
    List<Line> out = new ArrayList<>();
    try (LineReader r = new LineReader(new ByteArrayInputStream(bytes), max)) {
      for (Line l = r.next(); l != null; l = r.next()) {
        out.add(l);
      }
    }
    return out;
  }

  @Test
  void next_bomCrlfAndLastLineWithoutBreak() throws IOException {
    byte[] b = "\uFEFFé1\r\n\nlast".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(read(b, 100))
        .containsExactly(new Line(1, "é1", null), new Line(2, "", null), new Line(3, "last", null));
  }

  @Test
  void next_badUtf8AndTooLong_reportedPerLine_readingGoesOn() throws IOException {
    byte[] b = {'a', '\n', (byte) 0xC3, '(', '\n', '1', '2', '3', '4', '5', '6', '\n', 'z'};
    assertThat(read(b, 5))
        .containsExactly(
            new Line(1, "a", null),
            new Line(2, null, "not valid UTF-8"),
            new Line(3, null, "line longer than 5 bytes"),
            new Line(4, "z", null));
  }

  @Test
  void next_emptyStream_null() throws IOException {
    assertThat(read(new byte[0], 5)).isEmpty();
  }
}
