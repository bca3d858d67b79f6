package org.indicia.match;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indicia.text.CharPairs;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * The regex atoms of an {@link AtomMatcher} and how they run: a regex with required literals
 * ({@link RegexPrefilter}) runs only near them, anchored at a prefix literal or in a short window;
 * the others scan the whole text. Hits are widened to whole tokens. Immutable, thread-safe.
 */
final class RegexRunner {
  private final Pattern[] regexes;
  /** Per regex: literals one of which every match contains (or starts with), or null (always run). */
  private final RegexPrefilter.Prefilter[] regexLiterals;
  private final LiteralSet[] regexLiteralSets;
  /**
   * Per anchored regex: the pattern as {@code ^(?:...)}. RE2/J's {@code lookingAt()} costs about
   * 3 µs a call even when nothing matches, a {@code ^}-anchored {@code find()} under 1 µs.
   */
  private final Pattern[] anchoredRegexes;
  /** Every prefiltered regex's literals, owned by regex index, found in one pass per text. */
  private final LiteralSet allLiterals;
  private final int[] regexAtom;
  /**
   * Per anchored regex, the further literals its match contains besides its prefix ({@link
   * RegexPrefilter.Prefilter#also}), one set each: a try runs only when each set has an
   * occurrence inside the slice it reads. Looked for on demand from the try's position, not in
   * the literal pass: they include common words, and most regexes are never tried in a text.
   */
  private final LiteralSet[][] alsoSets;

  /** @param atoms per pattern, its atom id */
  RegexRunner(List<Pattern> patterns, List<Integer> atoms) {
    regexes = patterns.toArray(new Pattern[0]);
    regexLiterals = new RegexPrefilter.Prefilter[regexes.length];
    regexLiteralSets = new LiteralSet[regexes.length];
    anchoredRegexes = new Pattern[regexes.length];
    for (int r = 0; r < regexes.length; r++) {
      regexLiterals[r] = RegexPrefilter.of(regexes[r].pattern());
      regexLiteralSets[r] = regexLiterals[r] == null ? null : new LiteralSet(regexLiterals[r].literals());
      if (regexLiterals[r] != null && regexLiterals[r].anchored()) {
        anchoredRegexes[r] = Pattern.compile("^(?:" + regexes[r].pattern() + ")", regexes[r].flags());
      }
    }
    List<String> lits = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int r = 0; r < regexes.length; r++) {
      if (regexLiterals[r] != null) {
        for (String l : regexLiterals[r].literals()) {
          lits.add(l);
          owners.add(r);
        }
      }
    }
    regexAtom = atoms.stream().mapToInt(Integer::intValue).toArray();
    alsoSets = new LiteralSet[regexes.length][];
    for (int r = 0; r < regexes.length; r++) {
      String[][] sets = regexLiterals[r] != null && regexLiterals[r].anchored() ? regexLiterals[r].also() : new String[0][];
      alsoSets[r] = new LiteralSet[sets.length];
      for (int k = 0; k < sets.length; k++) {
        alsoSets[r][k] = new LiteralSet(sets[k]);
      }
    }
    allLiterals = new LiteralSet(lits.toArray(new String[0]), owners.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Number of regexes. */
  int count() {
    return regexes.length;
  }

  /** The atom id of regex {@code r}. */
  int atom(int r) {
    return regexAtom[r];
  }

  /**
   * Runs every regex whose {@code runRegex} flag is set over the text, which becomes the text of
   * {@code s} until the next scan (for {@link #find}). The same literal pass also finds the
   * literals of the regexes flagged in {@code laterRegex}, so asking for one of them later costs
   * no pass of its own.
   */
  void scan(NormalizedText text, Tokens tokens, boolean[] runRegex, boolean[] laterRegex, Scratch s, Hits out) {
    s.start(text, regexes.length);
    boolean prefiltered = false;
    for (int r = 0; r < regexes.length; r++) {
      if (runRegex[r] && regexLiterals[r] == null) {
        findAll(r, text, 0, text.length(), tokens, s, out);
      }
      s.collected[r] = regexLiterals[r] != null && (runRegex[r] || (r < laterRegex.length && laterRegex[r]));
      prefiltered |= s.collected[r];
    }
    if (!prefiltered) {
      return;
    }
    // One pass finds every prefiltered regex's literals; then each regex runs only there.
    char[] flat = s.flat();
    Occurrences literals = s.literals;
    literals.reset(regexes.length);
    allLiterals.collect(flat, s.collected, literals);
    literals.group();
    for (int r = 0; r < regexes.length; r++) {
      if (runRegex[r] && regexLiterals[r] != null) {
        runPrefiltered(r, flat, literals.of(r), text, tokens, s, out);
      }
    }
  }

  /** Finds the hits of regex {@code r} alone (an on-demand regex) in the text of the last {@link #scan} with {@code s}. */
  void find(int r, NormalizedText text, Tokens tokens, Scratch s, Hits out) {
    if (regexLiterals[r] == null) {
      findAll(r, text, 0, text.length(), tokens, s, out);
    } else if (s.collected[r]) {
      runPrefiltered(r, s.flat(), s.literals.of(r), text, tokens, s, out);
    } else {
      char[] flat = s.flat();
      LiteralSet literals = regexLiteralSets[r];
      runPrefiltered(r, flat, from -> literals.next(flat, from), text, tokens, s, out);
    }
  }

  private void runPrefiltered(int r, char[] flat, Positions at, NormalizedText text, Tokens tokens, Scratch s, Hits out) {
    if (regexLiterals[r].anchored()) {
      scanAnchored(r, flat, at, text, tokens, s, out);
    } else {
      scanWindows(r, flat, at, text, tokens, s, out);
    }
  }

  /**
   * Per-thread state: the literal occurrences of one text, the text as an exact-length array
   * (made once per text, for cheap bounds), and one RE2/J matcher per regex and form, reset for
   * each run instead of allocated (a matcher holds several arrays).
   */
  static final class Scratch {
    final Occurrences literals = new Occurrences();
    private NormalizedText text;
    private char[] flat;
    private com.google.re2j.Matcher[] matchers = new com.google.re2j.Matcher[0];
    private com.google.re2j.Matcher[] anchoredMatchers = new com.google.re2j.Matcher[0];
    private final CharPairs pairs = new CharPairs();
    private boolean pairsOfText;
    /** Per regex: its literals were found by the last scan's pass. */
    private boolean[] collected = new boolean[0];

    void start(NormalizedText text, int regexes) {
      this.text = text;
      this.flat = null;
      this.pairsOfText = false;
      if (matchers.length < regexes) {
        matchers = Arrays.copyOf(matchers, regexes);
        anchoredMatchers = Arrays.copyOf(anchoredMatchers, regexes);
        collected = new boolean[regexes];
      }
    }

    /** The chars and pairs of the text, recorded on first use. */
    CharPairs pairs() {
      if (!pairsOfText) {
        char[] f = flat();
        pairs.of(f, f.length);
        pairsOfText = true;
      }
      return pairs;
    }

    char[] flat() {
      if (flat == null) {
        flat = Arrays.copyOf(text.buffer(), text.length());
      }
      return flat;
    }

    com.google.re2j.Matcher matcher(Pattern[] patterns, com.google.re2j.Matcher[] cache, int r, CharSequence input) {
      com.google.re2j.Matcher m = cache[r];
      if (m == null) {
        m = patterns[r].matcher(input);
        cache[r] = m;
        return m;
      }
      return m.reset(input);
    }
  }

  /**
   * Tries regex {@code r} anchored at each occurrence of its prefix literals (every match starts
   * with one): an anchored RE2/J run dies as soon as the text stops matching, so the cost is that
   * of the few chars examined, not of the text. Matches do not overlap, as with {@code find()}.
   * A try is skipped when one of the regex's further required literals has no occurrence in the
   * slice it would read; once one has none left in the text, no later try can match.
   */
  private void scanAnchored(int r, char[] flat, Positions literals, NormalizedText text, Tokens tokens, Scratch s,
      Hits out) {
    LiteralSet[] required = alsoSets[r];
    int[] nextRequired = new int[required.length]; // per set: its first occurrence at or after the last try, or -1
    Arrays.fill(nextRequired, -2); // not looked for yet
    int from = 0;
    tries:
    for (int at = literals.next(0); at >= 0; at = literals.next(from)) {
      int end = Math.min(flat.length, at + AtomMatcher.ANCHORED_REACH);
      while (end < flat.length && Tokenizer.isWordChar(flat[end])) {
        end++; // never cut a word: a trailing \b must see the true edge
      }
      for (int k = 0; k < required.length; k++) {
        if (nextRequired[k] == -2 && !required[k].mayOccurIn(s.pairs())) {
          return; // a set none of whose literals can occur in the text: no try can match
        }
        if (nextRequired[k] == -2 || (nextRequired[k] >= 0 && nextRequired[k] < at)) {
          nextRequired[k] = required[k].next(flat, at);
        }
        if (nextRequired[k] < 0) {
          return; // this set occurs nowhere from here on: no later try can match either
        }
        if (nextRequired[k] >= end) {
          from = at + 1; // the regex cannot match in [at, end): RE2/J would find nothing
          continue tries;
        }
      }
      com.google.re2j.Matcher m = s.matcher(anchoredRegexes, s.anchoredMatchers, r, text.view(at, end));
      if (m.find() && m.end() > 0) {
        addHit(r, at, at + m.end(), tokens, out);
        from = at + m.end();
      } else {
        from = at + 1;
      }
    }
  }

  /** Literal positions of one regex, asked for with non-decreasing {@code from}. */
  interface Positions {
    /** The first position at or after {@code from}, or -1. */
    int next(int from);
  }

  /** Literal occurrences of one text, grouped by regex. Reused per thread. */
  static final class Occurrences implements LiteralSet.Sink {
    private int[] owner = new int[64];
    private int[] position = new int[64];
    private int count;
    private int[] start = new int[8]; // per regex: its slice of grouped
    private int[] grouped = new int[64];

    void reset(int regexes) {
      count = 0;
      if (start.length < regexes + 1) {
        start = new int[regexes + 1];
      }
      java.util.Arrays.fill(start, 0, regexes + 1, 0);
    }

    @Override
    public void found(int r, int pos) {
      if (count == owner.length) {
        owner = java.util.Arrays.copyOf(owner, count * 2);
        position = java.util.Arrays.copyOf(position, count * 2);
      }
      owner[count] = r;
      position[count++] = pos;
      start[r + 1]++;
    }

    /** Counting sort by regex; positions stay ascending within each regex. */
    void group() {
      for (int r = 1; r < start.length; r++) {
        start[r] += start[r - 1];
      }
      if (grouped.length < count) {
        grouped = new int[owner.length];
      }
      int[] fill = start.clone();
      for (int i = 0; i < count; i++) {
        grouped[fill[owner[i]]++] = position[i];
      }
    }

    Positions of(int r) {
      int lo = start[r];
      int hi = start[r + 1];
      int[] cursor = {lo};
      return from -> {
        int k = cursor[0];
        while (k < hi && grouped[k] < from) {
          k++;
        }
        cursor[0] = k;
        return k < hi ? grouped[k] : -1;
      };
    }
  }

  /**
   * Runs regex {@code r} only around occurrences of its required literals: each window reaches
   * {@value AtomMatcher#REGEX_WINDOW} chars either side of the literal, stops at line breaks, and starts and
   * ends on whitespace so {@code \b} sees true word edges; overlapping windows are merged, so a
   * match is never cut where two windows meet. RE2/J scans 5-20 MB/s, so scanning a
   * few short windows instead of the whole text is what keeps regexes off the critical path.
   */
  private void scanWindows(int r, char[] flat, Positions literals, NormalizedText text, Tokens tokens, Scratch s,
      Hits out) {
    int from = -1; // the pending window, grown while the next literal's window overlaps it
    int to = -1;
    int lineStart = -1; // the line break before the current line (or -1), found once per line
    int lineEnd = -1; // the line break after it (or the text's end)
    for (int at = literals.next(0); at >= 0; at = literals.next(at + 1)) {
      if (at <= lineStart || at >= lineEnd) {
        lineStart = lastIndexOf(flat, '\n', at);
        int e = indexOf(flat, '\n', at);
        lineEnd = e < 0 ? flat.length : e;
      }
      int start = Math.max(at - AtomMatcher.REGEX_WINDOW, lineStart + 1);
      while (start > lineStart + 1 && flat[start - 1] != ' ') {
        start--; // widen to a word edge
      }
      int end = Math.min(at + AtomMatcher.REGEX_WINDOW, lineEnd);
      while (end < flat.length && flat[end] != ' ' && flat[end] != '\n') {
        end++;
      }
      if (start >= end) {
        continue; // a literal that starts with the line break itself: no window on either line
      }
      if (start <= to) {
        to = Math.max(to, end); // one window: a match beside both literals is not cut in two
        continue;
      }
      if (to >= 0) {
        findAll(r, text, from, to, tokens, s, out);
      }
      from = start;
      to = end;
    }
    if (to >= 0) {
      findAll(r, text, from, to, tokens, s, out);
    }
  }

  private static int lastIndexOf(char[] a, char c, int from) {
    for (int i = Math.min(from, a.length - 1); i >= 0; i--) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(char[] a, char c, int from) {
    for (int i = Math.max(0, from); i < a.length; i++) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  static boolean boundariesHold(char[] flat, String literal, int at) {
    int pos = at;
    for (int k = 0; k < literal.length(); k++) {
      char c = literal.charAt(k);
      if (c == RegexPrefilter.BOUNDARY) {
        boolean before = pos > 0 && Tokenizer.isWordChar(flat[pos - 1]);
        boolean after = pos < flat.length && Tokenizer.isWordChar(flat[pos]);
        if (before == after) {
          return false;
        }
      } else if (pos >= flat.length || flat[pos++] != c) {
        return false;
      }
    }
    return true;
  }

  /** Adds the hits of regex {@code r} in {@code text[from, to)}, widened to whole tokens. */
  private void findAll(int r, NormalizedText text, int from, int to, Tokens tokens, Scratch s, Hits out) {
    CharSequence region = from == 0 && to == text.length() ? text : text.view(from, to);
    com.google.re2j.Matcher m = s.matcher(regexes, s.matchers, r, region);
    while (m.find()) {
      if (m.end() > m.start()) {
        addHit(r, m.start() + from, m.end() + from, tokens, out);
      }
    }
  }

  /** Adds a hit for regex {@code r} over chars {@code [start, end)}, widened to whole tokens. */
  private void addHit(int r, int start, int end, Tokens tokens, Hits out) {
    int n = tokens.count();
    int first = tokens.firstEndingAfter(start);
    int last = tokens.firstEndingAfter(end - 1);
    if (last >= n || tokens.start(last) >= end) {
      last--;
    }
    if (first < n && first <= last) { // a match on separators alone is no hit
      out.add(regexAtom[r], first, last + 1);
    }
  }
}
