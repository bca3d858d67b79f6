package org.indicia.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.indicia.Span;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

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
 * scaled so that a text's feature vector has unit length. The model is a text file: a header
 * ({@code @bias}, {@code @threshold}) and one {@code feature<TAB>weight} line per feature, so it
 * can be read, diffed and retrained ({@code indicia train-framing}). Immutable and thread-safe.
 */
public final class ReadingModel {
  private static final String MAGIC = "# indicia reading model 1";
  private static final Tokenizer TOKENIZER = new Tokenizer(List.of());

  private final double bias;
  private final double threshold;
  private final Map<String, Double> weights;
  private final WeightTable table;

  private ReadingModel(double bias, double threshold, Map<String, Double> weights) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " not in (0, 1)");
    }
    this.bias = bias;
    this.threshold = threshold;
    this.weights = Map.copyOf(weights);
    this.table = new WeightTable(this.weights);
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
    // The hot path reads features as 64-bit hashes, not strings: one pass over the tokens, no
    // string per word or pair; a table of distinct hashes counts each feature once.
    NormalizedText n = new NormalizedText();
    TextNormalizer.basic().normalize(text, text.length(), n);
    Tokens tokens = new Tokens();
    TOKENIZER.tokenize(n.buffer(), n.length(), tokens);
    char[] buf = n.buffer();
    int count = tokens.count();
    long[] seen = new long[Integer.highestOneBit(Math.max(8, 4 * count)) << 1];
    int distinct = 0;
    double sum = 0;
    List<double[]> found = new ArrayList<>(); // per feature present that weighs towards the kind: weight, start, end
    long previous = 0;
    int previousStart = 0;
    for (int t = 0; t < count; t++) {
      long word = wordHash(buf, tokens.start(t), tokens.end(t));
      int start = n.toSourceStart(tokens.start(t));
      int end = n.toSourceEnd(tokens.end(t));
      for (int k = t == 0 ? 1 : 0; k < 2; k++) {
        long h = k == 0 ? pairHash(previous, word) : word;
        if (!addDistinct(seen, h)) {
          continue;
        }
        distinct++;
        double w = table.get(h);
        sum += w;
        if (w > 0) {
          found.add(new double[] {w, k == 0 ? previousStart : start, end});
        }
      }
      previous = word;
      previousStart = start;
    }
    double z = bias + sum / Math.sqrt(Math.max(1, distinct));
    double p = 1 / (1 + Math.exp(-z));
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

  /** Adds {@code h} to an open-addressing set (0 marks a free slot); false if it was there. */
  private static boolean addDistinct(long[] set, long h) {
    long key = h == 0 ? 1 : h;
    int mask = set.length - 1;
    for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (set[i] == 0) {
        set[i] = key;
        return true;
      }
      if (set[i] == key) {
        return false;
      }
    }
  }

  /** FNV-1a over a token's chars, or over {@code #} for a number, as {@link #word} reads it. */
  private static long wordHash(char[] buf, int start, int end) {
    boolean digits = true;
    for (int i = start; i < end && digits; i++) {
      digits = buf[i] >= '0' && buf[i] <= '9';
    }
    return digits ? NUMBER : charsHash(buf, start, end);
  }

  private static long charsHash(char[] chars, int start, int end) {
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < end; i++) {
      h = (h ^ chars[i]) * 0x100000001b3L;
    }
    return h;
  }

  private static final long NUMBER = charsHash(new char[] {'#'}, 0, 1);

  private static long pairHash(long first, long second) {
    long h = first * 0x9E3779B97F4A7C15L + second;
    return h ^ (h >>> 29);
  }

  /** The hash {@link #read} gives a feature written as {@link #analyse} names it ("word" or "word word"). */
  private static long featureHash(String feature) {
    int space = feature.indexOf(' ');
    if (space < 0) {
      return charsHash(feature.toCharArray(), 0, feature.length());
    }
    char[] c = feature.toCharArray();
    return pairHash(charsHash(c, 0, space), charsHash(c, space + 1, c.length));
  }

  /** Feature hashes to weights, open addressing; a missing feature weighs 0. */
  private static final class WeightTable {
    private final long[] keys;
    private final double[] values;

    WeightTable(Map<String, Double> weights) {
      int size = Integer.highestOneBit(Math.max(8, weights.size() * 2)) << 1;
      keys = new long[size];
      values = new double[size];
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        long key = featureHash(e.getKey());
        key = key == 0 ? 1 : key;
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
          i = (i + 1) & (size - 1);
        }
        keys[i] = key;
        values[i] += e.getValue(); // a 64-bit collision adds the two, as the reading would
      }
    }

    private int slot(long key) {
      return (int) (key ^ (key >>> 32)) & (keys.length - 1);
    }

    double get(long h) {
      long key = h == 0 ? 1 : h;
      for (int i = slot(key); keys[i] != 0; i = (i + 1) & (keys.length - 1)) {
        if (keys[i] == key) {
          return values[i];
        }
      }
      return 0;
    }
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

  /** A text's distinct features, in order of first occurrence, as names ({@code "word"}, {@code "word word"}). */
  private static List<String> analyse(String text) {
    NormalizedText n = new NormalizedText();
    TextNormalizer.basic().normalize(text, text.length(), n);
    Tokens tokens = new Tokens();
    TOKENIZER.tokenize(n.buffer(), n.length(), tokens);
    char[] buf = n.buffer();
    Set<String> features = new LinkedHashSet<>();
    String previous = null;
    for (int t = 0; t < tokens.count(); t++) {
      String word = word(buf, tokens.start(t), tokens.end(t));
      features.add(word);
      if (previous != null) {
        features.add(previous + " " + word);
      }
      previous = word;
    }
    return List.copyOf(features);
  }

  /** A token as a feature: its folded chars, or {@code #} for a number. */
  private static String word(char[] buf, int start, int end) {
    boolean digits = true;
    for (int i = start; i < end && digits; i++) {
      digits = buf[i] >= '0' && buf[i] <= '9';
    }
    return digits ? "#" : new String(buf, start, end - start);
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
        double value;
        try {
          value = Double.parseDouble(line.substring(tab + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("line " + n + ": '" + line.substring(tab + 1) + "' is not a number");
        }
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException("line " + n + ": weight is not finite");
        }
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
    return String.format(Locale.ROOT, "%.5f", d);
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
    if (texts.size() != kind.size()) {
      throw new IllegalArgumentException(texts.size() + " texts but " + kind.size() + " labels");
    }
    if (!kind.contains(true) || !kind.contains(false)) {
      throw new IllegalArgumentException("training needs texts of the kind and others");
    }
    if (minCount < 1 || !(c > 0)) {
      throw new IllegalArgumentException("minCount must be at least 1 and c positive");
    }
    List<List<String>> docs = new ArrayList<>();
    Map<String, Integer> df = new TreeMap<>();
    for (String t : texts) {
      List<String> f = analyse(t);
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
    int dims = names.size();
    double[] w = new double[dims + 1]; // the last is the bias
    double[] m = new double[dims + 1];
    double[] v = new double[dims + 1];
    double[] g = new double[dims + 1];
    double rate = 0.05;
    for (int step = 1; step <= 600; step++) {
      Arrays.fill(g, 0);
      for (int d = 0; d < rows.length; d++) {
        double z = w[dims];
        for (int f : rows[d]) {
          z += w[f] * scale[d];
        }
        double err = 1 / (1 + Math.exp(-z)) - (kind.get(d) ? 1 : 0);
        for (int f : rows[d]) {
          g[f] += err * scale[d];
        }
        g[dims] += err;
      }
      for (int f = 0; f < dims; f++) {
        g[f] += w[f] / c;
      }
      for (int f = 0; f <= dims; f++) {
        m[f] = 0.9 * m[f] + 0.1 * g[f];
        v[f] = 0.999 * v[f] + 0.001 * g[f] * g[f];
        double mh = m[f] / (1 - Math.pow(0.9, step));
        double vh = v[f] / (1 - Math.pow(0.999, step));
        w[f] -= rate * mh / (Math.sqrt(vh) + 1e-8);
      }
    }
    Map<String, Double> weights = new HashMap<>();
    for (int f = 0; f < dims; f++) {
      double rounded = Double.parseDouble(format(w[f]));
      if (rounded != 0) {
        weights.put(names.get(f), rounded);
      }
    }
    return new ReadingModel(Double.parseDouble(format(w[dims])), threshold, weights);
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
    return new LinkedHashSet<>(analyse(text));
  }
}
