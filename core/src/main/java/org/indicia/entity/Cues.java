package org.indicia.entity;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import org.indicia.text.CharPairs;

/**
 * Runs a pattern only around its cues. RE2/J is linear but reads 5-20 MB/s, and an ad seldom
 * holds an address or an amount: the text is lower-cased char by char (offsets unchanged), each
 * cue's occurrences (a cue starting with a letter only where no letter precedes it) become windows of {@link #REACH} chars either side, widened to whitespace and
 * merged, and the pattern runs on those windows only, with offsets mapped back. Immutable once
 * built, so both extraction stages of a text share one.
 */
final class Cues {
  /** Chars read either side of a cue: longer than any e-mail local part, amount or handle kept. */
  static final int REACH = 80;

  private final String text;
  private final int end;
  private final char[] lower;
  /** {@link #lower} as a string, for {@code indexOf} (which the JVM vectorizes). */
  private final String lowered;
  /**
   * Which chars and char pairs occur in {@link #lower}: a cue with one that never occurs is not
   * searched for, so the dozens of cues cost one pass over the text instead of one {@code indexOf}
   * each.
   */
  private final CharPairs pairs = new CharPairs();

  Cues(String text, int end) {
    this.text = text;
    this.end = end;
    this.lower = new char[end];
    text.getChars(0, end, lower, 0);
    for (int i = 0; i < end; i++) {
      char c = lower[i];
      if (c >= 0x80) {
        lower[i] = Character.toLowerCase(c);
      } else if (c >= 'A' && c <= 'Z') { // ASCII, most chars: no table lookup
        lower[i] = (char) (c + ('a' - 'A'));
      }
    }
    this.lowered = new String(lower);
    pairs.of(lower, end);
  }

  /** False when {@code cue} cannot occur in the text. */
  private boolean mayOccur(String cue) {
    return pairs.mayHold(cue);
  }

  /** Whether the lower-cased text contains {@code s}. */
  boolean contains(String s) {
    return mayOccur(s) && lowered.contains(s);
  }

  /** One match found in a window: its groups' original offsets, or -1 for groups that did not take part. */
  record Found(int[] starts, int[] ends, String[] groups) {
    int start(int g) {
      return starts[g];
    }

    int end(int g) {
      return ends[g];
    }

    String group(int g) {
      return groups[g];
    }
  }

  /** The matches of {@code p} in the windows around {@code cues}, in text order, without repeats. */
  List<Found> find(Pattern p, String... cues) {
    return find(p, REACH, cues);
  }

  /** As {@link #find(Pattern, String...)}, reading {@code reach} chars either side of each cue. */
  List<Found> find(Pattern p, int reach, String... cues) {
    return find(p, reach, false, cues);
  }

  /**
   * As {@link #find(Pattern, int, String...)}; with {@code needsDigit}, for a pattern none of
   * whose matches lacks an ASCII digit (RE2's {@code \d} is ASCII), windows without one are not
   * read: they could hold no match.
   */
  List<Found> find(Pattern p, int reach, boolean needsDigit, String... cues) {
    return find(p, reach, needsDigit, new String[0], cues);
  }

  /**
   * As {@link #find(Pattern, int, boolean, String...)}, with {@code words} as further cues that
   * open a window only as whole words: {@code "mad"} in "mad 2", not in "made".
   */
  List<Found> find(Pattern p, int reach, boolean needsDigit, String[] words, String[] cues) {
    return find(w -> Matches.of(p.matcher(w)), reach, needsDigit, words, cues);
  }

  /**
   * As {@link #find(Pattern, int, boolean, String[], String[])}, with a backtracking pattern:
   * for the few patterns that cannot backtrack more than a constant per char (no unbounded part
   * before another that may fail), a backtracking matcher reads a window at once where RE2/J's
   * automaton steps every alternative of a wide alternation at every char.
   */
  List<Found> find(java.util.regex.Pattern p, int reach, boolean needsDigit, String[] words, String[] cues) {
    return find(w -> Matches.of(p.matcher(w)), reach, needsDigit, words, cues);
  }

  /** The matches of one pattern in one text, whichever engine finds them. */
  record Matches(java.util.function.BooleanSupplier next, java.util.function.IntUnaryOperator start,
      java.util.function.IntUnaryOperator end, java.util.function.IntFunction<String> group, int groupCount) {
    static Matches of(Matcher m) {
      return new Matches(m::find, m::start, m::end, m::group, m.groupCount());
    }

    static Matches of(java.util.regex.Matcher m) {
      return new Matches(m::find, m::start, m::end, m::group, m.groupCount());
    }
  }

  private List<Found> find(java.util.function.Function<CharSequence, Matches> matcher, int reach, boolean needsDigit,
      String[] words, String[] cues) {
    List<int[]> windows = windows(reach, words, cues);
    List<Found> out = new ArrayList<>();
    int lastEnd = -1;
    for (int[] w : windows) {
      if (needsDigit && !hasDigit(w[0], w[1])) {
        continue;
      }
      Matches m = matcher.apply(text.subSequence(w[0], w[1]));
      while (m.next().getAsBoolean()) {
        int n = m.groupCount() + 1;
        int[] s = new int[n];
        int[] e = new int[n];
        String[] g = new String[n];
        for (int k = 0; k < n; k++) {
          s[k] = m.start().applyAsInt(k) < 0 ? -1 : m.start().applyAsInt(k) + w[0];
          e[k] = m.end().applyAsInt(k) < 0 ? -1 : m.end().applyAsInt(k) + w[0];
          g[k] = m.group().apply(k);
        }
        if (s[0] >= lastEnd) {
          out.add(new Found(s, e, g));
          lastEnd = e[0];
        }
      }
    }
    return out;
  }

  /**
   * Whether {@link #find(Pattern, int, boolean, String[], String[])} with these cues would read
   * any window: false means it surely finds nothing, without running the pattern.
   */
  boolean opensWindow(int reach, boolean needsDigit, String[] words, String[] cues) {
    for (int[] w : windows(reach, words, cues)) {
      if (!needsDigit || hasDigit(w[0], w[1])) {
        return true;
      }
    }
    return false;
  }

  private List<int[]> windows(int reach, String[] words, String[] cues) {
    List<int[]> raw = new ArrayList<>();
    addWindows(reach, cues, false, raw);
    addWindows(reach, words, true, raw);
    raw.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] w : raw) {
      if (!merged.isEmpty() && w[0] <= merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], w[1]);
      } else {
        merged.add(w);
      }
    }
    return merged;
  }

  private void addWindows(int reach, String[] cues, boolean whole, List<int[]> raw) {
    for (String c : cues) {
      if (!mayOccur(c)) {
        continue;
      }
      boolean word = Character.isLetter(c.charAt(0));
      boolean endsWord = whole && Character.isLetter(c.charAt(c.length() - 1));
      for (int i = lowered.indexOf(c); i >= 0; i = lowered.indexOf(c, i + 1)) {
        if (word && i > 0 && Character.isLetter(lower[i - 1])) {
          continue; // a word cue inside a word: "age" in "manage", "ans" in "dans"
        }
        int after = i + c.length();
        if (endsWord && after < end && Character.isLetter(lower[after])) {
          continue; // a whole-word cue at the start of a longer word: "mad" in "made"
        }
        raw.add(new int[] {widenLeft(Math.max(0, i - reach)), widenRight(Math.min(end, after + reach))});
      }
    }
  }

  /** Whether the original text has an ASCII digit in {@code [from, to)} (RE2's {@code \d}). */
  private boolean hasDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = lower[i];
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Moves a window start back to just after whitespace (at most 16 chars), so no word is cut. */
  private int widenLeft(int s) {
    int limit = Math.max(0, s - 16);
    while (s > limit && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    return s > 0 && Character.isLowSurrogate(text.charAt(s)) ? s - 1 : s;
  }

  private int widenRight(int e) {
    int limit = Math.min(end, e + 16);
    while (e < limit && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e < end && Character.isLowSurrogate(text.charAt(e)) ? e + 1 : e;
  }
}
