package org.indicia.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.indicia.Category;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;
import org.indicia.pack.Node;
import org.indicia.pack.Node.ListNode;
import org.indicia.pack.Node.MapNode;
import org.indicia.pack.Node.ScalarNode;
import org.indicia.pack.PackParser;
import org.indicia.pack.PackReader;

/**
 * Reads and validates an overlay file (YAML or JSON) into an {@link OverlayDef}, with the pack
 * reader's limits and its refusal of YAML tags, anchors and aliases. Strict as the pack parser:
 * unknown keys, wrong types and out-of-range values are refused with the location of the
 * offending key or value. Internal.
 */
public final class OverlayParser {
  /** Most indicator entries, and most allow rules, in one overlay. */
  public static final int MAX_ENTRIES = 10_000;
  /** Largest category factor. */
  public static final double MAX_FACTOR = 10;

  private static final Set<String> KEYS =
      Set.of("overlay", "version", "description", "indicators", "categories", "thresholds", "allow");
  private static final Set<String> INDICATOR_KEYS = Set.of("disable", "weight", "strong", "corroborate");
  private static final Set<String> CATEGORY_KEYS = Set.of("factor");
  private static final Set<String> THRESHOLD_KEYS = Set.of("low", "medium", "high");
  private static final Set<String> ALLOW_KEYS = Set.of("phrase", "regex");
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");
  /** An indicator id where '*' may stand for any characters (at most four, never two in a row). */
  private static final java.util.regex.Pattern PATTERN =
      java.util.regex.Pattern.compile("[a-z0-9*][a-z0-9._*-]{0,127}");

  private final String source;
  private String indicator; // the entry being parsed, for error messages

  private OverlayParser(String source) {
    this.source = source;
  }

  /** Reads and validates one overlay; JSON for {@code *.json} or text starting with '{'. */
  public static OverlayDef parse(String source, String content) throws RulePackException {
    Node root = PackReader.read(source, content);
    return new OverlayParser(source).overlay(root);
  }

  private OverlayDef overlay(Node root) throws RulePackException {
    MapNode m = map(root, "the overlay");
    checkKeys(m, KEYS);
    String name = matching(required(m, "overlay"), NAME, Fault.BAD_ID);
    String version = matching(required(m, "version"), VERSION, Fault.BAD_VERSION);
    Node desc = m.entries().get("description");
    String description = desc == null ? "" : string(desc, "description").strip();
    List<OverlayDef.IndicatorRule> indicators = new ArrayList<>();
    if (m.entries().containsKey("indicators")) {
      MapNode ind = map(m.entries().get("indicators"), "indicators");
      if (ind.entries().size() > MAX_ENTRIES) {
        throw error(Fault.TOO_LARGE, ind, ind.entries().size() + " indicator entries > " + MAX_ENTRIES);
      }
      for (Map.Entry<String, Node> e : ind.entries().entrySet()) {
        indicators.add(indicator(e.getKey(), ind.keyLocations().get(e.getKey()), e.getValue()));
      }
      indicator = null;
    }
    Map<Category, OverlayDef.CategoryRule> categories = new LinkedHashMap<>();
    if (m.entries().containsKey("categories")) {
      MapNode cats = map(m.entries().get("categories"), "categories");
      for (Map.Entry<String, Node> e : cats.entries().entrySet()) {
        int[] at = cats.keyLocations().get(e.getKey());
        Category c;
        try {
          c = Category.valueOf(e.getKey());
        } catch (IllegalArgumentException x) {
          throw new RulePackException(Fault.UNKNOWN_CATEGORY, source, at[0], at[1], null, e.getKey());
        }
        MapNode v = map(e.getValue(), "category " + c);
        checkKeys(v, CATEGORY_KEYS);
        Node f = required(v, "factor");
        double factor = number(f, "factor");
        if (!(factor > 0 && factor <= MAX_FACTOR)) {
          throw error(Fault.OUT_OF_RANGE, f, "factor " + ((ScalarNode) f).value() + " is not in (0, " + (int) MAX_FACTOR
              + "] (to switch a category off, disable its indicators)");
        }
        categories.put(c, new OverlayDef.CategoryRule(c, factor, at[0], at[1]));
      }
    }
    Node t = m.entries().get("thresholds");
    OverlayDef.Thresholds thresholds = t == null ? null : thresholds(t);
    List<OverlayDef.AllowRule> allow = new ArrayList<>();
    if (m.entries().containsKey("allow")) {
      ListNode l = list(m.entries().get("allow"), "allow");
      if (l.items().size() > MAX_ENTRIES) {
        throw error(Fault.TOO_LARGE, l, l.items().size() + " allow rules > " + MAX_ENTRIES);
      }
      for (Node n : l.items()) {
        allow.add(allow(n));
      }
    }
    return new OverlayDef(source, name, version, description, indicators, categories, thresholds, allow);
  }

  private OverlayDef.IndicatorRule indicator(String pattern, int[] at, Node value) throws RulePackException {
    if (!PATTERN.matcher(pattern).matches() || pattern.contains("**")
        || pattern.chars().filter(c -> c == '*').count() > 4) {
      throw new RulePackException(Fault.BAD_GLOB, source, at[0], at[1], null, pattern);
    }
    indicator = pattern;
    MapNode m = map(value, "the changes to " + pattern);
    checkKeys(m, INDICATOR_KEYS);
    if (m.entries().isEmpty()) {
      throw error(Fault.EMPTY_EXPRESSION, m, "no change (disable, weight, strong or corroborate)");
    }
    boolean disable = bool(m, "disable");
    if (disable && m.entries().size() > 1) {
      throw error(Fault.WRONG_TYPE, m, "a disabled indicator takes no other change");
    }
    Double weight = null;
    if (m.entries().containsKey("weight")) {
      Node w = m.entries().get("weight");
      weight = number(w, "weight");
      if (!(weight > 0 && weight <= 1)) {
        throw error(Fault.WEIGHT_OUT_OF_RANGE, w, ((ScalarNode) w).value()); // to switch one off: disable
      }
    }
    Boolean strong = m.entries().containsKey("strong") ? bool(m, "strong") : null;
    Boolean corroborate = m.entries().containsKey("corroborate") ? bool(m, "corroborate") : null;
    return new OverlayDef.IndicatorRule(pattern, disable, weight, strong, corroborate, at[0], at[1]);
  }

  private OverlayDef.Thresholds thresholds(Node n) throws RulePackException {
    MapNode m = map(n, "thresholds");
    checkKeys(m, THRESHOLD_KEYS);
    double low = number(required(m, "low"), "low");
    double medium = number(required(m, "medium"), "medium");
    double high = number(required(m, "high"), "high");
    if (!(0 < low && low < medium && medium < high && high <= 1)) {
      throw error(Fault.OUT_OF_RANGE, m, "thresholds must satisfy 0 < low < medium < high <= 1: "
          + low + ", " + medium + ", " + high);
    }
    return new OverlayDef.Thresholds(low, medium, high, m.line(), m.column());
  }

  private OverlayDef.AllowRule allow(Node n) throws RulePackException {
    if (n instanceof MapNode m) {
      checkKeys(m, ALLOW_KEYS);
      if (m.entries().size() != 1) {
        throw error(Fault.WRONG_TYPE, m, "an allow rule is a phrase, {phrase: ...} or {regex: ...}");
      }
      if (m.entries().containsKey("regex")) {
        Node r = m.entries().get("regex");
        return new OverlayDef.AllowRule("regex " + string(r, "a regex"), null, PackParser.regexAt(source, r),
            r.line(), r.column());
      }
      n = m.entries().get("phrase");
    }
    var phrase = PackParser.phraseAt(source, n);
    return new OverlayDef.AllowRule(phrase.text(), phrase, null, n.line(), n.column());
  }

  // ---------------------------------------------------------------- typed access

  private RulePackException error(Fault fault, Node at, String detail) {
    return new RulePackException(fault, source, at.line(), at.column(), indicator, detail);
  }

  private MapNode map(Node n, String what) throws RulePackException {
    if (n instanceof MapNode m) {
      return m;
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a mapping, not a " + n.typeName());
  }

  private ListNode list(Node n, String what) throws RulePackException {
    if (n instanceof ListNode l) {
      return l;
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a list, not a " + n.typeName());
  }

  private String string(Node n, String what) throws RulePackException {
    if (n instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL) {
      return s.value();
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a string, not a " + n.typeName());
  }

  private String matching(Node n, java.util.regex.Pattern p, Fault fault) throws RulePackException {
    String s = string(n, "this value");
    if (!p.matcher(s).matches()) {
      throw error(fault, n, s);
    }
    return s;
  }

  private double number(Node n, String what) throws RulePackException {
    if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NUMBER) {
      return Double.parseDouble(s.value());
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a number, not " + text(n));
  }

  private boolean bool(MapNode m, String key) throws RulePackException {
    Node n = m.entries().get(key);
    if (n == null) {
      return false;
    }
    if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN) {
      String v = s.value().toLowerCase(Locale.ROOT);
      return v.equals("true") || v.equals("yes") || v.equals("on");
    }
    throw error(Fault.WRONG_TYPE, n, key + " must be true or false, not " + text(n));
  }

  private static String text(Node n) {
    return n instanceof ScalarNode s ? s.kind().name().toLowerCase(Locale.ROOT) + " " + s.value() : "a " + n.typeName();
  }

  private Node required(MapNode m, String key) throws RulePackException {
    Node n = m.entries().get(key);
    if (n == null) {
      throw error(Fault.MISSING_KEY, m, key);
    }
    return n;
  }

  private void checkKeys(MapNode m, Set<String> allowed) throws RulePackException {
    for (Map.Entry<String, int[]> e : m.keyLocations().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        int[] at = e.getValue();
        throw new RulePackException(Fault.UNKNOWN_KEY, source, at[0], at[1], indicator, e.getKey());
      }
    }
  }
}
