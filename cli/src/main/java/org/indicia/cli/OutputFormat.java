package org.indicia.cli;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.indicia.Assessment;
import org.indicia.DetectedLanguage;
import org.indicia.Finding;

/**
 * How {@code scan} writes one line per document. Thread-safe: workers format, the writer writes.
 */
enum OutputFormat {
  /** The JSON Lines shape of {@link Json}. */
  JSONL {
    @Override
    String header() {
      return null;
    }

    @Override
    String line(Assessment a) {
      return Json.line(a);
    }
  },
  /** Aligned columns for people: id, level, score, languages, indicators. */
  TABLE {
    @Override
    String header() {
      return String.format(
          Locale.ROOT, "%-24s %-6s %6s  %-5s  %s", "ID", "LEVEL", "SCORE", "LANG", "INDICATORS");
    }

    @Override
    String line(Assessment a) {
      String indicators =
          a.findings().stream().map(Finding::indicator).collect(Collectors.joining(", "));
      return String.format(
          Locale.ROOT,
          "%-24s %-6s %6.4f  %-5s  %s",
          oneLine(a.id()),
          a.level(),
          Json.round(a.score()),
          languages(a, ","),
          indicators.isEmpty() ? "-" : indicators);
    }
  },
  /** RFC 4180 CSV with a header; indicators and categories joined by ';'. */
  CSV {
    @Override
    String header() {
      return "id,level,score,languages,truncated,indicators,categories";
    }

    @Override
    String line(Assessment a) {
      Set<String> categories = new LinkedHashSet<>();
      a.findings().forEach(f -> categories.add(f.category().name()));
      return String.join(
          ",",
          csv(a.id()),
          a.level().name(),
          Double.toString(Json.round(a.score())),
          csv(languages(a, ";")),
          Boolean.toString(a.truncated()),
          csv(a.findings().stream().map(Finding::indicator).collect(Collectors.joining(";"))),
          csv(String.join(";", categories)));
    }
  },
  /**
   * The review report ({@link org.indicia.cli.report.HtmlReport}): one page for the whole batch,
   * written when the batch ends, not line by line.
   */
  HTML {
    @Override
    String header() {
      return null;
    }

    @Override
    String line(Assessment a) {
      throw new UnsupportedOperationException("html is written as one page, not per line");
    }
  };

  /** The line before the first document, or null. */
  abstract String header();

  /** One document's line, without the line break. */
  abstract String line(Assessment a);

  private static String languages(Assessment a, String sep) {
    return a.languages().stream().map(DetectedLanguage::code).collect(Collectors.joining(sep));
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  /** A CSV field, quoted when it holds a separator, a quote or a line break. */
  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
