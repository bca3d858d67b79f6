package org.indicia.score;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.indicia.Category;
import org.indicia.Finding;
import org.indicia.Level;

/**
 * Turns fired indicators into scores and a level.
 *
 * <p>Design (DESIGN.md "Scoring", after the evidence in reference/indicators.md §0): one
 * indicator proves almost nothing, so scores combine <em>independent kinds</em> of evidence.
 *
 * <ol>
 *   <li>An indicator counts if it is plain, or if it is {@code corroborate}/{@code sensitive} and
 *       a plain indicator of another category fired.
 *   <li>Category score = noisy-OR of its counted weights, {@code 1 − Π(1 − w)}.
 *   <li>Overall score = noisy-OR of the category scores, so ten cues of one kind do not outweigh
 *       two kinds.
 *   <li>Level from the thresholds; when only one category counts and none of its indicators is
 *       {@code strong}, the level stays below HIGH (the ILO/EC Delphi grading).
 *   <li>Sensitive cues (ethnicity, nationality, gender) add to the score and are reported, but the
 *       level is computed without them, so they never raise it.
 * </ol>
 *
 * Immutable and thread-safe. Internal.
 */
public final class Scorer {
  private final double low;
  private final double medium;
  private final double high;

  /**
   * @throws IllegalArgumentException unless {@code 0 < low < medium < high <= 1}
   */
  public Scorer(double low, double medium, double high) {
    if (!(0 < low && low < medium && medium < high && high <= 1)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 < low < medium < high <= 1: " + low + ", " + medium + ", " + high);
    }
    this.low = low;
    this.medium = medium;
    this.high = high;
  }

  /** One fired indicator, as the scorer sees it. */
  public record Input(Category category, double weight, boolean strong, boolean corroborate, boolean sensitive) {
    boolean plain() {
      return !corroborate && !sensitive;
    }
  }

  /**
   * The outcome: which inputs counted and how, per-category scores, overall score and level.
   *
   * @param counted per input, whether it counted toward the score
   * @param scoring per input, how it counted (and so why not, when it did not)
   */
  public record Result(boolean[] counted, Finding.Scoring[] scoring, Map<Category, Double> categories,
      double score, Level level) {}

  public Result score(List<Input> fired) {
    int n = fired.size();
    EnumMap<Category, Boolean> plain = new EnumMap<>(Category.class);
    for (Input in : fired) {
      if (in.plain()) {
        plain.put(in.category(), Boolean.TRUE);
      }
    }
    boolean[] counted = new boolean[n];
    Finding.Scoring[] scoring = new Finding.Scoring[n];
    for (int i = 0; i < n; i++) {
      Input in = fired.get(i);
      counted[i] = in.plain() || otherThan(plain, in.category());
      scoring[i] = !counted[i] ? Finding.Scoring.UNCORROBORATED
          : in.sensitive() ? Finding.Scoring.SCORE_ONLY : Finding.Scoring.COUNTED;
    }
    EnumMap<Category, Double> all = categoryScores(fired, counted, true);
    EnumMap<Category, Double> withoutSensitive = categoryScores(fired, counted, false);
    double score = noisyOr(all.values());
    Level level = level(withoutSensitive, fired, counted);
    return new Result(counted, scoring, Map.copyOf(all), score, level);
  }

  private Level level(EnumMap<Category, Double> categories, List<Input> fired, boolean[] counted) {
    double s = noisyOr(categories.values());
    Level level = s >= high ? Level.HIGH : s >= medium ? Level.MEDIUM : s >= low ? Level.LOW : Level.NONE;
    if (level == Level.HIGH && categories.size() <= 1) {
      boolean strong = false;
      for (int i = 0; i < fired.size(); i++) {
        Input in = fired.get(i);
        strong |= counted[i] && !in.sensitive() && in.strong();
      }
      if (!strong) {
        level = Level.MEDIUM;
      }
    }
    return level;
  }

  private static boolean otherThan(EnumMap<Category, Boolean> plain, Category c) {
    return plain.size() > 1 || (plain.size() == 1 && !plain.containsKey(c));
  }

  private static EnumMap<Category, Double> categoryScores(List<Input> fired, boolean[] counted, boolean sensitive) {
    EnumMap<Category, Double> miss = new EnumMap<>(Category.class); // Π(1 − w)
    for (int i = 0; i < fired.size(); i++) {
      Input in = fired.get(i);
      if (counted[i] && (sensitive || !in.sensitive())) {
        miss.merge(in.category(), 1 - in.weight(), (a, b) -> a * b);
      }
    }
    EnumMap<Category, Double> out = new EnumMap<>(Category.class);
    miss.forEach((c, m) -> out.put(c, 1 - m));
    return out;
  }

  private static double noisyOr(Iterable<Double> scores) {
    double miss = 1;
    for (double s : scores) {
      miss *= 1 - s;
    }
    return 1 - miss;
  }
}
