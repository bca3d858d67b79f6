package org.indicia.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.indicia.Category;
import org.indicia.Span;

/**
 * Learned readings of categories: per {@link Category}, the probability that a text describes it,
 * from a logistic regression over the words and word pairs a {@link ReadingModel} reads (one pass
 * over the text serves every category). Trained on texts labelled with their categories by many
 * authors, a reading finds a category in phrasings no cue names ("he says the debt grows every
 * month" as debt bondage), so a pack that opts in shows it beside the rules' findings: a weak,
 * corroborating finding with the features that weighed most as its evidence, never a score or a
 * level of its own.
 *
 * <p>The model is a text file, so it can be read, diffed and retrained ({@code indicia
 * train-categories}): a header line {@code @categories} naming the columns, {@code @bias} and
 * {@code @threshold}, then one {@code feature<TAB>weight<TAB>weight...} line per feature, one
 * weight per column ({@code 0} where the feature does not weigh for that category). Immutable
 * and thread-safe.
 */
public final class CategoryModel {
  private static final String MAGIC = "# indicia category model 1";

  private final List<Category> categories;
  private final double[] bias;
  private final double threshold;
  private final List<String> features;
  private final double[] weights; // row-major: features × categories
  private final Features.Index index;

  private CategoryModel(List<Category> categories, double[] bias, double threshold, List<String> features,
      double[] weights) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " not in (0, 1)");
    }
    this.categories = List.copyOf(categories);
    this.bias = bias.clone();
    this.threshold = threshold;
    this.features = List.copyOf(features);
    this.weights = weights.clone();
    this.index = new Features.Index(this.features);
  }

  /** The categories the model reads, in {@link Category} order. */
  public List<Category> categories() {
    return categories;
  }

  /** The probability at or above which a category reads as described. */
  public double threshold() {
    return threshold;
  }

  /** How many features carry a weight for some category. */
  public int size() {
    return features.size();
  }

  /**
   * The categories {@code text} reads as describing, at or above the threshold, in category order,
   * each with as evidence the spans of the {@code evidence} present features that weigh most
   * towards it (offsets into {@code text}, in text order).
   */
  public List<Reading> read(String text, int evidence) {
    Objects.requireNonNull(text, "text");
    Features f = Features.of(text);
    int[] rows = new int[f.count];
    double[] p = probabilities(f, rows);
    List<Reading> out = new ArrayList<>();
    for (int c = 0; c < p.length; c++) {
      if (p[c] >= threshold) {
        out.add(new Reading(categories.get(c), p[c], evidence(text, f, rows, c, evidence)));
      }
    }
    return out;
  }

  /** Per category, the probability that {@code text} describes it. */
  public Map<Category, Double> probabilities(String text) {
    Objects.requireNonNull(text, "text");
    Features f = Features.of(text);
    double[] p = probabilities(f, new int[f.count]);
    Map<Category, Double> out = new EnumMap<>(Category.class);
    for (int c = 0; c < p.length; c++) {
      out.put(categories.get(c), p[c]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Per category column, the probability of the features {@code f}; fills {@code rows} with each feature's row (-1: none). */
  private double[] probabilities(Features f, int[] rows) {
    int k = categories.size();
    double[] z = new double[k];
    for (int i = 0; i < f.count; i++) {
      int row = index.row(f.hashes[i]);
      rows[i] = row;
      for (int c = 0; row >= 0 && c < k; c++) {
        z[c] += weights[row * k + c];
      }
    }
    double norm = Math.sqrt(Math.max(1, f.count));
    for (int c = 0; c < k; c++) {
      z[c] = Logistic.probability(bias[c] + z[c] / norm);
    }
    return z;
  }

  /** The spans of the {@code n} present features that weigh most towards category column {@code c}. */
  private List<Span> evidence(String text, Features f, int[] rows, int c, int n) {
    int k = categories.size();
    Integer[] present = IntStream.range(0, f.count)
        .filter(i -> rows[i] >= 0 && weights[rows[i] * k + c] > 0).boxed().toArray(Integer[]::new);
    // heaviest first; ties in text order, so equal inputs give equal evidence
    Arrays.sort(present, (a, b) -> Double.compare(weights[rows[b] * k + c], weights[rows[a] * k + c]));
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < Math.min(n, present.length); i++) {
      int from = f.starts[present[i]];
      int to = f.ends[present[i]];
      spans.add(new Span(from, to, text.substring(from, to)));
    }
    spans.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end()));
    return spans;
  }

  /**
   * One category a text reads as describing.
   *
   * @param category the category
   * @param probability the model's probability that the text describes it
   * @param evidence where the features that weighed most towards it are in the text, in text order
   */
  public record Reading(Category category, double probability, List<Span> evidence) {
    public Reading {
      Objects.requireNonNull(category, "category");
      evidence = List.copyOf(evidence);
    }
  }

  /** The model with another threshold. */
  public CategoryModel withThreshold(double threshold) {
    return new CategoryModel(categories, bias, threshold, features, weights);
  }

  /**
   * Trains a model: per category with at least one text, a logistic regression of that category
   * against every other text, as {@link ReadingModel#train} trains one, over the features that
   * occur in at least {@code minCount} texts; then, per category, only the {@code keep} features
   * of largest weight (by magnitude; 0 keeps all) keep their weight, so a model of sixteen
   * categories stays a file of a few megabytes. Categories train in parallel; the result does not
   * depend on it.
   *
   * @param texts the labelled texts
   * @param labels per text, the categories it describes (empty for a text that describes none)
   * @param c inverse regularization strength
   * @param threshold the probability at or above which a category reads as described
   * @throws IllegalArgumentException if the lists differ in size, no text has a category, or an
   *     argument is out of range
   */
  public static CategoryModel train(List<String> texts, List<Set<Category>> labels, int minCount, double c,
      double threshold, int keep) {
    Logistic.checkArguments(texts.size(), labels.size(), minCount, c);
    if (keep < 0) {
      throw new IllegalArgumentException("keep must not be negative");
    }
    List<Category> cats = Arrays.stream(Category.values())
        .filter(cat -> labels.stream().anyMatch(l -> l.contains(cat))).toList();
    if (cats.isEmpty()) {
      throw new IllegalArgumentException("training needs texts labelled with a category");
    }
    Logistic.Data data = Logistic.Data.of(texts, minCount);
    int dims = data.names().size();
    double[][] fitted = cats.parallelStream().map(cat -> {
      boolean[] kind = new boolean[labels.size()];
      for (int i = 0; i < kind.length; i++) {
        kind[i] = labels.get(i).contains(cat);
      }
      double[] w = Logistic.fit(data, kind, c);
      if (keep > 0 && keep < dims) {
        double cut = kth(w, dims, keep);
        int kept = 0;
        for (int f = 0; f < dims; f++) { // ties at the cut: the first in name order stay
          boolean stays = Math.abs(w[f]) > cut || (Math.abs(w[f]) == cut && kept < keep);
          kept += stays ? 1 : 0;
          w[f] = stays ? w[f] : 0;
        }
      }
      return w;
    }).toArray(double[][]::new);
    int k = cats.size();
    List<String> names = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (int f = 0; f < dims; f++) {
      for (double[] w : fitted) {
        if (w[f] != 0) {
          names.add(data.names().get(f));
          rows.add(f);
          break;
        }
      }
    }
    double[] weights = new double[names.size() * k];
    double[] bias = new double[k];
    for (int j = 0; j < k; j++) {
      bias[j] = fitted[j][dims];
      for (int r = 0; r < rows.size(); r++) {
        weights[r * k + j] = fitted[j][rows.get(r)];
      }
    }
    return new CategoryModel(cats, bias, threshold, names, weights);
  }

  /** The {@code keep}-th largest magnitude among the first {@code dims} weights. */
  private static double kth(double[] w, int dims, int keep) {
    double[] a = new double[dims];
    for (int f = 0; f < dims; f++) {
      a[f] = Math.abs(w[f]);
    }
    Arrays.sort(a);
    return a[dims - keep];
  }

  /** Writes the model as text, features sorted, so that equal models give equal files. */
  public void write(Writer out) throws IOException {
    int k = categories.size();
    out.write(MAGIC + "\n");
    out.write("@categories");
    for (Category c : categories) {
      out.write("\t" + c.name());
    }
    out.write("\n@bias");
    for (double b : bias) {
      out.write("\t" + Logistic.format(b));
    }
    out.write("\n@threshold\t" + Logistic.format(threshold) + "\n");
    TreeMap<String, Integer> sorted = new TreeMap<>();
    for (int r = 0; r < features.size(); r++) {
      sorted.put(features.get(r), r);
    }
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      line.setLength(0);
      line.append(e.getKey());
      for (int c = 0; c < k; c++) {
        double w = weights[e.getValue() * k + c];
        line.append('\t').append(w == 0 ? "0" : Logistic.format(w));
      }
      out.write(line.append('\n').toString());
    }
    out.flush();
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the line, if the text is not such a model
   * @throws UncheckedIOException if reading fails
   */
  public static CategoryModel read(Reader in) {
    Objects.requireNonNull(in, "in");
    BufferedReader r = new BufferedReader(in);
    try {
      String first = r.readLine();
      if (!MAGIC.equals(first)) {
        throw new IllegalArgumentException("line 1: not a category model (expected '" + MAGIC + "')");
      }
      List<Category> cats = null;
      double[] bias = null;
      Double threshold = null;
      List<String> names = new ArrayList<>();
      List<double[]> rows = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        switch (cols[0]) {
          case "@categories" -> cats = categories(cols, n);
          case "@bias" -> bias = numbers(cols, need(cats, n), n);
          case "@threshold" -> {
            if (cols.length != 2) {
              throw new IllegalArgumentException("line " + n + ": expected '@threshold<TAB>number'");
            }
            threshold = Logistic.number(cols[1], n);
          }
          default -> {
            if (!seen.add(cols[0])) {
              throw new IllegalArgumentException("line " + n + ": feature '" + cols[0] + "' given twice");
            }
            names.add(cols[0]);
            rows.add(numbers(cols, need(cats, n), n));
          }
        }
      }
      if (cats == null || bias == null || threshold == null) {
        throw new IllegalArgumentException("no " + (cats == null ? "@categories" : bias == null ? "@bias" : "@threshold")
            + " line");
      }
      int k = cats.size();
      double[] weights = new double[rows.size() * k];
      for (int i = 0; i < rows.size(); i++) {
        System.arraycopy(rows.get(i), 0, weights, i * k, k);
      }
      return new CategoryModel(cats, bias, threshold, names, weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Category> need(List<Category> cats, int n) {
    if (cats == null) {
      throw new IllegalArgumentException("line " + n + ": weights before the @categories line");
    }
    return cats;
  }

  private static List<Category> categories(String[] cols, int n) {
    List<Category> out = new ArrayList<>();
    for (int i = 1; i < cols.length; i++) {
      Category c;
      try {
        c = Category.valueOf(cols[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + n + ": '" + cols[i] + "' is not a category");
      }
      if (out.contains(c) || (!out.isEmpty() && c.compareTo(out.get(out.size() - 1)) < 0)) {
        throw new IllegalArgumentException("line " + n + ": categories must be distinct and in category order");
      }
      out.add(c);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("line " + n + ": no category");
    }
    return out;
  }

  private static double[] numbers(String[] cols, List<Category> cats, int n) {
    if (cols.length != cats.size() + 1) {
      throw new IllegalArgumentException("line " + n + ": expected " + cats.size() + " numbers, one per category, got "
          + (cols.length - 1));
    }
    double[] out = new double[cats.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Logistic.number(cols[i + 1], n);
    }
    return out;
  }

}
