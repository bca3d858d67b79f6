package org.indicia.cli;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.indicia.Category;
import org.indicia.Level;
import org.indicia.cli.report.Html;

/**
 * {@code eval --overlay}: precision and recall without and with the overlays, side by side,
 * overall at each level threshold and per category, so a team sees what its tuning costs in
 * recall and gains in precision. A category is read as a prediction: with expected categories
 * (--expect-column) against them, otherwise against the label (the category fired on a positive
 * document or a negative one). Counts only, never text. Not thread-safe.
 */
final class OverlayComparison {
  private final List<String> overlays;
  private final Evaluation without = new Evaluation();
  private final Evaluation with = new Evaluation();
  /** Per category: {tp, fp, fn} without, then with. */
  private final Map<Category, long[]> categories = new EnumMap<>(Category.class);

  OverlayComparison(List<String> overlays) {
    this.overlays = List.copyOf(overlays);
  }

  /**
   * One document.
   *
   * @param expected its expected categories, or null when only a label is given
   */
  void add(boolean positive, Set<Category> expected, Level levelWithout, List<Evaluation.Fired> firedWithout,
      Level levelWith, List<Evaluation.Fired> firedWith) {
    without.add(positive, levelWithout, firedWithout);
    with.add(positive, levelWith, firedWith);
    count(positive, expected, firedWithout, 0);
    count(positive, expected, firedWith, 3);
  }

  private void count(boolean positive, Set<Category> expected, List<Evaluation.Fired> fired, int at) {
    Set<Category> found = EnumSet.noneOf(Category.class);
    fired.forEach(f -> found.add(f.category()));
    Set<Category> all = EnumSet.copyOf(found);
    if (expected != null) {
      all.addAll(expected);
    }
    for (Category c : all) {
      long[] n = categories.computeIfAbsent(c, k -> new long[6]);
      boolean truth = expected != null ? expected.contains(c) : positive;
      boolean hit = found.contains(c);
      if (hit && truth) {
        n[at]++;
      } else if (hit) {
        n[at + 1]++;
      } else if (expected != null) {
        n[at + 2]++;
      }
    }
    if (expected == null && positive) { // a positive document the category missed
      for (Category c : Category.values()) {
        if (!found.contains(c)) {
          categories.computeIfAbsent(c, k -> new long[6])[at + 2]++;
        }
      }
    }
  }

  /** Rows: name, precision without, with, recall without, with. */
  private List<String[]> rows() {
    List<String[]> out = new java.util.ArrayList<>();
    List<Evaluation.Row> a = without.rows();
    List<Evaluation.Row> b = with.rows();
    for (int i = 0; i < a.size(); i++) {
      out.add(new String[] {a.get(i).threshold().name() + (a.get(i).threshold() == Level.HIGH ? "" : "+"),
          num(a.get(i).precision()), num(b.get(i).precision()), delta(a.get(i).precision(), b.get(i).precision()),
          num(a.get(i).recall()), num(b.get(i).recall()), delta(a.get(i).recall(), b.get(i).recall())});
    }
    for (Map.Entry<Category, long[]> e : categories.entrySet()) {
      long[] n = e.getValue();
      if (n[0] + n[1] + n[3] + n[4] == 0) {
        continue; // never found, with or without
      }
      double pa = ratio(n[0], n[0] + n[1]);
      double pb = ratio(n[3], n[3] + n[4]);
      double ra = ratio(n[0], n[0] + n[2]);
      double rb = ratio(n[3], n[3] + n[5]);
      out.add(new String[] {e.getKey().name(), num(pa), num(pb), delta(pa, pb), num(ra), num(rb), delta(ra, rb)});
    }
    return out;
  }

  String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("Without and with overlays (").append(String.join(", ", overlays)).append("):")
        .append(System.lineSeparator());
    String fmt = "%-24s %9s %9s %7s   %9s %9s %7s%n";
    sb.append(String.format(Locale.ROOT, fmt, "THRESHOLD/CATEGORY", "PREC.W/O", "PREC.WITH", "DELTA", "REC.W/O",
        "REC.WITH", "DELTA"));
    for (String[] r : rows()) {
      sb.append(String.format(Locale.ROOT, fmt, (Object[]) r));
    }
    return sb.toString();
  }

  String markdown() {
    StringBuilder sb = new StringBuilder("## Without and with overlays (" + String.join(", ", overlays) + ")\n\n");
    sb.append("| threshold / category | precision without | with | delta | recall without | with | delta |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String[] r : rows()) {
      sb.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    return sb.toString();
  }

  String html() {
    StringBuilder b = new StringBuilder("<h2>Without and with overlays (")
        .append(Html.escape(String.join(", ", overlays))).append(")</h2><table><tr><th>threshold / category</th>"
            + "<th>precision without</th><th>with</th><th>delta</th><th>recall without</th><th>with</th>"
            + "<th>delta</th></tr>\n");
    for (String[] r : rows()) {
      b.append("<tr>");
      for (String cell : r) {
        b.append("<td>").append(Html.escape(cell)).append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</table>\n").toString();
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  private static String delta(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%+.3f", b - a);
  }
}
