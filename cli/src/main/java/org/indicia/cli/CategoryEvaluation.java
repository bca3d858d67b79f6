package org.indicia.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.indicia.Category;
import org.indicia.Level;

/**
 * Category-level evaluation against expected categories: per category, the documents that expected
 * it and got it (found), expected it and did not (misses), and got it without expecting it (false
 * alarms), with precision and recall; per corpus, the share of concerning documents that got at
 * least one expected category, the share of all expected categories found, and the share of benign
 * documents (no expected category) at MEDIUM or above. Lists the ids of misses and false alarms so
 * each tuning round starts from them. Holds ids and counts, never document text. Not thread-safe.
 */
final class CategoryEvaluation {
  /** One category's outcome over the corpus. */
  static final class Outcome {
    long found;
    final List<String> misses = new ArrayList<>();
    final List<String> falseAlarms = new ArrayList<>();

    double precision() {
      long all = found + falseAlarms.size();
      return all == 0 ? Double.NaN : (double) found / all;
    }

    double recall() {
      long all = found + misses.size();
      return all == 0 ? Double.NaN : (double) found / all;
    }
  }

  private final Map<Category, Outcome> outcomes = new EnumMap<>(Category.class);
  private long concerning;
  private long concerningHit;
  private long expectedTotal;
  private long expectedFound;
  private long benign;
  private final List<String> benignFlagged = new ArrayList<>();

  /**
   * One assessed document.
   *
   * @param expected the categories it should show (empty for a benign document)
   * @param found the categories of its findings
   */
  void add(String id, Set<Category> expected, Set<Category> found, Level level) {
    if (expected.isEmpty()) {
      benign++;
      if (level.atLeast(Level.MEDIUM)) {
        benignFlagged.add(id);
      }
    } else {
      concerning++;
      boolean any = false;
      for (Category c : expected) {
        expectedTotal++;
        if (found.contains(c)) {
          expectedFound++;
          any = true;
        }
      }
      if (any) {
        concerningHit++;
      }
    }
    for (Category c : Category.values()) {
      boolean e = expected.contains(c);
      boolean f = found.contains(c);
      if (!e && !f) {
        continue;
      }
      Outcome o = outcomes.computeIfAbsent(c, k -> new Outcome());
      if (e && f) {
        o.found++;
      } else if (e) {
        o.misses.add(id);
      } else {
        o.falseAlarms.add(id);
      }
    }
  }

  /** Parses a list of category ids separated by commas, semicolons, bars or spaces. */
  static Set<Category> parse(String value) {
    Set<Category> out = java.util.EnumSet.noneOf(Category.class);
    if (value == null) {
      return out;
    }
    for (String part : value.split("[,;|\\s\\[\\]\"]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        out.add(Category.valueOf(part.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown category '" + part + "'");
      }
    }
    return out;
  }

  double concerningHitRate() {
    return concerning == 0 ? Double.NaN : (double) concerningHit / concerning;
  }

  double expectedFoundRate() {
    return expectedTotal == 0 ? Double.NaN : (double) expectedFound / expectedTotal;
  }

  double benignFlaggedRate() {
    return benign == 0 ? Double.NaN : (double) benignFlagged.size() / benign;
  }

  /** The summary, the per-category table and the ids to look at, as plain text. */
  String table() {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "concerning documents with an expected category found: %d/%d (%s)%n", concerningHit, concerning,
        pct(concerningHitRate())));
    sb.append(String.format(Locale.ROOT, "expected categories found: %d/%d (%s)%n", expectedFound, expectedTotal,
        pct(expectedFoundRate())));
    sb.append(String.format(Locale.ROOT, "benign documents at MEDIUM or above: %d/%d (%s)%n%n",
        benignFlagged.size(), benign, pct(benignFlaggedRate())));
    sb.append(String.format(Locale.ROOT, "%-24s %8s %7s %7s %7s %9s %7s%n",
        "CATEGORY", "EXPECTED", "FOUND", "MISSED", "FALSE", "PRECISION", "RECALL"));
    for (Map.Entry<Category, Outcome> e : outcomes.entrySet()) {
      Outcome o = e.getValue();
      sb.append(String.format(Locale.ROOT, "%-24s %8d %7d %7d %7d %9s %7s%n", e.getKey(),
          o.found + o.misses.size(), o.found, o.misses.size(), o.falseAlarms.size(),
          num(o.precision()), num(o.recall())));
    }
    sb.append(nl);
    for (Map.Entry<Category, Outcome> e : outcomes.entrySet()) {
      ids(sb, "missed " + e.getKey(), e.getValue().misses);
      ids(sb, "false alarms " + e.getKey(), e.getValue().falseAlarms);
    }
    ids(sb, "benign at MEDIUM or above", benignFlagged);
    return sb.toString();
  }

  /** The same in Markdown. */
  String markdown() {
    StringBuilder sb = new StringBuilder("## Categories\n\n");
    sb.append(String.format(Locale.ROOT, "- concerning documents with an expected category found: %d/%d (%s)%n",
        concerningHit, concerning, pct(concerningHitRate())));
    sb.append(String.format(Locale.ROOT, "- expected categories found: %d/%d (%s)%n", expectedFound,
        expectedTotal, pct(expectedFoundRate())));
    sb.append(String.format(Locale.ROOT, "- benign documents at MEDIUM or above: %d/%d (%s)%n%n",
        benignFlagged.size(), benign, pct(benignFlaggedRate())));
    sb.append("| category | expected | found | missed | false alarms | precision | recall |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Category, Outcome> e : outcomes.entrySet()) {
      Outcome o = e.getValue();
      sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s |%n", e.getKey(),
          o.found + o.misses.size(), o.found, o.misses.size(), o.falseAlarms.size(), num(o.precision()),
          num(o.recall())));
    }
    sb.append("\n### Ids to review\n\n");
    for (Map.Entry<Category, Outcome> e : outcomes.entrySet()) {
      mdIds(sb, "missed " + e.getKey(), e.getValue().misses);
      mdIds(sb, "false alarms " + e.getKey(), e.getValue().falseAlarms);
    }
    mdIds(sb, "benign at MEDIUM or above", benignFlagged);
    return sb.toString().replace("\r\n", "\n");
  }

  Map<Category, Outcome> outcomes() {
    return outcomes;
  }

  private static void ids(StringBuilder sb, String title, List<String> ids) {
    if (!ids.isEmpty()) {
      sb.append(title).append(" (").append(ids.size()).append("): ").append(String.join(" ", ids))
          .append(System.lineSeparator());
    }
  }

  private static void mdIds(StringBuilder sb, String title, List<String> ids) {
    if (!ids.isEmpty()) {
      sb.append("- ").append(title).append(" (").append(ids.size()).append("): `")
          .append(String.join("` `", ids)).append("`\n");
    }
  }

  private static String pct(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * d);
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }
}
