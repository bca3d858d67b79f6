package org.indicia.pack;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.indicia.Category;
import org.indicia.Evasion;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;
import org.indicia.pack.Node.ListNode;
import org.indicia.pack.Node.MapNode;
import org.indicia.pack.Node.ScalarNode;

/**
 * Validates a {@link Node} tree into a {@link PackDef}. Strict: unknown keys, wrong types and
 * out-of-range values are refused with the location of the offending value. Internal.
 */
public final class PackParser {
  /** Most indicators in one pack. */
  public static final int MAX_INDICATORS = 10_000;
  /** Most phrases (lexicon entries, inline phrases and negation cues) in one pack. */
  public static final int MAX_PHRASES = 250_000;
  /** Most regexes in one pack. */
  public static final int MAX_REGEXES = 200;
  /** Deepest expression nesting. */
  public static final int MAX_EXPR_DEPTH = 12;
  /** Largest {@code near.within} and {@code seq.gap}. */
  public static final int MAX_WINDOW = 50;

  private static final java.util.regex.Pattern PACK_ID =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
  private static final java.util.regex.Pattern INDICATOR_ID =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");
  private static final java.util.regex.Pattern LEXICON_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");
  private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");

  private static final Set<String> PACK_KEYS =
      Set.of("pack", "language", "version", "description", "analysis", "lexicons", "framing", "indicators");
  private static final Set<String> FRAMING_KEYS = Set.of("advisory", "situated");
  private static final Set<String> ANALYSIS_KEYS = Set.of("stem", "elisions", "negation", "folds", "learned_categories");
  /** {@code analysis.folds} keys and the fold each switches. */
  private static final Map<String, Evasion.Kind> FOLD_KEYS = java.util.Arrays.stream(Evasion.Kind.values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Evasion.Kind::key, k -> k));
  private static final Set<String> NEGATION_KEYS = Set.of("cues", "scope");
  private static final Set<String> INDICATOR_KEYS =
      Set.of(
          "id", "category", "weight", "strong", "corroborate", "sensitive", "negatable", "tags",
          "description", "source", "guidance", "match", "unless", "examples");
  private static final Set<String> GUIDANCE_KEYS = Set.of("worker", "reviewer");
  private static final Set<String> EXAMPLE_KEYS = Set.of("hit", "miss");

  private final String source;
  /** Collect mode: errors found so far, or null to stop at the first. */
  private final List<RulePackException> errors;
  private final int maxErrors;
  private String indicator; // the indicator being parsed, for error messages
  private Map<String, List<Expr.Phrase>> lexicons = Map.of();
  private int phrases;
  private int regexes;

  private PackParser(String source, List<RulePackException> errors, int maxErrors) {
    this.source = source;
    this.errors = errors;
    this.maxErrors = maxErrors;
  }

  /** Reads and validates one pack. */
  public static PackDef parse(String source, String content) throws RulePackException {
    Node root = PackReader.read(source, content);
    return new PackParser(source, null, 0).pack(root);
  }

  /**
   * A pack checked to the end: the errors (at most {@code maxErrors}, in document order within
   * each part), and the pack made of the parts that parsed (null when the pack as a whole could not
   * be read), for further checks.
   */
  public record Checked(PackDef pack, List<RulePackException> errors) {}

  /**
   * Reads and validates one pack, going on after an error: each top-level value, lexicon and
   * indicator is checked on its own, so a pack with many mistakes shows them all in one run.
   */
  public static Checked check(String source, String content, int maxErrors) {
    List<RulePackException> errors = new ArrayList<>();
    try {
      Node root = PackReader.read(source, content, errors);
      PackDef def = new PackParser(source, errors, maxErrors).pack(root);
      return new Checked(def, List.copyOf(errors.subList(0, Math.min(maxErrors, errors.size()))));
    } catch (RulePackException e) {
      errors.add(e);
      return new Checked(null, List.copyOf(errors.subList(0, Math.min(maxErrors, errors.size()))));
    }
  }

  /**
   * Validates one phrase as a pack's phrases are validated (wildcards, emptiness), for overlays'
   * {@code allow} phrases.
   */
  public static Expr.Phrase phraseAt(String source, Node n) throws RulePackException {
    return new PackParser(source, null, 0).phrase(n);
  }

  /**
   * Validates one regex as a pack's regexes are validated (RE2 syntax, complexity, zero-width
   * matches), for overlays' {@code allow} regexes.
   */
  public static Expr.Regex regexAt(String source, Node n) throws RulePackException {
    return new PackParser(source, null, 0).regex(n);
  }

  /** A part that may fail on its own: in collect mode, its error is kept and null returned. */
  private interface Part<T> {
    T parse() throws RulePackException;
  }

  private <T> T part(Part<T> p, T fallback) throws RulePackException {
    if (errors == null) {
      return p.parse();
    }
    try {
      return p.parse();
    } catch (RulePackException e) {
      if (errors.size() < maxErrors) {
        errors.add(e);
      }
      return fallback;
    }
  }

  private PackDef pack(Node root) throws RulePackException {
    MapNode m = map(root, "the pack");
    part(() -> { checkKeys(m, PACK_KEYS); return null; }, null);
    String id = part(() -> matching(required(m, "pack"), PACK_ID, Fault.BAD_ID), "unknown");
    String language = part(() -> matching(required(m, "language"), LANGUAGE, Fault.BAD_LANGUAGE), "und");
    String version = part(() -> matching(required(m, "version"), VERSION, Fault.BAD_VERSION), "0.0.0");
    String description = part(() -> nonBlank(required(m, "description"), "description"), "-");
    PackDef.Analysis analysis = part(
        () -> m.entries().containsKey("analysis") ? analysis(m.entries().get("analysis")) : PackDef.Analysis.NONE,
        PackDef.Analysis.NONE);
    Map<String, List<String>> lexiconTexts = new LinkedHashMap<>();
    if (m.entries().containsKey("lexicons")) {
      lexicons = lexicons(m.entries().get("lexicons"), lexiconTexts);
    }
    PackDef.Framing framing = m.entries().containsKey("framing")
        ? part(() -> framing(m.entries().get("framing")), null) : null;
    ListNode list = list(required(m, "indicators"), "indicators");
    if (list.items().isEmpty()) {
      throw error(Fault.EMPTY_EXPRESSION, list, "a pack needs at least one indicator");
    }
    if (list.items().size() > MAX_INDICATORS) {
      throw error(Fault.TOO_LARGE, list, list.items().size() + " indicators > " + MAX_INDICATORS);
    }
    List<PackDef.IndicatorDef> indicators = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : list.items()) {
      PackDef.IndicatorDef def = part(() -> indicator(n), null);
      if (def == null) {
        continue;
      }
      if (!ids.add(def.id())) {
        indicator = null;
        Node idNode = map(n, "indicator").entries().get("id");
        part(() -> { throw error(Fault.DUPLICATE_ID, idNode, def.id()); }, null);
        continue;
      }
      indicators.add(def);
    }
    return new PackDef(source, id, language, version, description, analysis, lexiconTexts, indicators, framing);
  }

  private PackDef.Framing framing(Node n) throws RulePackException {
    MapNode m = map(n, "framing");
    checkKeys(m, FRAMING_KEYS);
    Expr advisory = expr(required(m, "advisory"), 0);
    Expr situated = m.entries().containsKey("situated") ? expr(m.entries().get("situated"), 0) : null;
    return new PackDef.Framing(advisory, situated);
  }

  private PackDef.Analysis analysis(Node n) throws RulePackException {
    MapNode m = map(n, "analysis");
    checkKeys(m, ANALYSIS_KEYS);
    boolean stem = bool(m, "stem", false);
    List<String> elisions = new ArrayList<>();
    if (m.entries().containsKey("elisions")) {
      for (Node e : list(m.entries().get("elisions"), "elisions").items()) {
        String s = string(e, "an elision").toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        if (!s.matches("\\p{L}{1,8}")) {
          throw error(Fault.WRONG_TYPE, e, "an elision is a short word such as 'l' or 'qu'");
        }
        elisions.add(s);
      }
    }
    List<Expr.Phrase> cues = new ArrayList<>();
    int scope = 0;
    if (m.entries().containsKey("negation")) {
      MapNode neg = map(m.entries().get("negation"), "negation");
      checkKeys(neg, NEGATION_KEYS);
      for (Node c : list(required(neg, "cues"), "negation cues").items()) {
        cues.add(phrase(c));
      }
      Node s = required(neg, "scope");
      scope = integer(s, "negation scope");
      if (scope < 1 || scope > 10) {
        throw error(Fault.BAD_WINDOW, s, "negation scope " + scope + " not in [1, 10]");
      }
    }
    Set<Evasion.Kind> folds = EnumSet.allOf(Evasion.Kind.class);
    if (m.entries().containsKey("folds")) {
      MapNode f = map(m.entries().get("folds"), "folds");
      checkKeys(f, FOLD_KEYS.keySet());
      for (String key : f.entries().keySet()) { // document order, so the first bad value is reported
        if (!bool(f, key, true)) {
          folds.remove(FOLD_KEYS.get(key));
        }
      }
    }
    return new PackDef.Analysis(stem, elisions, cues, scope, folds, bool(m, "learned_categories", false));
  }

  private Map<String, List<Expr.Phrase>> lexicons(Node n, Map<String, List<String>> texts)
      throws RulePackException {
    MapNode m = map(n, "lexicons");
    Map<String, List<Expr.Phrase>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      String name = e.getKey();
      // A lexicon in error is still defined (empty), so its uses are not reported again.
      List<Expr.Phrase> phrases = part(() -> lexicon(m, name, e.getValue()), List.of());
      out.put(name, phrases);
      texts.put(name, phrases.stream().map(Expr.Phrase::text).toList());
    }
    return out;
  }

  private List<Expr.Phrase> lexicon(MapNode m, String name, Node value) throws RulePackException {
    if (!LEXICON_NAME.matcher(name).matches()) {
      int[] at = m.keyLocations().get(name);
      throw new RulePackException(Fault.BAD_ID, source, at[0], at[1], null, name);
    }
    ListNode items = list(value, "lexicon " + name);
    if (items.items().isEmpty()) {
      throw error(Fault.EMPTY_EXPRESSION, items, "lexicon '" + name + "' is empty");
    }
    List<Expr.Phrase> phrases = new ArrayList<>();
    for (Node item : items.items()) {
      phrases.add(phrase(item));
    }
    return List.copyOf(phrases);
  }

  private PackDef.IndicatorDef indicator(Node n) throws RulePackException {
    indicator = null;
    MapNode m = map(n, "an indicator");
    String id = matching(required(m, "id"), INDICATOR_ID, Fault.BAD_ID);
    indicator = id;
    checkKeys(m, INDICATOR_KEYS);
    Node catNode = required(m, "category");
    String cat = string(catNode, "category");
    Category category;
    try {
      category = Category.valueOf(cat);
    } catch (IllegalArgumentException e) {
      throw error(Fault.UNKNOWN_CATEGORY, catNode, cat);
    }
    Node wNode = required(m, "weight");
    double weight = number(wNode, "weight");
    if (!(weight > 0 && weight <= 1)) {
      throw error(Fault.WEIGHT_OUT_OF_RANGE, wNode, scalarText(wNode));
    }
    List<String> tags = new ArrayList<>();
    if (m.entries().containsKey("tags")) {
      for (Node t : list(m.entries().get("tags"), "tags").items()) {
        tags.add(string(t, "a tag"));
      }
    }
    Expr match = expr(required(m, "match"), 0);
    Expr unless = m.entries().containsKey("unless") ? expr(m.entries().get("unless"), 0) : null;
    // Examples are optional here so a team can load a large list it already has; built-in packs
    // (RulePack.requireExamples) and `lint --strict` require them, `lint` warns.
    List<String> hits = List.of();
    List<String> misses = List.of();
    if (m.entries().containsKey("examples")) {
      MapNode ex = map(m.entries().get("examples"), "examples");
      checkKeys(ex, EXAMPLE_KEYS);
      hits = examples(ex, "hit");
      misses = examples(ex, "miss");
    }
    return new PackDef.IndicatorDef(
        id, category, weight, bool(m, "strong", false), bool(m, "corroborate", false),
        bool(m, "sensitive", false), bool(m, "negatable", true), tags,
        nonBlank(required(m, "description"), "description"), nonBlank(required(m, "source"), "source"),
        match, unless, hits, misses, m.line(), m.column(), guidance(m));
  }

  /** The optional {@code guidance: {worker, reviewer}}: each part non-blank when present. */
  private org.indicia.Guidance guidance(MapNode m) throws RulePackException {
    Node n = m.entries().get("guidance");
    if (n == null) {
      return org.indicia.Guidance.NONE;
    }
    MapNode g = map(n, "guidance");
    checkKeys(g, GUIDANCE_KEYS);
    if (g.entries().isEmpty()) {
      throw error(Fault.WRONG_TYPE, g, "guidance needs worker, reviewer or both");
    }
    String worker = g.entries().containsKey("worker")
        ? nonBlank(g.entries().get("worker"), "guidance.worker") : "";
    String reviewer = g.entries().containsKey("reviewer")
        ? nonBlank(g.entries().get("reviewer"), "guidance.reviewer") : "";
    return new org.indicia.Guidance(worker, reviewer, "");
  }

  private List<String> examples(MapNode ex, String key) throws RulePackException {
    List<String> out = new ArrayList<>();
    if (ex.entries().containsKey(key)) {
      for (Node e : list(ex.entries().get(key), "examples." + key).items()) {
        out.add(string(e, "an example"));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- expressions

  private Expr expr(Node n, int depth) throws RulePackException {
    if (depth > MAX_EXPR_DEPTH) {
      throw error(Fault.TOO_LARGE, n, "expression nested deeper than " + MAX_EXPR_DEPTH);
    }
    if (n instanceof ScalarNode s) {
      String text = string(s, "a phrase");
      if (text.startsWith("@")) {
        String name = text.substring(1);
        List<Expr.Phrase> lex = lexicons.get(name);
        if (lex == null) {
          throw error(Fault.UNKNOWN_LEXICON, s, text);
        }
        return new Expr.Lexicon(name, lex, s.line(), s.column());
      }
      return phrase(s);
    }
    if (n instanceof ListNode l) {
      // A bare list reads as any: [...] — the common case, kept short.
      return new Expr.Any(children(l, depth), l.line(), l.column());
    }
    MapNode m = (MapNode) n;
    if (m.entries().size() != 1) {
      throw error(Fault.WRONG_TYPE, m, "an expression mapping has exactly one key (any, all, near, seq, regex, entity)");
    }
    Map.Entry<String, Node> e = m.entries().entrySet().iterator().next();
    Node v = e.getValue();
    switch (e.getKey()) {
      case "any":
        return new Expr.Any(children(list(v, "any"), depth), m.line(), m.column());
      case "all":
        return new Expr.All(children(list(v, "all"), depth), m.line(), m.column());
      case "near":
        {
          MapNode near = map(v, "near");
          checkKeys(near, Set.of("within", "all", "sentence"));
          int within = window(required(near, "within"), 1);
          List<Expr> kids = children(list(required(near, "all"), "near.all"), depth);
          return new Expr.Near(within, bool(near, "sentence", false), kids, m.line(), m.column());
        }
      case "seq":
        {
          MapNode seq = map(v, "seq");
          checkKeys(seq, Set.of("gap", "of", "sentence"));
          int gap = seq.entries().containsKey("gap") ? window(seq.entries().get("gap"), 0) : 0;
          List<Expr> kids = children(list(required(seq, "of"), "seq.of"), depth);
          return new Expr.Seq(gap, bool(seq, "sentence", false), kids, m.line(), m.column());
        }
      case "regex":
        return regex(v);
      case "entity":
        return EntityConditions.parse(this, map(v, "entity"), m);
      default:
        int[] at = m.keyLocations().get(e.getKey());
        throw new RulePackException(Fault.UNKNOWN_KEY, source, at[0], at[1], indicator, e.getKey());
    }
  }

  private List<Expr> children(ListNode l, int depth) throws RulePackException {
    if (l.items().isEmpty()) {
      throw error(Fault.EMPTY_EXPRESSION, l, "an empty list");
    }
    List<Expr> out = new ArrayList<>();
    for (Node c : l.items()) {
      out.add(expr(c, depth + 1));
    }
    return out;
  }

  private int window(Node n, int min) throws RulePackException {
    int w = integer(n, "a window");
    if (w < min || w > MAX_WINDOW) {
      throw error(Fault.BAD_WINDOW, n, w + " not in [" + min + ", " + MAX_WINDOW + "]");
    }
    return w;
  }

  private Expr.Regex regex(Node n) throws RulePackException {
    String src = string(n, "a regex");
    if (src.isEmpty()) {
      throw error(Fault.EMPTY_EXPRESSION, n, "an empty regex");
    }
    if (++regexes > MAX_REGEXES) {
      throw error(Fault.TOO_LARGE, n, "more than " + MAX_REGEXES + " regexes");
    }
    Pattern p;
    try {
      p = Pattern.compile(src, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw error(Fault.BAD_REGEX, n, e.getMessage() + " (RE2 syntax: no back-references or look-around)");
    }
    String complex = RegexLimits.complexity(src);
    if (complex != null) {
      throw error(Fault.REGEX_TOO_COMPLEX, n, "'" + src + "': " + complex);
    }
    String empty = RegexLimits.zeroWidth(p);
    if (empty != null) {
      throw error(Fault.BAD_REGEX, n, "'" + src + "': " + empty);
    }
    return new Expr.Regex(src, p, n.line(), n.column());
  }

  private Expr.Phrase phrase(Node n) throws RulePackException {
    String text = string(n, "a phrase").strip();
    if (text.isEmpty()) {
      throw error(Fault.EMPTY_EXPRESSION, n, "an empty phrase");
    }
    if (text.startsWith("@")) {
      throw error(Fault.WRONG_TYPE, n, "a lexicon reference cannot stand here: " + text);
    }
    for (String word : text.split("\\s+")) {
      int star = word.indexOf('*');
      if (star >= 0 && (star != word.length() - 1 || star < 3)) {
        throw error(Fault.BAD_WILDCARD, n, word);
      }
    }
    if (++phrases > MAX_PHRASES) {
      throw error(Fault.TOO_LARGE, n, "more than " + MAX_PHRASES + " phrases");
    }
    return new Expr.Phrase(text, n.line(), n.column());
  }

  // ---------------------------------------------------------------- typed access

  RulePackException error(Fault fault, Node at, String detail) {
    return new RulePackException(fault, source, at.line(), at.column(), indicator, detail);
  }

  MapNode map(Node n, String what) throws RulePackException {
    if (n instanceof MapNode m) {
      return m;
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a mapping, not a " + n.typeName());
  }

  ListNode list(Node n, String what) throws RulePackException {
    if (n instanceof ListNode l) {
      return l;
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a list, not a " + n.typeName());
  }

  String string(Node n, String what) throws RulePackException {
    // Scalars read as their source text: "24" is a phrase, and so is YAML 1.1's boolean "no"
    // (negation cues are often written unquoted: [no, not, never]).
    if (n instanceof ScalarNode s && s.kind() != ScalarNode.Kind.NULL) {
      return s.value();
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a string, not a " + n.typeName());
  }

  private static String scalarText(Node n) {
    return n instanceof ScalarNode s ? s.value() : n.typeName();
  }

  private String nonBlank(Node n, String what) throws RulePackException {
    String s = string(n, what);
    if (s.isBlank()) {
      throw error(Fault.EMPTY_EXPRESSION, n, what + " is blank");
    }
    return s.strip();
  }

  private String matching(Node n, java.util.regex.Pattern p, Fault fault) throws RulePackException {
    String s = string(n, "this value");
    if (!p.matcher(s).matches()) {
      throw error(fault, n, s);
    }
    return s;
  }

  double number(Node n, String what) throws RulePackException {
    if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NUMBER) {
      return Double.parseDouble(s.value());
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a number, not a " + n.typeName());
  }

  private int integer(Node n, String what) throws RulePackException {
    if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NUMBER && s.value().matches("-?\\d{1,9}")) {
      return Integer.parseInt(s.value());
    }
    throw error(Fault.WRONG_TYPE, n, what + " must be a whole number, not " + scalarText(n));
  }

  boolean bool(MapNode m, String key, boolean dflt) throws RulePackException {
    Node n = m.entries().get(key);
    if (n == null) {
      return dflt;
    }
    if (n instanceof ScalarNode s && s.kind() == ScalarNode.Kind.BOOLEAN) {
      String v = s.value().toLowerCase(Locale.ROOT); // YAML 1.1: true/yes/on, false/no/off
      return v.equals("true") || v.equals("yes") || v.equals("on");
    }
    throw error(Fault.WRONG_TYPE, n, key + " must be true or false, not " + scalarText(n));
  }

  Node required(MapNode m, String key) throws RulePackException {
    Node n = m.entries().get(key);
    if (n == null) {
      throw error(Fault.MISSING_KEY, m, key);
    }
    return n;
  }

  void checkKeys(MapNode m, Set<String> allowed) throws RulePackException {
    for (Map.Entry<String, int[]> e : m.keyLocations().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        int[] at = e.getValue();
        throw new RulePackException(Fault.UNKNOWN_KEY, source, at[0], at[1], indicator, e.getKey());
      }
    }
  }
}
