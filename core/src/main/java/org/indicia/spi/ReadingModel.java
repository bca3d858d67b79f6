package org.indicia.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.indicia.Span;
import org.indicia.text.TextNormalizer;

/**
 * A learned reading of a text: the probability that it is of the model's kind rather than a
 * concerning situation, from a logistic regression over its words and word pairs. A language
 * has up to two: the <em>advisory</em> model reads advisory material (a warning-sign list, a code
 * of conduct, guidance, news about training or a law); the <em>ordinary</em> model reads any text
 * that is not concerning (an ad, a chat, a notice that shares the concerning texts' words).
 * Hand-written cues enumerate the phrasings their authors had in mind; a model is trained on
 * labelled texts of many authors, so it reads genres and registers no cue names. It complements
 * the rules, never replaces them: the engine asks it only about texts the rules would show above
 * LOW, and its reading only holds the level at LOW, the findings staying as they are.
 *
 * <p>Features are the tokens of the text as {@link TextNormalizer#basic()} folds it (lower case,
 * no accents; a number reads as {@code #}), and each pair of adjacent tokens, counted once,
 * scaled so that a text's feature vector has unit length ({@link CategoryModel} reads the same). The model is a text file: a header
 * ({@code @bias}, {@code @threshold}) and one {@code feature<TAB>weight} line per feature, so it
 * can be read, diffed and retrained ({@code indicia train-framing}). Immutable and thread-safe.
 */
public final class ReadingModel {
  private static final String MAGIC = "# indicia reading model 1";

  private final double bias;
  private final double threshold;
  private final Map<String, Double> weights;
  private final Features.Index index;
  private final double[] rowWeights;

  private ReadingModel(double bias, double threshold, Map<String, Double> weights) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " not in (0, 1)");
    }
    this.bias = bias;
    this.threshold = threshold;
    this.weights = Map.copyOf(weights);
    List<String> names = List.copyOf(this.weights.keySet());
    this.index = new Features.Index(names);
    this.rowWeights = names.stream().mapToDouble(this.weights::get).toArray();
  }

  /** The probability at or above which a text reads as the model's kind. */
  public double threshold() {
    return threshold;
  }

  /** How many features carry a weight. */
  public int size() {
    return weights.size();
  }

  /** The probability that {@code text} is of the model's kind. */
  public double probability(String text) {
    return read(text, 0).probability();
  }

  /**
   * The model's reading of {@code text}: its probability and, as evidence, the spans (offsets into
   * {@code text}) of the {@code evidence} present features that weigh most towards the model's kind.
   */
  public Reading read(String text, int evidence) {
    Objects.requireNonNull(text, "text");
    Features f = Features.of(text);
    double sum = 0;
    List<double[]> found = new ArrayList<>(); // per feature present that weighs towards the kind: weight, start, end
    for (int i = 0; i < f.count; i++) {
      int row = index.row(f.hashes[i]);
      double w = row < 0 ? 0 : rowWeights[row];
      sum += w;
      if (w > 0) {
        found.add(new double[] {w, f.starts[i], f.ends[i]});
      }
    }
    double p = Logistic.probability(bias + sum / Math.sqrt(Math.max(1, f.count)));
    found.sort((x, y) -> Double.compare(y[0], x[0]));
    List<Span> spans = new ArrayList<>();
    for (int k = 0; k < Math.min(evidence, found.size()); k++) {
      int from = (int) found.get(k)[1];
      int to = (int) found.get(k)[2];
      spans.add(new Span(from, to, text.substring(from, to)));
    }
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new Reading(p, p >= threshold, spans);
  }

  /**
   * A model's reading of one text.
   *
   * @param probability the probability that the text is of the model's kind
   * @param reads whether it reaches the model's threshold
   * @param evidence where the strongest features towards the kind are in the text, in text order
   */
  public record Reading(double probability, boolean reads, List<Span> evidence) {
    public Reading {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the line, if the text is not such a model
   * @throws UncheckedIOException if reading fails
   */
  public static ReadingModel read(Reader in) {
    Objects.requireNonNull(in, "in");
    BufferedReader r = new BufferedReader(in);
    try {
      String first = r.readLine();
      if (!MAGIC.equals(first)) {
        throw new IllegalArgumentException("line 1: not a reading model (expected '" + MAGIC + "')");
      }
      Double bias = null;
      Double threshold = null;
      Map<String, Double> weights = new HashMap<>();
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty()) {
          continue; // no comments after the first line: "#" is the feature of numbers
        }
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
          throw new IllegalArgumentException("line " + n + ": expected 'name<TAB>number'");
        }
        String name = line.substring(0, tab);
        double value = Logistic.number(line.substring(tab + 1), n);
        switch (name) {
          case "@bias" -> bias = value;
          case "@threshold" -> threshold = value;
          default -> {
            if (weights.put(name, value) != null) {
              throw new IllegalArgumentException("line " + n + ": feature '" + name + "' given twice");
            }
          }
        }
      }
      if (bias == null || threshold == null) {
        throw new IllegalArgumentException("no " + (bias == null ? "@bias" : "@threshold") + " line");
      }
      return new ReadingModel(bias, threshold, weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the model as text, features sorted, so that equal models give equal files. */
  public void write(Writer out) throws IOException {
    out.write(MAGIC + "\n");
    out.write("@bias\t" + format(bias) + "\n");
    out.write("@threshold\t" + format(threshold) + "\n");
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
    }
    out.flush();
  }

  private static String format(double d) {
    return Logistic.format(d);
  }

  /**
   * Trains a model: L2-regularized logistic regression by full-batch gradient descent (Adam, a
   * fixed number of steps, so equal inputs give equal models), over the features that occur in
   * at least {@code minCount} texts; features whose weight rounds to zero are dropped.
   *
   * @param texts the labelled texts
   * @param kind per text, whether it is of the model's kind
   * @param c inverse regularization strength (larger: weights fit the texts more closely)
   * @param threshold the probability at or above which the model reads a text as of its kind
   * @throws IllegalArgumentException if the lists differ in size, a class is missing or an
   *     argument is out of range
   */
  public static ReadingModel train(List<String> texts, List<Boolean> kind, int minCount, double c, double threshold) {
    Logistic.checkArguments(texts.size(), kind.size(), minCount, c);
    if (!kind.contains(true) || !kind.contains(false)) {
      throw new IllegalArgumentException("training needs texts of the kind and others");
    }
    Logistic.Data data = Logistic.Data.of(texts, minCount);
    boolean[] labels = new boolean[kind.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = kind.get(i);
    }
    double[] w = Logistic.fit(data, labels, c);
    int dims = data.names().size();
    Map<String, Double> weights = new HashMap<>();
    for (int f = 0; f < dims; f++) {
      if (w[f] != 0) {
        weights.put(data.names().get(f), w[f]);
      }
    }
    return new ReadingModel(w[dims], threshold, weights);
  }

  /** The model with another threshold. */
  public ReadingModel withThreshold(double threshold) {
    return new ReadingModel(bias, threshold, weights);
  }

  /** The weight of a feature named as {@link #features} names it (0 when it has none). */
  double weight(String feature) {
    return weights.getOrDefault(feature, 0.0);
  }

  double bias() {
    return bias;
  }

  /** The features a text gives, in order of first occurrence (for tests and explanations). */
  static Set<String> features(String text) {
    return new LinkedHashSet<>(Features.names(text));
  }
}
