package org.indicia.overlay;

import java.util.List;
import java.util.Map;
import org.indicia.Category;
import org.indicia.pack.Expr;

/**
 * A validated overlay, as written: the result of {@link OverlayParser}. Not yet resolved against
 * packs (see {@link OverlayPlan}). Internal.
 *
 * @param source where it was read from, for error messages
 * @param name the overlay's id
 * @param categories per-category changes, in document order
 * @param thresholds the level thresholds it sets, or null
 */
public record OverlayDef(
    String source,
    String name,
    String version,
    String description,
    List<IndicatorRule> indicators,
    Map<Category, CategoryRule> categories,
    Thresholds thresholds,
    List<AllowRule> allow) {
  public OverlayDef {
    indicators = List.copyOf(indicators);
    categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
    allow = List.copyOf(allow);
  }

  /** {@code name@version}, as assessments name the overlay. */
  public String nameAtVersion() {
    return name + "@" + version;
  }

  /**
   * The changes to the indicators an id or glob names; a null field leaves that property as the
   * pack wrote it.
   *
   * @param pattern an indicator id, or a glob where {@code *} stands for any characters
   */
  public record IndicatorRule(
      String pattern, boolean disable, Double weight, Boolean strong, Boolean corroborate, int line, int column) {
    /** Whether the pattern is a glob rather than one id. */
    public boolean glob() {
      return pattern.indexOf('*') >= 0;
    }

    /** Whether the pattern names indicator {@code id}. */
    public boolean matches(String id) {
      return glob() ? globMatches(pattern, 0, id, 0) : pattern.equals(id);
    }

    private static boolean globMatches(String g, int gi, String s, int si) {
      while (gi < g.length()) {
        char c = g.charAt(gi);
        if (c == '*') {
          for (int k = si; k <= s.length(); k++) {
            if (globMatches(g, gi + 1, s, k)) {
              return true;
            }
          }
          return false;
        }
        if (si >= s.length() || s.charAt(si) != c) {
          return false;
        }
        gi++;
        si++;
      }
      return si == s.length();
    }
  }

  /** A factor every weight of one category is multiplied by (the result capped at 1). */
  public record CategoryRule(Category category, double factor, int line, int column) {}

  /** The scores at which LOW, MEDIUM and HIGH start. */
  public record Thresholds(double low, double medium, double high, int line, int column) {}

  /**
   * Text excluded as evidence: exactly one of {@code phrase} and {@code regex} is set.
   *
   * @param text the rule as written, to name it in explanations
   */
  public record AllowRule(String text, Expr.Phrase phrase, Expr.Regex regex, int line, int column) {}
}
