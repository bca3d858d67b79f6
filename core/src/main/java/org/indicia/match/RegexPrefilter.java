package org.indicia.match;

import java.util.LinkedHashSet;
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
  private static final int MAX_SET = 64;
  /** Stands in a literal where the regex asserts a word boundary ({@code \\b}). */
  static final char BOUNDARY = '\u0001';
  private static final int MIN_LITERAL = 2;

  private final String src;
  private int pos;

  private RegexPrefilter(String src) {
    this.src = src;
  }

  /** What a node tells: its exact strings (null when unknown or too many) and a requirement (null: none). */
  private record Info(Set<String> exact, Set<String> any) {
    static final Info EMPTY = new Info(Set.of(""), null);
    static final Info WORD_BOUNDARY = new Info(Set.of(String.valueOf(BOUNDARY)), null);
    static final Info UNKNOWN = new Info(null, null);

    Set<String> requirement() {
      return exact != null ? exact : any;
    }
  }

  /**
   * The required literals (lower case) of a case-insensitive RE2 pattern, or null when the regex
   * must always run.
   */
  static String[] of(String pattern) {
    try {
      RegexPrefilter p = new RegexPrefilter(pattern);
      Info info = p.alternation();
      if (p.pos != pattern.length()) {
        return null;
      }
      Set<String> req = info.requirement();
      if (req == null || req.isEmpty() || req.size() > MAX_SET) {
        return null;
      }
      for (String s : req) {
        if (length(s) < MIN_LITERAL) {
          return null;
        }
      }
      return req.stream().map(RegexPrefilter::squeeze).distinct().toArray(String[]::new);
    } catch (RuntimeException e) {
      return null; // anything unexpected: no prefilter, the regex always runs
    }
  }

  private Info alternation() {
    Info acc = concatenation();
    while (pos < src.length() && src.charAt(pos) == '|') {
      pos++;
      Info next = concatenation();
      Set<String> exact = union(acc.exact, next.exact);
      Set<String> any = union(acc.requirement(), next.requirement());
      acc = new Info(exact, exact != null ? null : any);
    }
    return acc;
  }

  private Info concatenation() {
    Info acc = Info.EMPTY;
    while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
      acc = concat(acc, repeat());
    }
    return acc;
  }

  private static Info concat(Info a, Info b) {
    if (a.exact != null && b.exact != null && (long) a.exact.size() * b.exact.size() <= MAX_SET) {
      Set<String> out = new LinkedHashSet<>();
      for (String x : a.exact) {
        for (String y : b.exact) {
          out.add(x + y);
        }
      }
      return new Info(out, null);
    }
    return new Info(null, better(a.requirement(), b.requirement()));
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
        atom = new Info(exact, null);
      } else if (!(min == 1 && max == 1)) {
        atom = new Info(null, atom.requirement());
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
      case 'D':
      case 's':
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
        if (hi - c > 8) {
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
    return unknown || chars.size() > 8 ? Info.UNKNOWN : new Info(chars, null);
  }

  private static Info literal(char c) {
    return new Info(Set.of(lower(c)), null);
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
