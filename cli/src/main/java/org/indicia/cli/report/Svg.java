package org.indicia.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Small inline-SVG charts: grouped horizontal bars and line charts with a legend. No script, no
 * style attributes (presentation attributes only, which a strict CSP allows), every label
 * escaped. Each chart is an {@code <svg role="img">} with a {@code <title>}.
 */
public final class Svg {
  private static final int LABEL_W = 300;
  private static final int PLOT_W = 420;
  private static final int BAR_H = 11;

  private Svg() {}

  /** One series of values, drawn in one colour. */
  public record Series(String name, String colour, double[] values) {
    public Series {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(colour, "colour");
      values = values.clone();
    }
  }

  /**
   * Horizontal bars: one group per label, one bar per series, scaled to {@code max}; NaN values
   * are drawn as "n/a".
   *
   * @param percent whether to print values as percentages (else three decimals)
   */
  public static String bars(
      String title, List<String> labels, List<Series> series, double max, boolean percent) {
    int group = series.size() * (BAR_H + 2) + 8;
    int top = 24;
    int h = top + labels.size() * group + 10;
    int w = LABEL_W + PLOT_W + 70;
    StringBuilder b = open(title, w, h);
    legend(b, series, LABEL_W, 14);
    for (int i = 0; i < labels.size(); i++) {
      int y = top + i * group;
      b.append(text(LABEL_W - 6, y + group / 2 + 1, "end", labels.get(i), 12));
      for (int s = 0; s < series.size(); s++) {
        double v = series.get(s).values()[i];
        int by = y + 4 + s * (BAR_H + 2);
        double len = Double.isNaN(v) || max <= 0 ? 0 : Math.max(0, Math.min(1, v / max)) * PLOT_W;
        b.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>",
            LABEL_W, by, len, BAR_H, series.get(s).colour(),
            Html.escape(labels.get(i) + ", " + series.get(s).name() + ": " + value(v, percent))));
        b.append(text((int) (LABEL_W + len + 4), by + BAR_H - 1, "start", value(v, percent), 10));
      }
    }
    b.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>", LABEL_W, top, LABEL_W, h - 10));
    return b.append("</svg>").toString();
  }

  /**
   * Lines over a common x axis in [0, 1] (e.g. score thresholds), y in [0, 1]; NaN points break
   * the line.
   */
  public static String lines(String title, String xLabel, double[] x, List<Series> series) {
    int left = 50;
    int top = 30;
    int pw = 560;
    int ph = 260;
    int w = left + pw + 30;
    int h = top + ph + 50;
    StringBuilder b = open(title, w, h);
    legend(b, series, left, 16);
    for (int t = 0; t <= 10; t += 2) {
      double f = t / 10.0;
      int gy = top + (int) Math.round(ph * (1 - f));
      int gx = left + (int) Math.round(pw * f);
      b.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>", left, gy, left + pw, gy));
      b.append(text(left - 6, gy + 4, "end", String.format(Locale.ROOT, "%.1f", f), 11));
      b.append(text(gx, top + ph + 16, "middle", String.format(Locale.ROOT, "%.1f", f), 11));
    }
    b.append(text(left + pw / 2, top + ph + 36, "middle", xLabel, 12));
    b.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>",
        left, top, pw, ph));
    for (Series s : series) {
      StringBuilder d = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < x.length && i < s.values().length; i++) {
        double v = s.values()[i];
        if (Double.isNaN(v)) {
          pen = false;
          continue;
        }
        d.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f",
            left + pw * x[i], top + ph * (1 - Math.max(0, Math.min(1, v)))));
        pen = true;
      }
      b.append("<path d=\"").append(d.toString().trim()).append("\" fill=\"none\" stroke=\"")
          .append(s.colour()).append("\" stroke-width=\"2\"><title>").append(Html.escape(s.name()))
          .append("</title></path>");
    }
    return b.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int w, int h) {
    StringBuilder b = new StringBuilder(4096);
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\""
            + " height=\"%d\" font-family=\"system-ui, sans-serif\"><title>%s</title>",
        w, h, w, h, Html.escape(title)));
    return b;
  }

  private static void legend(StringBuilder b, List<Series> series, int x, int y) {
    int at = x;
    for (Series s : series) {
      b.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", at, y - 10, s.colour()));
      b.append(text(at + 16, y, "start", s.name(), 12));
      at += 30 + 7 * s.name().length();
    }
  }

  private static String text(int x, int y, String anchor, String s, int size) {
    return String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\" fill=\"#222\">%s</text>",
        x, y, anchor, size, Html.escape(s));
  }

  private static String value(double v, boolean percent) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return percent
        ? String.format(Locale.ROOT, "%.1f %%", 100 * v)
        : String.format(Locale.ROOT, "%.3f", v);
  }
}
