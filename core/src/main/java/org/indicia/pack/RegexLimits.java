package org.indicia.pack;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Limits on pack regexes beyond RE2's syntax. RE2/J runs in time linear in the text but
 * proportional to the compiled program, which nested counted repetitions multiply: {@code
 * (((a{100}){100}){100})} compiles to a million instructions. So the program size is estimated
 * from the source (each counted repetition copies its operand) and capped, as is each count; and a
 * regex that can match the empty string (zero-width, e.g. {@code \b} or {@code ^}) is refused, as
 * it marks no evidence. Internal.
 */
final class RegexLimits {
  /** Largest count in {@code {n,m}}. */
  static final int MAX_REPEAT = 100;
  /** Largest estimated program: instructions, roughly one per literal char after expansion. */
  static final int MAX_PROGRAM = 2_000;

  private static final String[] PROBES = {"", "a", " ", "a b", "1", ".", "é", "a\nb"};

  private RegexLimits() {}

  /** A problem with a compiled regex, or null. */
  static String zeroWidth(Pattern p) {
    for (String probe : PROBES) {
      Matcher m = p.matcher(probe);
      while (m.find()) {
        if (m.start() == m.end()) {
          return "it can match the empty string (zero-width), so it marks no evidence";
        }
      }
    }
    return null;
  }

  /** Why a regex (already accepted by RE2/J) is too complex, or null. */
  static String complexity(String re) {
    long[] total = new long[8]; // per open group: completed alternatives
    long[] branch = new long[8]; // per open group: the current alternative
    long[] last = new long[8]; // per open group: size of the last atom, for a quantifier
    int depth = 0;
    int n = re.length();
    int i = 0;
    while (i < n) {
      char c = re.charAt(i);
      long atom = -1; // size of an atom read here; -1: none
      switch (c) {
        case '\\':
          i = skipEscape(re, i);
          atom = 1;
          break;
        case '[':
          i = skipClass(re, i);
          atom = 1;
          break;
        case '(':
          {
            int j = i + 1;
            if (j < n && re.charAt(j) == '?') {
              j++;
              if (j < n && (re.charAt(j) == 'P' || re.charAt(j) == '<')) {
                int close = re.indexOf('>', j); // (?P<name> or (?<name>
                j = close < 0 ? n : close + 1;
              } else {
                while (j < n && re.charAt(j) != ':' && re.charAt(j) != ')') {
                  j++;
                }
                if (j < n && re.charAt(j) == ')') { // (?i): flags only
                  i = j + 1;
                  continue;
                }
                j++; // past ':'
              }
            }
            depth++;
            if (depth == total.length) {
              total = java.util.Arrays.copyOf(total, depth * 2);
              branch = java.util.Arrays.copyOf(branch, depth * 2);
              last = java.util.Arrays.copyOf(last, depth * 2);
            }
            total[depth] = 0;
            branch[depth] = 0;
            last[depth] = 0;
            i = j;
            continue;
          }
        case ')':
          {
            if (depth == 0) { // unbalanced: RE2 refuses it first; count a literal
              i++;
              atom = 1;
              break;
            }
            long group = total[depth] + branch[depth];
            depth--;
            i++;
            atom = Math.max(1, group);
            break;
          }
        case '|':
          total[depth] = sat(total[depth] + branch[depth] + 1);
          branch[depth] = 0;
          last[depth] = 0;
          i++;
          continue;
        case '*':
        case '+':
        case '?':
          i++;
          if (i < n && re.charAt(i) == '?') {
            i++;
          }
          branch[depth] = sat(branch[depth] + 1);
          continue;
        case '{':
          {
            int close = re.indexOf('}', i);
            String body = close < 0 ? "" : re.substring(i + 1, close);
            if (body.matches("\\d+(,\\d*)?")) {
              int comma = body.indexOf(',');
              long min = parse(comma < 0 ? body : body.substring(0, comma));
              long max = comma < 0 ? min : comma == body.length() - 1 ? -1 : parse(body.substring(comma + 1));
              long count = Math.max(min, max);
              if (count > MAX_REPEAT) {
                return "a repetition count of " + count + " > " + MAX_REPEAT;
              }
              long copies = max < 0 ? min + 1 : Math.max(1, count);
              long l = last[depth];
              branch[depth] = sat(branch[depth] - l + sat(l * copies));
              last[depth] = sat(l * copies);
              i = close + 1;
              if (i < n && re.charAt(i) == '?') {
                i++;
              }
              if (branch[depth] > MAX_PROGRAM) {
                return tooBig(branch[depth]);
              }
              continue;
            }
            i++;
            atom = 1; // a literal '{'
            break;
          }
        default:
          i += Character.charCount(re.codePointAt(i));
          atom = 1;
      }
      branch[depth] = sat(branch[depth] + atom);
      last[depth] = atom;
      if (branch[depth] + total[depth] > MAX_PROGRAM) {
        return tooBig(branch[depth] + total[depth]);
      }
    }
    return null;
  }

  private static String tooBig(long size) {
    return "about " + (size >= 1L << 40 ? "10^12+" : String.valueOf(size))
        + " instructions once its repetitions are expanded > " + MAX_PROGRAM;
  }

  private static long parse(String digits) {
    return digits.length() > 9 ? Long.MAX_VALUE / 4 : Long.parseLong(digits);
  }

  private static long sat(long v) {
    return Math.min(v, 1L << 40);
  }

  /** The index after an escape at {@code i}. */
  private static int skipEscape(String re, int i) {
    int n = re.length();
    if (i + 1 >= n) {
      return n;
    }
    char e = re.charAt(i + 1);
    if ((e == 'p' || e == 'P' || e == 'x') && i + 2 < n && re.charAt(i + 2) == '{') {
      int close = re.indexOf('}', i + 2);
      return close < 0 ? n : close + 1;
    }
    if (e == 'x') {
      return Math.min(n, i + 4);
    }
    if (e == 'Q') {
      int end = re.indexOf("\\E", i + 2);
      return end < 0 ? n : end + 2; // counted as one atom: a literal run (under-counts a little)
    }
    return i + 2;
  }

  /** The index after a character class opening at {@code i}. */
  private static int skipClass(String re, int i) {
    int n = re.length();
    int j = i + 1;
    if (j < n && re.charAt(j) == '^') {
      j++;
    }
    if (j < n && re.charAt(j) == ']') {
      j++;
    }
    while (j < n) {
      char c = re.charAt(j);
      if (c == '\\') {
        j = skipEscape(re, j);
      } else if (c == '[' && j + 1 < n && re.charAt(j + 1) == ':') {
        int close = re.indexOf(":]", j + 2);
        j = close < 0 ? j + 1 : close + 2;
      } else if (c == ']') {
        return j + 1;
      } else {
        j++;
      }
    }
    return n;
  }
}
