package org.indicia.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Required literals of a regex: a set of strings such that the regex cannot match a text that
 * contains none of them, so the (comparatively slow) RE2/J matcher runs only on texts that might
 * match. The idea is RE2's prefilter and Russ Cox's trigram-index analysis ("Regular Expression
 * Matching with a Trigram Index", 2012): walk the syntax tree computing, per node, its exact set
 * of matched strings while small, else a disjunction of strings one of which every match
 * contains; concatenation keeps the better side, alternation unions, optional parts require
 * nothing.
 *
 * <p>This reads the RE2 syntax the pack loader already validated. Constructs it does not model
 * (Unicode classes, large character classes, {@code .}) only make the requirement weaker; when
 * nothing useful is left (a required string shorter than 2 chars, or none) the regex has no
 * prefilter and always runs. Internal.
 */
final class RegexPrefilter {
  private static final int MAX_SET = 128;
  private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  /**
   * What {@code \s} can match in a normalized text: the normalizer turns every other control
   * char and space separator into one of these two, so "\s?ans" requires " ans", "\nans" or
   * "ans" exactly, which is far more selective than "ans".
   */
  private static final Set<String> SPACES = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(" ", "\n")));
  /** Stands in a literal where the regex asserts a word boundary ({@code \\b}). */
  static final char BOUNDARY = '\u0001';
  /**
   * Ends a prefix string of a part that may match nothing ({@code x?}, {@code x*}): the match
   * then starts with what follows, so the next part's prefixes continue the string.
   */
  private static final String CONTINUES = "\u0002";
  private static final int MIN_LITERAL = 2;

  private final String src;
  private int pos;

  private RegexPrefilter(String src) {
    this.src = src;
  }

  /**
   * What a node tells: its exact strings (null when unknown or too many), a requirement (null:
   * none), and further requirements of its parts that every match also meets ({@code all}: the
   * parts of a concatenation each hold somewhere in the match).
   */
  private record Info(Set<String> exact, Set<String> any, Set<String> prefix, List<Set<String>> all) {
    static final Info EMPTY = new Info(Set.of(""), null, Set.of(""));
    static final Info WORD_BOUNDARY = new Info(Set.of(String.valueOf(BOUNDARY)), null, Set.of(String.valueOf(BOUNDARY)));
    static final Info UNKNOWN = new Info(null, null, null);

    Info(Set<String> exact, Set<String> any, Set<String> prefix) {
      this(exact, any, prefix, List.of());
    }

    /** A node whose exact strings are known: they are also its prefixes. */
    static Info exactly(Set<String> exact) {
      return new Info(exact, null, exact);
    }

    Set<String> requirement() {
      return exact != null ? exact : any;
    }

    /** Every requirement this node's matches meet: its own and its parts'. */
    List<Set<String>> requirements() {
      List<Set<String>> out = new ArrayList<>(all);
      if (requirement() != null && !out.contains(requirement())) {
        out.add(requirement());
      }
      return out;
    }
  }

  /** Most requirements kept per node. */
  private static final int MAX_REQUIREMENTS = 16;

  /**
   * What the engine needs to know: {@code literals}, one of which every match contains; when
   * {@code anchored}, every match even starts with one of them, so the regex need only be tried,
   * anchored, where a literal occurs.
   */
  record Prefilter(String[] literals, boolean anchored, String[][] also) {
    Prefilter(String[] literals, boolean anchored) {
      this(literals, anchored, new String[0][]);
    }
  }

  /** The prefilter of a case-insensitive RE2 pattern, or null when the regex must always run. */
  static Prefilter of(String pattern) {
    try {
      RegexPrefilter p = new RegexPrefilter(pattern);
      Info info = p.alternation();
      if (p.pos != pattern.length()) {
        return null;
      }
      String[] prefix = usable(ended(info.prefix()), true);
      if (prefix != null) {
        return new Prefilter(prefix, true, also(info, prefix));
      }
      String[] req = usable(info.requirement(), false);
      return req == null ? null : new Prefilter(req, false);
    } catch (RuntimeException e) {
      return null; // anything unexpected: no prefilter, the regex always runs
    }
  }

  /** The required literals of a pattern (for tests), or null. */
  static String[] literals(String pattern) {
    Prefilter p = of(pattern);
    return p == null ? null : p.literals();
  }

  /**
   * The requirements besides the prefix that every match meets, as plain strings: word-edge
   * markers dropped (a match tried on a slice of the text may see an edge at the slice's start
   * that the whole text does not have), so each is just a string every match contains.
   */
  private static String[][] also(Info info, String[] prefix) {
    Set<String> start = new LinkedHashSet<>();
    for (String l : prefix) {
      start.add(l.replace(String.valueOf(BOUNDARY), ""));
    }
    List<String[]> out = new ArrayList<>();
    Set<Set<String>> seen = new LinkedHashSet<>();
    for (Set<String> req : info.requirements()) {
      if (req.isEmpty() || req.size() > MAX_SET) {
        continue;
      }
      Set<String> plain = new LinkedHashSet<>();
      for (String l : req) {
        plain.add(l.replace(String.valueOf(BOUNDARY), ""));
      }
      Set<String> least = new LinkedHashSet<>(List.of(minimal(List.copyOf(plain), false)));
      boolean impliedByPrefix = start.stream().allMatch(p -> least.stream().anyMatch(p::contains));
      if (plain.contains("") || impliedByPrefix || plain.stream().anyMatch(RegexPrefilter::common) || !seen.add(least)) {
        continue; // requires nothing, only what the prefix gives, or a char found everywhere
      }
      out.add(least.toArray(new String[0]));
    }
    return out.toArray(new String[0][]);
  }

  /** A one-char string that stands almost anywhere (a letter, a digit, a space): no use as a filter. */
  private static boolean common(String s) {
    return s.length() == 1 && (Character.isLetterOrDigit(s.charAt(0)) || Character.isWhitespace(s.charAt(0)));
  }

  /**
   * The set as literals, or null when it would not filter: empty strings, or short ones. A prefix
   * may be one char when that char is not a letter (a digit, a currency sign): anchored tries at
   * each digit are cheap, while a lone letter is everywhere.
   */
  private static String[] usable(Set<String> req, boolean prefix) {
    if (req == null || req.isEmpty() || req.size() > MAX_SET) {
      return null;
    }
    for (String s : req) {
      int n = length(s);
      boolean ok = n >= MIN_LITERAL || (prefix && n == 1 && !Character.isLetter(s.charAt(s.length() - 1)));
      if (!ok) {
        return null;
      }
    }
    return minimal(req.stream().map(RegexPrefilter::squeeze).distinct().toList(), prefix);
  }

  /**
   * Drops each literal that holds another one of the set (starts with it, for prefixes): where
   * it occurs the shorter one does too, so it finds nothing more ("etude" makes " etude" useless).
   */
  private static String[] minimal(List<String> literals, boolean prefix) {
    List<String> byLength = new ArrayList<>(literals);
    byLength.sort(java.util.Comparator.comparingInt(String::length));
    List<String> kept = new ArrayList<>();
    for (String l : byLength) {
      if (kept.stream().noneMatch(k -> prefix ? l.startsWith(k) : l.contains(k))) {
        kept.add(l);
      }
    }
    return literals.stream().filter(kept::contains).toArray(String[]::new);
  }

  private Info alternation() {
    Info acc = concatenation();
    while (pos < src.length() && src.charAt(pos) == '|') {
      pos++;
      Info next = concatenation();
      Set<String> exact = union(acc.exact, next.exact);
      Set<String> any = union(acc.requirement(), next.requirement());
      acc = new Info(exact, exact != null ? null : any, prefixUnion(acc.prefix, next.prefix)); // parts' requirements do not survive '|'
    }
    return acc;
  }

  /**
   * Consecutive parts with exact strings are joined before they meet the rest: after an inexact
   * part, {@code \s?etude} must still require "etude", not the single letter 'e'.
   */
  private Info concatenation() {
    Info acc = Info.EMPTY;
    Info run = null; // the exact parts since the last inexact one
    while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
      Info part = repeat();
      if (part.exact == null) {
        acc = concat(run == null ? acc : concat(acc, run), part);
        run = null;
        continue;
      }
      Set<String> joined = run == null ? part.exact : cross(run.exact, part.exact);
      if (joined == null) { // too many strings: the run so far stands on its own
        acc = concat(acc, run);
        run = part;
      } else {
        run = new Info(joined, null, joined, run == null ? part.all : joined(run.all, part.all));
      }
    }
    return run == null ? acc : concat(acc, run);
  }

  private static Info concat(Info a, Info b) {
    if (a.exact != null && b.exact != null && (long) a.exact.size() * b.exact.size() <= MAX_SET) {
      return new Info(cross(a.exact, b.exact), null, cross(a.exact, b.exact), joined(a.all, b.all));
    }
    Set<String> prefix;
    if (a.exact != null) {
      // Every match starts with one of a's strings, then b's prefix (or anything, if unknown);
      // when that is too many strings, a's own strings still start every match.
      prefix = cross(a.exact, b.prefix == null ? Set.of("") : b.prefix);
      if (prefix == null && !a.exact.contains("")) {
        prefix = a.exact;
      }
    } else {
      prefix = continued(a.prefix, b.prefix);
    }
    return new Info(null, better(a.requirement(), b.requirement()), prefix, joined(a.requirements(), b.requirements()));
  }

  /** A part's prefixes followed by the next part's: those marked {@link #CONTINUES} go on with it. */
  private static Set<String> continued(Set<String> prefix, Set<String> next) {
    if (prefix == null || prefix.stream().noneMatch(p -> p.endsWith(CONTINUES))) {
      return prefix;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String p : prefix) {
      if (!p.endsWith(CONTINUES)) {
        out.add(p);
        continue;
      }
      Set<String> more = cross(Set.of(p.substring(0, p.length() - 1)), next == null ? Set.of("") : next);
      if (more == null || out.size() + more.size() > MAX_SET) {
        return Set.of(""); // too many: nothing known about the start
      }
      out.addAll(more);
    }
    return out;
  }

  /** The prefixes of a whole pattern: a mark with nothing after it continues with anything. */
  private static Set<String> ended(Set<String> prefix) {
    if (prefix == null) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String p : prefix) {
      out.add(p.replace(CONTINUES, ""));
    }
    return out;
  }

  /** Both lists of requirements (a match of a concatenation meets its parts'), at most {@link #MAX_REQUIREMENTS}. */
  private static List<Set<String>> joined(List<Set<String>> a, List<Set<String>> b) {
    List<Set<String>> out = new ArrayList<>(a);
    for (Set<String> x : b) {
      if (out.size() < MAX_REQUIREMENTS && !out.contains(x)) {
        out.add(x);
      }
    }
    return out.size() > MAX_REQUIREMENTS ? out.subList(0, MAX_REQUIREMENTS) : out;
  }

  private static Set<String> cross(Set<String> a, Set<String> b) {
    if ((long) a.size() * b.size() > MAX_SET) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  private Info repeat() {
    Info atom = atom();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      int min;
      int max;
      if (c == '*') {
        min = 0;
        max = -1;
        pos++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        pos++;
      } else if (c == '?') {
        min = 0;
        max = 1;
        pos++;
      } else if (c == '{' && src.indexOf('}', pos) > 0 && src.substring(pos + 1, src.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
        String body = src.substring(pos + 1, src.indexOf('}', pos));
        pos = src.indexOf('}', pos) + 1;
        String[] parts = body.split(",", -1);
        min = Integer.parseInt(parts[0]);
        max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : Integer.parseInt(parts[1]);
      } else {
        break;
      }
      if (pos < src.length() && src.charAt(pos) == '?') {
        pos++; // non-greedy: same strings
      }
      if (min == 0) {
        Set<String> exact = max == 1 && atom.exact != null ? union(atom.exact, Set.of("")) : null;
        // may match empty: then the match starts with whatever follows
        Set<String> prefix = atom.prefix == null || atom.prefix.contains("") ? Set.of("") : union(atom.prefix, Set.of(CONTINUES));
        atom = new Info(exact, null, prefix == null ? Set.of("") : prefix);
      } else if (!(min == 1 && max == 1)) {
        atom = new Info(null, atom.requirement(), atom.prefix, atom.all); // at least once: its parts' requirements hold
      }
    }
    return atom;
  }

  private Info atom() {
    char c = src.charAt(pos);
    switch (c) {
      case '(':
        {
          pos++;
          if (src.startsWith("?", pos)) {
            int colon = src.indexOf(':', pos);
            int close = src.indexOf(')', pos);
            if (src.startsWith("?P<", pos) || src.startsWith("?<", pos)) {
              pos = src.indexOf('>', pos) + 1;
            } else if (colon > 0 && (close < 0 || colon < close)) {
              pos = colon + 1; // (?:...) or (?i:...)
            } else {
              pos = close + 1; // a flag group such as (?i): matches empty
              return Info.EMPTY;
            }
          }
          Info inner = alternation();
          expect(')');
          return inner;
        }
      case '[':
        return charClass();
      case '\\':
        return escape();
      case '.':
        pos++;
        return Info.UNKNOWN;
      case '^':
      case '$':
        pos++;
        return Info.EMPTY;
      default:
        pos++;
        return literal(c);
    }
  }

  private Info escape() {
    pos++;
    char e = src.charAt(pos++);
    switch (e) {
      case 'b':
        return Info.WORD_BOUNDARY;
      case 'B':
      case 'A':
      case 'z':
        return Info.EMPTY;
      case 'd':
        return Info.exactly(DIGITS);
      case 's':
        return Info.exactly(SPACES);
      case 'D':
      case 'S':
      case 'w':
      case 'W':
        return Info.UNKNOWN;
      case 'p':
      case 'P':
        if (pos < src.length() && src.charAt(pos) == '{') {
          pos = src.indexOf('}', pos) + 1;
        } else {
          pos++;
        }
        return Info.UNKNOWN;
      case 'x':
      case 'Q':
      case 'E':
        throw new IllegalStateException("not modelled");
      case 'n':
        return literal('\n');
      case 't':
        return literal(' '); // the normalizer turns tabs into spaces
      default:
        if (Character.isLetterOrDigit(e)) {
          throw new IllegalStateException("not modelled");
        }
        return literal(e);
    }
  }

  private Info charClass() {
    pos++;
    boolean negated = src.charAt(pos) == '^';
    if (negated) {
      pos++;
    }
    Set<String> chars = new LinkedHashSet<>();
    boolean unknown = negated;
    boolean first = true;
    while (first || src.charAt(pos) != ']') {
      first = false;
      char c = src.charAt(pos++);
      if (c == '[' && src.charAt(pos) == ':') {
        pos = src.indexOf(":]", pos) + 2;
        unknown = true;
        continue;
      }
      if (c == '\\') {
        char e = src.charAt(pos++);
        if (e == 's' || e == 'd') {
          chars.addAll(e == 's' ? SPACES : DIGITS);
          continue;
        }
        if (Character.isLetterOrDigit(e)) {
          unknown = true;
          if ((e == 'p' || e == 'P') && src.charAt(pos) == '{') {
            pos = src.indexOf('}', pos) + 1;
          }
          continue;
        }
        c = e;
      }
      if (src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
        pos++;
        char hi = src.charAt(pos++);
        if (hi == '\\') {
          hi = src.charAt(pos++);
        }
        if (hi - c > 10) {
          unknown = true;
          continue;
        }
        for (char x = c; x <= hi; x++) {
          chars.add(lower(x));
        }
        continue;
      }
      chars.add(lower(c));
    }
    pos++;
    return unknown || chars.size() > 10 ? Info.UNKNOWN : Info.exactly(chars);
  }

  private static Info literal(char c) {
    return Info.exactly(Set.of(lower(c)));
  }

  private static String lower(char c) {
    return String.valueOf(c).toLowerCase(Locale.ROOT);
  }

  private void expect(char c) {
    if (pos >= src.length() || src.charAt(pos) != c) {
      throw new IllegalStateException("expected " + c);
    }
    pos++;
  }

  /**
   * Both sets of prefixes; when that is too many, every prefix is cut shorter until it is not (a
   * shorter prefix still starts every match), so one long branch does not cost the whole
   * alternation its prefixes.
   */
  private static Set<String> prefixUnion(Set<String> a, Set<String> b) {
    if (a == null || b == null) {
      return null;
    }
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    int length = all.stream().mapToInt(String::length).max().orElse(0);
    while (all.size() > MAX_SET && length > 1) {
      length--;
      Set<String> cut = new LinkedHashSet<>();
      for (String p : all) {
        cut.add(p.length() > length ? p.substring(0, length) : p);
      }
      all = cut;
    }
    return all.size() > MAX_SET ? null : all;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (a == null || b == null || a.size() + b.size() > MAX_SET) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** The more selective requirement: no empty string, then the longer shortest string. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    int sa = score(a);
    int sb = score(b);
    return sa >= sb ? (sa == 0 ? null : a) : b;
  }

  private static int score(Set<String> s) {
    if (s == null || s.isEmpty() || s.size() > MAX_SET) {
      return 0;
    }
    int min = Integer.MAX_VALUE;
    for (String x : s) {
      min = Math.min(min, length(x) * 2 + (x.indexOf(BOUNDARY) >= 0 ? 1 : 0));
    }
    return min;
  }

  /** Length without boundary markers. */
  static int length(String literal) {
    int n = 0;
    for (int i = 0; i < literal.length(); i++) {
      n += literal.charAt(i) == BOUNDARY ? 0 : 1;
    }
    return n;
  }

  /** Collapses repeated markers; markers stay only where text or an edge is beside them. */
  private static String squeeze(String literal) {
    return literal.replaceAll(BOUNDARY + "+", String.valueOf(BOUNDARY));
  }
}
