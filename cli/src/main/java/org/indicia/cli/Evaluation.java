package org.indicia.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.indicia.Category;
import org.indicia.Level;

/**
 * Precision and recall of an assessed, labelled corpus at each level threshold, and per indicator
 * (and per tag) how often it fires on positive and on negative documents, in the manner of
 * SpamAssassin's mass-check: hits, their share of each class, and the S/O ratio (share among
 * positives over the sum of both shares: 1.0 fires only on positives, 0.5 does not separate, 0.0
 * fires only on negatives). Holds counts only, never document text. Not thread-safe: fed by the
 * pipeline's in-order writer.
 */
final class Evaluation {
  /** The thresholds reported: documents at this level or above count as flagged. */
  static final List<Level> THRESHOLDS = List.of(Level.LOW, Level.MEDIUM, Level.HIGH);

  /** Hits of one indicator or tag. */
  static final class Hits {
    final String name;
    final String category;
    long positive;
    long negative;

    Hits(String name, String category) {
      this.name = name;
      this.category = category;
    }
  }

  /** One threshold's confusion counts. */
  record Row(Level threshold, long tp, long fp, long fn, long tn) {
    double precision() {
      return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }
  }

  private long positives;
  private long negatives;
  private final long[][] byLevel = new long[2][Level.values().length]; // [positive?1:0][level]
  private final Map<String, Hits> indicators = new TreeMap<>();
  private final Map<String, Hits> tags = new TreeMap<>();

  /** An indicator that fired on a document. */
  record Fired(String indicator, Category category, List<String> tags) {}

  /** One assessed document: its label, level, and the indicators that fired. */
  void add(boolean positive, Level level, List<Fired> fired) {
    if (positive) {
      positives++;
    } else {
      negatives++;
    }
    byLevel[positive ? 1 : 0][level.ordinal()]++;
    Set<String> seenTags = new TreeSet<>();
    for (Fired f : fired) {
      count(
          indicators.computeIfAbsent(f.indicator(), n -> new Hits(n, f.category().name())),
          positive);
      seenTags.addAll(f.tags());
    }
    for (String t : seenTags) {
      count(tags.computeIfAbsent(t, n -> new Hits(n, "")), positive);
    }
  }

  private static void count(Hits h, boolean positive) {
    if (positive) {
      h.positive++;
    } else {
      h.negative++;
    }
  }

  long positives() {
    return positives;
  }

  long negatives() {
    return negatives;
  }

  List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Level t : THRESHOLDS) {
      long tp = 0;
      long fp = 0;
      for (Level l : Level.values()) {
        if (l.atLeast(t)) {
          tp += byLevel[1][l.ordinal()];
          fp += byLevel[0][l.ordinal()];
        }
      }
      rows.add(new Row(t, tp, fp, positives - tp, negatives - fp));
    }
    return rows;
  }

  /** Indicators by S/O, then hits, then id. */
  List<Hits> indicators() {
    return ranked(indicators);
  }

  List<Hits> tags() {
    return ranked(tags);
  }

  private List<Hits> ranked(Map<String, Hits> m) {
    List<Hits> out = new ArrayList<>(m.values());
    out.sort(
        Comparator.comparingDouble((Hits h) -> -so(h))
            .thenComparingLong(h -> -(h.positive + h.negative))
            .thenComparing(h -> h.name));
    return out;
  }

  double share(long hits, boolean positive) {
    long n = positive ? positives : negatives;
    return n == 0 ? 0 : (double) hits / n;
  }

  double so(Hits h) {
    double p = share(h.positive, true);
    double n = share(h.negative, false);
    return p + n == 0 ? 0 : p / (p + n);
  }

  // ---------------------------------------------------------------- rendering

  /** The report as aligned plain-text tables. */
  String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-9s %7s %7s %7s %7s %9s %7s %7s%n",
            "THRESHOLD",
            "TP",
            "FP",
            "FN",
            "TN",
            "PRECISION",
            "RECALL",
            "F1"));
    for (Row r : rows()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-9s %7d %7d %7d %7d %9s %7s %7s%n",
              label(r.threshold()),
              r.tp(),
              r.fp(),
              r.fn(),
              r.tn(),
              num(r.precision()),
              num(r.recall()),
              num(r.f1())));
    }
    sb.append(System.lineSeparator());
    hitsTable(sb, "INDICATOR", indicators(), true);
    if (!tags.isEmpty()) {
      sb.append(System.lineSeparator());
      hitsTable(sb, "TAG", tags(), false);
    }
    return sb.toString();
  }

  private void hitsTable(StringBuilder sb, String title, List<Hits> rows, boolean category) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-40s %-22s %8s %7s %8s %7s %6s%n",
            title,
            category ? "CATEGORY" : "",
            "POS HITS",
            "POS %",
            "NEG HITS",
            "NEG %",
            "S/O"));
    for (Hits h : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-40s %-22s %8d %7.2f %8d %7.2f %6.3f%n",
              h.name,
              h.category,
              h.positive,
              100 * share(h.positive, true),
              h.negative,
              100 * share(h.negative, false),
              so(h)));
    }
    if (rows.isEmpty()) {
      sb.append("(no indicator fired)").append(System.lineSeparator());
    }
  }

  /** The report in Markdown. */
  String markdown(String input, List<String> packs, long failed) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Indicia evaluation\n\n");
    sb.append("- input: `").append(input).append("`\n");
    sb.append("- packs: ")
        .append(packs.isEmpty() ? "none" : "`" + String.join("`, `", packs) + "`")
        .append('\n');
    sb.append("- documents: ")
        .append(positives + negatives)
        .append(" assessed (")
        .append(positives)
        .append(" positive, ")
        .append(negatives)
        .append(" negative), ")
        .append(failed)
        .append(" failed\n\n");
    sb.append("## Precision and recall by level threshold\n\n");
    sb.append("| threshold | TP | FP | FN | TN | precision | recall | F1 |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %d | %s | %s | %s |%n",
              label(r.threshold()),
              r.tp(),
              r.fp(),
              r.fn(),
              r.tn(),
              num(r.precision()),
              num(r.recall()),
              num(r.f1())));
    }
    sb.append(
        "\n"
            + "## Indicators\n\n"
            + "S/O = share of positives hit / (share of positives + share of negatives hit).\n\n");
    hitsMarkdown(sb, "indicator", indicators(), true);
    if (!tags.isEmpty()) {
      sb.append("\n## Tags\n\n");
      hitsMarkdown(sb, "tag", tags(), false);
    }
    return sb.toString().replace("\r\n", "\n");
  }

  private void hitsMarkdown(StringBuilder sb, String title, List<Hits> rows, boolean category) {
    sb.append("| ")
        .append(title)
        .append(category ? " | category" : "")
        .append(" | pos hits | pos % | neg hits | neg % | S/O |\n");
    sb.append(
        category ? "|---|---|---:|---:|---:|---:|---:|\n" : "|---|---:|---:|---:|---:|---:|\n");
    for (Hits h : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| `%s`%s | %d | %.2f | %d | %.2f | %.3f |%n",
              h.name,
              category ? " | " + h.category : "",
              h.positive,
              100 * share(h.positive, true),
              h.negative,
              100 * share(h.negative, false),
              so(h)));
    }
    if (rows.isEmpty()) {
      sb.append("\nNo indicator fired.\n");
    }
  }

  private static String label(Level l) {
    return l == Level.HIGH ? "HIGH" : l + "+";
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }
}
