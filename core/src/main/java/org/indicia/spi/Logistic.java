package org.indicia.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * L2-regularized logistic regression over {@link Features}, by full-batch gradient descent (Adam,
 * a fixed number of steps, so equal inputs give equal weights): the training both kinds of
 * learned reading share. Internal to the package.
 */
final class Logistic {
  private static final int STEPS = 600;
  private static final double RATE = 0.05;

  private Logistic() {}

  /**
   * Labelled texts as the trainer reads them: the features that occur in at least {@code
   * minCount} texts (sorted by name), each text as the rows of its features, and each text's
   * scale (one over the root of its distinct features, so a text's vector has unit length).
   */
  record Data(List<String> names, int[][] rows, double[] scale) {
    static Data of(List<String> texts, int minCount) {
      List<List<String>> docs = new ArrayList<>(texts.size());
      Map<String, Integer> df = new TreeMap<>();
      for (String t : texts) {
        List<String> f = Features.names(t);
        docs.add(f);
        for (String s : f) {
          df.merge(s, 1, Integer::sum);
        }
      }
      Map<String, Integer> index = new HashMap<>();
      List<String> names = new ArrayList<>();
      df.forEach((f, n) -> {
        if (n >= minCount) {
          index.put(f, names.size());
          names.add(f);
        }
      });
      int[][] rows = new int[docs.size()][];
      double[] scale = new double[docs.size()];
      for (int d = 0; d < rows.length; d++) {
        List<String> f = docs.get(d);
        rows[d] = f.stream().filter(index::containsKey).mapToInt(index::get).toArray();
        scale[d] = 1 / Math.sqrt(Math.max(1, f.size()));
      }
      return new Data(List.copyOf(names), rows, scale);
    }
  }

  /** The weights per feature of {@code data.names()}, then the bias, each rounded as the model files write them. */
  static double[] fit(Data data, boolean[] kind, double c) {
    int[][] rows = data.rows();
    double[] scale = data.scale();
    int dims = data.names().size();
    double[] w = new double[dims + 1]; // the last is the bias
    double[] m = new double[dims + 1];
    double[] v = new double[dims + 1];
    double[] g = new double[dims + 1];
    for (int step = 1; step <= STEPS; step++) {
      Arrays.fill(g, 0);
      for (int d = 0; d < rows.length; d++) {
        double z = w[dims];
        for (int f : rows[d]) {
          z += w[f] * scale[d];
        }
        double err = 1 / (1 + Math.exp(-z)) - (kind[d] ? 1 : 0);
        for (int f : rows[d]) {
          g[f] += err * scale[d];
        }
        g[dims] += err;
      }
      for (int f = 0; f < dims; f++) {
        g[f] += w[f] / c;
      }
      double m1 = 1 - Math.pow(0.9, step);
      double v1 = 1 - Math.pow(0.999, step);
      for (int f = 0; f <= dims; f++) {
        m[f] = 0.9 * m[f] + 0.1 * g[f];
        v[f] = 0.999 * v[f] + 0.001 * g[f] * g[f];
        w[f] -= RATE * (m[f] / m1) / (Math.sqrt(v[f] / v1) + 1e-8);
      }
    }
    for (int f = 0; f <= dims; f++) {
      w[f] = round(w[f]);
    }
    return w;
  }

  /** The sigmoid of {@code z}. */
  static double probability(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** A weight as the model files write it: five decimals. */
  static String format(double d) {
    return String.format(Locale.ROOT, "%.5f", d);
  }

  static double round(double d) {
    return Double.parseDouble(format(d));
  }

  /**
   * A weight or header number of a model file.
   *
   * @throws IllegalArgumentException naming line {@code n}, if {@code s} is not a finite number
   */
  static double number(String s, int n) {
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("line " + n + ": '" + s + "' is not a number");
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("line " + n + ": '" + s + "' is not finite");
    }
    return v;
  }

  /** Checks the arguments every trainer shares. */
  static void checkArguments(int texts, int labels, int minCount, double c) {
    if (texts != labels) {
      throw new IllegalArgumentException(texts + " texts but " + labels + " labels");
    }
    if (minCount < 1 || !(c > 0)) {
      throw new IllegalArgumentException("minCount must be at least 1 and c positive");
    }
  }
}
