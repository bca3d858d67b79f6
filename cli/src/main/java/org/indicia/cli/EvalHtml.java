package org.indicia.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.indicia.Category;
import org.indicia.Level;
import org.indicia.cli.report.Html;
import org.indicia.cli.report.HtmlReport;
import org.indicia.cli.report.Svg;

/**
 * The evaluation report as one self-contained HTML page with inline-SVG plots: precision and
 * recall per category, score distributions of positives and negatives, the precision/recall
 * trade-off over score thresholds, and per-indicator hit rates; then the tables of {@link
 * Evaluation}. Keeps per document only its label, score and categories, never text. Not
 * thread-safe: fed by the pipeline's in-order writer, like {@link Evaluation}.
 *
 * <p>Per category, without per-category labels, "the category fired" is read as a prediction
 * that the document is positive: precision is the share of positives among documents where it
 * fired, recall the share of positives where it fired.
 */
final class EvalHtml {
  /** Indicators shown in the hit-rate chart (the most separating first, as in the tables). */
  static final int MAX_INDICATORS = 40;

  private static final String POS = "#c62828";
  private static final String NEG = "#1565c0";
  private static final String PRECISION = "#2e7d32";
  private static final String RECALL = "#6a1b9a";

  private final List<double[]> scores = new ArrayList<>(); // {score, positive ? 1 : 0}
  private final Map<Category, long[]> categories = new EnumMap<>(Category.class); // {tp, fp}

  /** One assessed document. */
  void add(boolean positive, double score, List<Evaluation.Fired> fired) {
    scores.add(new double[] {score, positive ? 1 : 0});
    Set<Category> seen = EnumSet.noneOf(Category.class);
    fired.forEach(f -> seen.add(f.category()));
    for (Category c : seen) {
      categories.computeIfAbsent(c, k -> new long[2])[positive ? 0 : 1]++;
    }
  }

  /** The page. */
  String page(Evaluation eval, String input, List<String> packs, long failed) {
    return page(eval, input, packs, failed, "");
  }

  /** The page, with {@code extra} (trusted HTML, e.g. the overlay comparison) after the level table. */
  String page(Evaluation eval, String input, List<String> packs, long failed, String extra) {
    StringBuilder b = new StringBuilder(32_768);
    b.append("<header><h1>Indicia evaluation</h1><p class=\"summary\">Input: ")
        .append(Html.escape(input)).append("<br>Packs: ").append(Html.escape(String.join(", ", packs)))
        .append("<br>").append(eval.positives() + eval.negatives()).append(" documents assessed (")
        .append(eval.positives()).append(" positive, ").append(eval.negatives())
        .append(" negative), ").append(failed).append(" failed</p></header>\n<main>\n");
    levelTable(b, eval);
    b.append(extra);
    figure(b, "Precision and recall per category", "Each category read as a prediction: the"
        + " document is positive when the category fired.", categoryChart(eval));
    figure(b, "Score distribution", "Share of positives and of negatives per score band.",
        distribution(eval));
    figure(b, "Threshold trade-off", "Precision, recall and F1 when documents with a score at or"
        + " above the threshold are flagged.", tradeOff(eval));
    figure(b, "Per-indicator hit rates", "Share of positives and of negatives on which each"
        + " indicator fired (up to " + MAX_INDICATORS + ", most separating first).",
        indicatorChart(eval));
    indicatorTable(b, eval);
    b.append("</main>\n");
    return Html.page("Indicia evaluation", HtmlReport.CSS, "'none'", b.toString());
  }

  private static void figure(StringBuilder b, String title, String caption, String svg) {
    b.append("<figure><figcaption>").append(Html.escape(title)).append("</figcaption><p>")
        .append(Html.escape(caption)).append("</p>").append(svg).append("</figure>\n");
  }

  private static void levelTable(StringBuilder b, Evaluation eval) {
    b.append("<h2>Precision and recall by level threshold</h2><table><tr><th>threshold</th>"
        + "<th>TP</th><th>FP</th><th>FN</th><th>TN</th><th>precision</th><th>recall</th>"
        + "<th>F1</th></tr>\n");
    for (Evaluation.Row r : eval.rows()) {
      b.append("<tr><td>").append(r.threshold() == Level.HIGH ? "HIGH" : r.threshold() + "+")
          .append("</td>").append(cell(r.tp())).append(cell(r.fp())).append(cell(r.fn()))
          .append(cell(r.tn())).append(cell(r.precision())).append(cell(r.recall()))
          .append(cell(r.f1())).append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static void indicatorTable(StringBuilder b, Evaluation eval) {
    b.append("<h2>Indicators</h2><table><tr><th>indicator</th><th>category</th><th>pos hits</th>"
        + "<th>pos %</th><th>neg hits</th><th>neg %</th><th>S/O</th></tr>\n");
    for (Evaluation.Hits h : eval.indicators()) {
      b.append("<tr><td><code>").append(Html.escape(h.name)).append("</code></td><td>")
          .append(Html.escape(h.category)).append("</td>").append(cell(h.positive))
          .append(cell(100 * eval.share(h.positive, true))).append(cell(h.negative))
          .append(cell(100 * eval.share(h.negative, false))).append(cell(eval.so(h)))
          .append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private String categoryChart(Evaluation eval) {
    List<String> labels = new ArrayList<>();
    List<Double> p = new ArrayList<>();
    List<Double> r = new ArrayList<>();
    for (Map.Entry<Category, long[]> e : categories.entrySet()) {
      long tp = e.getValue()[0];
      long fp = e.getValue()[1];
      labels.add(HtmlReport.label(e.getKey()));
      p.add(tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp));
      r.add(eval.positives() == 0 ? Double.NaN : (double) tp / eval.positives());
    }
    return Svg.bars("Precision and recall per category", labels,
        List.of(new Svg.Series("precision", PRECISION, array(p)),
            new Svg.Series("recall", RECALL, array(r))), 1, true);
  }

  private String distribution(Evaluation eval) {
    double[] pos = new double[10];
    double[] neg = new double[10];
    for (double[] s : scores) {
      int bin = Math.min(9, (int) (s[0] * 10));
      (s[1] > 0 ? pos : neg)[bin]++;
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pos[i] = eval.positives() == 0 ? Double.NaN : pos[i] / eval.positives();
      neg[i] = eval.negatives() == 0 ? Double.NaN : neg[i] / eval.negatives();
      labels.add(String.format(Locale.ROOT, "score %.1f–%.1f%s", i / 10.0, (i + 1) / 10.0,
          i == 9 ? "" : " (excl.)"));
    }
    return Svg.bars("Score distribution", labels,
        List.of(new Svg.Series("positives", POS, pos), new Svg.Series("negatives", NEG, neg)),
        1, true);
  }

  private String tradeOff(Evaluation eval) {
    int n = 101;
    double[] x = new double[n];
    double[] precision = new double[n];
    double[] recall = new double[n];
    double[] f1 = new double[n];
    for (int i = 0; i < n; i++) {
      double t = i / 100.0;
      long tp = 0;
      long fp = 0;
      for (double[] s : scores) {
        if (s[0] >= t - 1e-9) {
          if (s[1] > 0) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      x[i] = t;
      precision[i] = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
      recall[i] = eval.positives() == 0 ? Double.NaN : (double) tp / eval.positives();
      f1[i] = Double.isNaN(precision[i]) || Double.isNaN(recall[i]) || precision[i] + recall[i] == 0
          ? Double.NaN
          : 2 * precision[i] * recall[i] / (precision[i] + recall[i]);
    }
    return Svg.lines("Threshold trade-off", "score threshold", x,
        List.of(new Svg.Series("precision", PRECISION, precision),
            new Svg.Series("recall", RECALL, recall), new Svg.Series("F1", "#ef6c00", f1)));
  }

  private static String indicatorChart(Evaluation eval) {
    List<Evaluation.Hits> hits = eval.indicators();
    hits = hits.subList(0, Math.min(MAX_INDICATORS, hits.size()));
    List<String> labels = new ArrayList<>();
    double[] pos = new double[hits.size()];
    double[] neg = new double[hits.size()];
    for (int i = 0; i < hits.size(); i++) {
      labels.add(hits.get(i).name);
      pos[i] = eval.share(hits.get(i).positive, true);
      neg[i] = eval.share(hits.get(i).negative, false);
    }
    double max = 0;
    for (int i = 0; i < pos.length; i++) {
      max = Math.max(max, Math.max(pos[i], neg[i]));
    }
    return Svg.bars("Per-indicator hit rates", labels,
        List.of(new Svg.Series("positives", POS, pos), new Svg.Series("negatives", NEG, neg)),
        max == 0 ? 1 : max, true);
  }

  private static double[] array(List<Double> l) {
    return l.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String cell(long v) {
    return "<td class=\"n\">" + v + "</td>";
  }

  private static String cell(double v) {
    return "<td class=\"n\">" + (Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v))
        + "</td>";
  }
}
