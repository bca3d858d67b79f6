package org.indicia.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Finding;
import org.indicia.Level;

/**
 * Labelled evaluation sets written blind (JSONL {@code {id, lang, register, expect: [categories],
 * text}}; benign texts expect nothing), and the figures issue 11 measures on them: the share of
 * concerning texts that get an expected category (any finding of it), the share of expected
 * categories found, the share of benign texts at MEDIUM or above, and the awareness/policy texts at
 * MEDIUM or above. Used by the language modules' tests for their dev and held-out check sets; prints
 * figures and ids, never text.
 */
public final class BlindSets {
  private BlindSets() {}

  /** One labelled text. */
  public record Text(String id, String register, Set<Category> expect, String text) {}

  /** Per category: texts expecting it, those that got it, and texts that got it unexpected. */
  public record CategoryFigures(int expected, int found, int unexpected) {}

  /** The figures of one set. */
  public record Figures(
      int concerning,
      double concerningHitRate,
      double categoriesFoundRate,
      double benignMediumRate,
      List<String> benignMedium,
      List<String> awarenessMedium,
      Map<Category, CategoryFigures> categories) {}

  /** Reads the sets, resources of {@code owner}'s class loader. */
  public static List<Text> read(Class<?> owner, List<String> resources) {
    ObjectMapper json = new ObjectMapper();
    List<Text> out = new ArrayList<>();
    for (String resource : resources) {
      try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource);
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = json.readTree(line);
          Set<Category> expect = EnumSet.noneOf(Category.class);
          node.path("expect").forEach(c -> expect.add(Category.valueOf(c.asText())));
          String where = resource + ":" + n;
          out.add(new Text(Objects.requireNonNull(node.path("id").textValue(), where + " has no id"),
              node.path("register").asText(""), expect,
              Objects.requireNonNull(node.path("text").textValue(), where + " has no text")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * Assesses every text and prints the figures under {@code label}.
   *
   * @param hint the language hint to give, or null to let the detector choose (as a user's scan)
   */
  public static Figures measure(String label, Detector detector, List<Text> texts, String hint) {
    int concerning = 0;
    int concerningHit = 0;
    int expected = 0;
    int found = 0;
    int benign = 0;
    List<String> benignMedium = new ArrayList<>();
    List<String> awarenessMedium = new ArrayList<>();
    Map<Category, int[]> counts = new EnumMap<>(Category.class); // expected, found, unexpected
    Map<Category, Set<String>> missed = new EnumMap<>(Category.class);
    for (Text t : texts) {
      Document doc = Document.of(t.id(), t.text());
      Assessment a = detector.assess(hint == null ? doc : doc.language(hint));
      Set<Category> got = EnumSet.noneOf(Category.class);
      for (Finding f : a.findings()) {
        got.add(f.category());
      }
      for (Category c : got) {
        if (!t.expect().contains(c)) {
          counts.computeIfAbsent(c, k -> new int[3])[2]++;
        }
      }
      if (t.expect().isEmpty()) {
        benign++;
        if (a.level().atLeast(Level.MEDIUM)) {
          benignMedium.add(t.id());
          if (t.register().equals("awareness_policy")) {
            awarenessMedium.add(t.id());
          }
        }
        continue;
      }
      concerning++;
      boolean any = false;
      for (Category c : t.expect()) {
        int[] n = counts.computeIfAbsent(c, k -> new int[3]);
        n[0]++;
        expected++;
        if (got.contains(c)) {
          n[1]++;
          found++;
          any = true;
        } else {
          missed.computeIfAbsent(c, k -> new TreeSet<>()).add(t.id());
        }
      }
      if (any) {
        concerningHit++;
      }
    }
    Map<Category, CategoryFigures> categories = new EnumMap<>(Category.class);
    counts.forEach((c, n) -> categories.put(c, new CategoryFigures(n[0], n[1], n[2])));
    Figures f = new Figures(concerning, ratio(concerningHit, concerning), ratio(found, expected),
        ratio(benignMedium.size(), benign), List.copyOf(benignMedium), List.copyOf(awarenessMedium),
        categories);
    System.out.printf(Locale.ROOT,
        "%s: concerning with an expected category %d/%d (%.1f %%), expected categories found %d/%d"
            + " (%.1f %%), benign MEDIUM+ %d/%d (%.1f %%) %s, awareness/policy MEDIUM+ %s%n",
        label, concerningHit, concerning, 100 * f.concerningHitRate(), found, expected,
        100 * f.categoriesFoundRate(), benignMedium.size(), benign, 100 * f.benignMediumRate(),
        benignMedium, awarenessMedium);
    categories.forEach((c, n) -> System.out.printf(Locale.ROOT,
        "  %-24s expected %3d found %3d unexpected %3d recall %.2f missed %s%n", c, n.expected(),
        n.found(), n.unexpected(), ratio(n.found(), n.expected()), missed.getOrDefault(c, Set.of())));
    return f;
  }

  /**
   * Asserts how a language's reading models show in assessments of the sets: a text read as
   * advisory although its cues alone would not make it so was read so by {@code advisory}, a text
   * read as ordinary was read so by {@code ordinary} (and not as advisory); each is held at LOW at
   * most and shows the model's evidence inside the text; and at least {@code least} texts are read
   * by each model (so both are loaded and at work). Returns how many, advisory then ordinary.
   */
  public static int[] assertLearnedFraming(Class<?> owner, Detector detector, List<String> resources,
      org.indicia.spi.ReadingModel advisory, org.indicia.spi.ReadingModel ordinary, int least) {
    int byAdvisory = 0;
    int byOrdinary = 0;
    for (Text t : read(owner, resources)) {
      Assessment a = detector.assess(Document.of(t.id(), t.text()));
      org.indicia.Framing f = a.framing();
      if (f.advisory() && 2 * f.advisoryCues() < f.situatedCues() + 2) {
        byAdvisory++;
        assertThat(advisory.read(t.text(), 0).reads()).as(t.id() + ": read as advisory by the model").isTrue();
      } else if (f.ordinary()) {
        byOrdinary++;
        assertThat(advisory.read(t.text(), 0).reads()).as(t.id() + ": the advisory model asked first").isFalse();
        assertThat(ordinary.read(t.text(), 0).reads()).as(t.id() + ": read as ordinary by the model").isTrue();
      } else {
        continue;
      }
      assertThat(a.level().atLeast(Level.MEDIUM)).as(t.id() + ": held at LOW at most").isFalse();
      assertThat(f.evidence()).as(t.id() + ": the model's evidence").isNotEmpty();
      for (org.indicia.Span sp : f.evidence()) {
        assertThat(t.text().substring(sp.start(), sp.end())).isEqualTo(sp.text());
      }
    }
    assertThat(byAdvisory).as("texts read as advisory by the model alone").isGreaterThanOrEqualTo(least);
    assertThat(byOrdinary).as("texts read as ordinary by the model").isGreaterThanOrEqualTo(least);
    System.out.printf(Locale.ROOT, "reading models: %d texts read as advisory by the model alone, %d as ordinary%n",
        byAdvisory, byOrdinary);
    return new int[] {byAdvisory, byOrdinary};
  }

  /**
   * Asserts that the shipped reading model at {@code model} (a resource of {@code owner}) is what
   * {@code indicia train-framing --kind KIND} writes from every blind file under {@code dir} (in
   * name order, default parameters, the shipped threshold): the model never drifts from the sets
   * it claims. {@code ordinary}: the kind is every text with no expected category; else the
   * awareness/policy texts with none.
   */
  public static void assertModelReproduces(Class<?> owner, String dir, String model, boolean ordinary)
      throws Exception {
    String shipped = resource(owner, model);
    org.indicia.spi.ReadingModel read = org.indicia.spi.ReadingModel.read(new java.io.StringReader(shipped));
    List<String> names = blindFiles(owner, dir);
    List<String> texts = new ArrayList<>();
    List<Boolean> kind = new ArrayList<>();
    for (Text t : read(owner, names.stream().map(n -> dir + "/" + n).toList())) {
      texts.add(t.text());
      kind.add(t.expect().isEmpty() && (ordinary || t.register().equals("awareness_policy")));
    }
    java.io.StringWriter trained = new java.io.StringWriter();
    org.indicia.spi.ReadingModel.train(texts, kind, 3, 10, read.threshold()).write(trained);
    assertThat(trained.toString()).as(model + " retrained from " + names.size() + " files").isEqualTo(shipped);
  }

  /**
   * Asserts that the shipped category model at {@code model} (a resource of {@code owner}) is what
   * {@code indicia train-categories} writes from every blind file under {@code dir} (in name order,
   * default parameters, the shipped threshold).
   */
  public static void assertCategoryModelReproduces(Class<?> owner, String dir, String model) throws Exception {
    String shipped = resource(owner, model);
    org.indicia.spi.CategoryModel read = org.indicia.spi.CategoryModel.read(new java.io.StringReader(shipped));
    List<String> names = blindFiles(owner, dir);
    List<String> texts = new ArrayList<>();
    List<Set<Category>> labels = new ArrayList<>();
    for (Text t : read(owner, names.stream().map(n -> dir + "/" + n).toList())) {
      texts.add(t.text());
      labels.add(t.expect());
    }
    java.io.StringWriter trained = new java.io.StringWriter();
    org.indicia.spi.CategoryModel.train(texts, labels, 3, 10, read.threshold(), 2000).write(trained);
    assertThat(trained.toString()).as(model + " retrained from " + names.size() + " files").isEqualTo(shipped);
  }

  /** A resource of {@code owner}, as UTF-8 text. */
  private static String resource(Class<?> owner, String path) throws java.io.IOException {
    try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The names of the JSONL files under the resource folder {@code dir}, sorted. */
  private static List<String> blindFiles(Class<?> owner, String dir) throws Exception {
    java.nio.file.Path folder = java.nio.file.Path.of(Objects.requireNonNull(owner.getResource(dir), dir).toURI());
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsonl")).sorted().toList();
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The floors a blind set must hold: concerning hit rate, categories found, benign and awareness MEDIUM+. */
  public record Floors(double hit, double found, double benign, int awareness) {}

  /**
   * Reads a set of at least {@code size} texts, measures it ({@code hint} null: no language hint,
   * as {@code scan} runs) and asserts the floors, naming the set in every failure.
   */
  public static Figures assertHolds(Class<?> owner, String label, Detector detector, List<String> resources,
      int size, String hint, Floors floors) {
    List<Text> texts = read(owner, resources);
    assertThat(texts).as(label + ": texts").hasSizeGreaterThanOrEqualTo(size);
    Figures f = measure(label, detector, texts, hint);
    assertThat(f.concerningHitRate())
        .as(label + ": concerning texts with an expected category").isGreaterThanOrEqualTo(floors.hit());
    assertThat(f.categoriesFoundRate())
        .as(label + ": expected categories found").isGreaterThanOrEqualTo(floors.found());
    assertThat(f.benignMediumRate())
        .as(label + ": benign MEDIUM+ rate").isLessThanOrEqualTo(floors.benign());
    assertThat(f.awarenessMedium())
        .as(label + ": awareness/policy texts at MEDIUM+").hasSizeLessThanOrEqualTo(floors.awareness());
    return f;
  }
}
