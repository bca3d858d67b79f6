package org.indicia.score;

import java.util.Arrays;
import java.util.Collections;
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
  private static final Category[] CATEGORIES = Category.values();

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
    boolean[] plain = new boolean[CATEGORIES.length];
    int plainCategories = 0;
    for (int i = 0; i < n; i++) {
      Input in = fired.get(i);
      int c = in.category().ordinal();
      if (in.plain() && !plain[c]) {
        plain[c] = true;
        plainCategories++;
      }
    }
    boolean[] counted = new boolean[n];
    Finding.Scoring[] scoring = new Finding.Scoring[n];
    for (int i = 0; i < n; i++) {
      Input in = fired.get(i);
      counted[i] = in.plain() || plainCategories > 1 || (plainCategories == 1 && !plain[in.category().ordinal()]);
      scoring[i] = !counted[i] ? Finding.Scoring.UNCORROBORATED
          : in.sensitive() ? Finding.Scoring.SCORE_ONLY : Finding.Scoring.COUNTED;
    }
    double[] all = categoryScores(fired, counted, true);
    double[] withoutSensitive = categoryScores(fired, counted, false);
    EnumMap<Category, Double> categories = new EnumMap<>(Category.class);
    for (int c = 0; c < all.length; c++) {
      if (!Double.isNaN(all[c])) {
        categories.put(CATEGORIES[c], all[c]);
      }
    }
    return new Result(counted, scoring, Collections.unmodifiableMap(categories), noisyOr(all),
        level(withoutSensitive, fired, counted));
  }

  private Level level(double[] categories, List<Input> fired, boolean[] counted) {
    double s = noisyOr(categories);
    Level level = s >= high ? Level.HIGH : s >= medium ? Level.MEDIUM : s >= low ? Level.LOW : Level.NONE;
    int present = 0;
    for (double c : categories) {
      present += Double.isNaN(c) ? 0 : 1;
    }
    if (level == Level.HIGH && present <= 1) {
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

  /** Per category ordinal, the noisy-OR of its counted weights; NaN where none counted. */
  private static double[] categoryScores(List<Input> fired, boolean[] counted, boolean sensitive) {
    double[] miss = new double[CATEGORIES.length]; // Π(1 − w), NaN until a weight counts
    Arrays.fill(miss, Double.NaN);
    for (int i = 0; i < fired.size(); i++) {
      Input in = fired.get(i);
      if (counted[i] && (sensitive || !in.sensitive())) {
        int c = in.category().ordinal();
        miss[c] = Double.isNaN(miss[c]) ? 1 - in.weight() : miss[c] * (1 - in.weight());
      }
    }
    for (int c = 0; c < miss.length; c++) {
      miss[c] = 1 - miss[c]; // NaN stays NaN
    }
    return miss;
  }

  /** Noisy-OR of the present (non-NaN) scores, in category order. */
  private static double noisyOr(double[] scores) {
    double miss = 1;
    for (double s : scores) {
      if (!Double.isNaN(s)) {
        miss *= 1 - s;
      }
    }
    return 1 - miss;
  }
}
