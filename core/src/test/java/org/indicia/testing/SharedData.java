package org.indicia.testing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the evaluation data in {@code ../shared/data} beside the repository (CI has it; a user's
 * clone does not). Tests that read it call {@code Assumptions.assumeTrue(SharedData.dir()
 * .isPresent(), SharedData.ABSENT)} so they say why they did not run.
 */
public final class SharedData {
  public static final String ABSENT =
      "../shared/data not found beside the repository (set -Dindicia.shared=DIR): real-data check not run here";

  private SharedData() {}

  /** The {@code shared/data} folder: {@code -Dindicia.shared}, else the nearest ancestor's sibling {@code shared/data}. */
  public static Optional<Path> dir() {
    String prop = System.getProperty("indicia.shared");
    if (prop != null) {
      Path p = Path.of(prop);
      Path data = Files.isDirectory(p.resolve("data")) ? p.resolve("data") : p;
      return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data");
      if (dir.getParent() != null && Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A file under {@code shared/data}, if present. */
  public static Optional<Path> file(String relative) {
    return dir().map(d -> d.resolve(relative)).filter(Files::isRegularFile);
  }

  /**
   * The rows of a CSV file with a header line, as column → value (RFC 4180: quoted fields,
   * doubled quotes, line breaks inside quotes), read with Jackson's CSV module.
   */
  public static List<Map<String, String>> csv(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      return rows.readAll();
    }
  }
}
