package org.indicia.text;

import java.util.Arrays;

/**
 * The second pass of {@link TextNormalizer}: rewrites, in place, the words of a normalized text
 * that are disguised. A quick scan ({@link #nextCandidate}, one table read per char) skips what
 * cannot need work and leaves it where it is. A word needs work when it mixes letters with digits
 * or {@code $ @ ! €}, holds a run of three equal letters, holds a Cyrillic or Greek look-alike,
 * or is followed by a separator that may split it. Then, in order:
 *
 * <ol>
 *   <li><b>Look-alikes.</b> A word with Latin letters and look-alikes ({@code pаssport}) is read
 *       in Latin. A word of look-alikes only ({@code рор}) is read in Latin only if it is
 *       Cyrillic or Greek and the words around it are Latin, never Cyrillic or Greek: real Russian
 *       or Greek text keeps its letters.
 *   <li><b>Joins</b> (vocabulary only). A chain of parts separated by one separator char ({@code
 *       pass-port}, {@code pass_port}) or of single chars separated by up to three spaces or
 *       separators ({@code p a s s}, {@code p. a. s. s}) is joined, longest first from the left,
 *       where the joined word is in the vocabulary. A chain of single chars whose gaps differ is
 *       first split into words at the gaps other than the most common one ({@code n e w  i n  t o
 *       w n}, {@code j.u.s.t a.r.r.i.v.e.d}), when every long segment then reads as a word (see
 *       {@code Scratch#segment}). Spaces never join longer parts: {@code a broad range} stays
 *       three words even when {@code abroad} is a pack word. A one-letter clitic before an
 *       apostrophe ({@code d r o i t d'a l l e r}) ends a chain rather than joining it, and two
 *       spaced letters just before such an elided word ({@code O n  m'avait}) are joined when
 *       they are a vocabulary word.
 *   <li><b>Leetspeak and repeats</b> (vocabulary only). Each reading of the digits and symbols as
 *       letters ({@code 0 → o}, {@code 1 → i|l}, {@code 3 → e}, {@code 4 → a}, {@code 5 → s},
 *       {@code 7 → t}, {@code @ → a}, {@code $ → s}, ...) combined with each run of 3+ equal
 *       letters squeezed to two or one is tried against the vocabulary; the first word found wins
 *       (at most {@value #MAX_PROBES} tries). A word already in the vocabulary is left alone, and
 *       a number with a short unit ({@code 5am}, {@code 18yo}, {@code €50k}) is never read as
 *       letters.
 * </ol>
 *
 * A rewritten char maps to the original range of the chars it was read from (a squeezed run maps
 * to the whole run), so spans still cover the disguise. Internal.
 */
final class WordNormalizer {
  /** Shortest word a join or a leet reading may produce: shorter ones are too often accidents. */
  static final int MIN_WORD = 3;
  /** Most parts in one chain, and most tried in one join. */
  static final int MAX_PARTS = 64;
  static final int MAX_JOIN = 24;
  /** Most vocabulary probes for one candidate word. */
  static final int MAX_PROBES = 64;
  /** Most runs of equal letters whose squeezes are combined. */
  static final int MAX_RUNS = 4;
  /**
   * Most symbols in a row inside a word ({@code p@$$}); a longer run ({@code $$$$$$}) is never
   * part of one, which also keeps every scan linear on hostile text.
   */
  static final int MAX_SYMBOLS = 4;

  // Char classes.
  private static final int WORD = 1;
  private static final int LETTER = 1 << 1;
  private static final int DIGIT = 1 << 2;
  private static final int LEAD_SYMBOL = 1 << 3; // may start a word: $ex, @ngel, €scort
  private static final int SYMBOL = 1 << 4; // may stand inside a word: p@$$, g!rl
  private static final int SEPARATOR = 1 << 5;
  /** In {@link #QUICK} only: a non-ASCII char, which the quick scan leaves to {@link #word}. */
  private static final int NON_ASCII = 1 << 6;
  private static final byte[] ASCII = new byte[128];
  /** {@link #ASCII} for every char, non-ASCII ones marked {@code WORD | NON_ASCII}: one load, no branch. */
  private static final byte[] QUICK = new byte[65536];

  static {
    for (int c = '0'; c <= '9'; c++) {
      ASCII[c] = WORD | DIGIT;
    }
    for (int c = 'a'; c <= 'z'; c++) {
      ASCII[c] = WORD | LETTER;
    }
    ASCII['$'] = LEAD_SYMBOL | SYMBOL;
    ASCII['@'] = LEAD_SYMBOL | SYMBOL;
    ASCII['!'] = SYMBOL;
    for (char c : new char[] {'-', '_', '.', '*', '~', '/', '+'}) {
      ASCII[c] = SEPARATOR;
    }
    Arrays.fill(QUICK, (byte) (WORD | NON_ASCII));
    System.arraycopy(ASCII, 0, QUICK, 0, 128);
  }

  // Word features.
  private static final int F_LATIN = 1;
  private static final int F_OTHER = 1 << 1;
  private static final int F_CONFUSABLE = 1 << 2;
  private static final int F_DIGIT = 1 << 3;
  private static final int F_SYMBOL = 1 << 4;
  private static final int F_REPEAT = 1 << 5;

  // Scripts of the last word written, for the whole-word look-alike rule.
  private static final int NONE = 0;
  private static final int LATIN = 1;
  private static final int AMBIGUOUS = 2;
  private static final int OTHER = 3;

  private WordNormalizer() {}

  private static int cls(char c) {
    if (c < 128) {
      return ASCII[c];
    }
    if (c == '€') {
      return LEAD_SYMBOL | SYMBOL;
    }
    if (c == '·' || c == '•' || c == '‧' || c == '∙') {
      return SEPARATOR;
    }
    return Tokenizer.isWordChar(c) ? (Character.isLetter(c) ? WORD | LETTER : WORD) : 0;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether some reading of {@code a} (itself or a leet reading) equals some reading of {@code b}. */
  private static boolean mayReadAlike(char a, char b) {
    if (a == b) {
      return true;
    }
    String la = leet(a);
    String lb = leet(b);
    if (la != null && la.indexOf(b) >= 0 || lb != null && lb.indexOf(a) >= 0) {
      return true;
    }
    if (la != null && lb != null) {
      for (int k = 0; k < la.length(); k++) {
        if (lb.indexOf(la.charAt(k)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Leet readings of a char, or null. */
  static String leet(char c) {
    switch (c) {
      case '0':
        return "o";
      case '1':
        return "il";
      case '3':
      case '€':
        return "e";
      case '4':
      case '@':
        return "a";
      case '5':
      case '$':
        return "s";
      case '6':
      case '9':
        return "g";
      case '7':
        return "t";
      case '8':
        return "b";
      case '!':
        return "i";
      default:
        return null;
    }
  }

  /** Rewrites {@code t} in place; {@code vocabulary} null means look-alikes only. */
  static void fold(CharSequence src, NormalizedText t, TextNormalizer.Vocabulary vocabulary) {
    Scratch s = t.scratch;
    if (s == null) {
      s = new Scratch();
      t.scratch = s;
    }
    s.src = src;
    s.text = t;
    s.vocabulary = vocabulary;
    s.prevScript = NONE;
    s.w = 0;
    char[] c = t.chars;
    int n = t.length;
    // Without look-alikes no word depends on its neighbours, so a quick scan can skip what
    // cannot need work; with them every word is read, for the script of the words around.
    boolean skip = vocabulary != null && !t.confusables;
    int r = 0;
    while (r < n) {
      if (skip) {
        int next = nextCandidate(c, r, n);
        s.skip(r, next);
        r = next;
        if (r == n) {
          break;
        }
      }
      r = word(s, r, n);
    }
    t.length = s.w;
    s.src = null;
    s.text = null;
    s.vocabulary = null;
  }

  /** Reads the word (or chain of parts) at {@code r}, or moves one non-word char; returns the next position. */
  private static int word(Scratch s, int r, int n) {
    char[] c = s.text.chars;
    if (!startsWord(c, r, n)) {
      s.move(r);
      return r + 1;
    }
    int e = scanWord(s, r, n);
    int f = s.features;
    boolean vocabulary = s.vocabulary != null;
    boolean chain = vocabulary && nextPart(c, r, e, n) >= 0;
    if (!chain && !needsWork(f, vocabulary)) {
      s.skip(r, e);
      s.prevScript = script(f, s.prevScript);
      return e;
    }
    int end = chain ? collectChain(s, r, e, n) : single(s, r, e);
    s.rewrite(r, end, n);
    return end;
  }

  /**
   * The first position at or after {@code from} where {@link #word} might change something, or
   * {@code n}: a tight loop over ASCII that only has to be conservative. A word is a candidate
   * when it mixes letters and digits, holds three equal chars, touches a symbol or a separator
   * that a word char follows, or is one char long with another single char a short gap after;
   * anything non-ASCII hands over to {@link #word} at once.
   */
  static int nextCandidate(char[] c, int from, int n) {
    byte[] quick = QUICK;
    int i = from;
    while (i < n) {
      int k = quick[c[i]];
      if ((k & WORD) == 0) {
        if ((k & (SYMBOL | LEAD_SYMBOL)) != 0 && (joins(c, i + 1, n) || singleFollows(c, i + 1, n))) {
          return i; // $ex, or a lone symbol in a run of split letters ($ e x)
        }
        i++;
        continue;
      }
      int start = i;
      int classes = 0;
      char p1 = 0;
      char p2 = 0;
      while (i < n) {
        char ch = c[i];
        k = quick[ch];
        if ((k & WORD) == 0) {
          break;
        }
        if (ch == p1 && ch == p2) {
          return start;
        }
        classes |= k;
        p2 = p1;
        p1 = ch;
        i++;
      }
      if ((classes & NON_ASCII) != 0 || (classes & (LETTER | DIGIT)) == (LETTER | DIGIT)) {
        return start;
      }
      if (i < n && (ASCII[c[i]] & (SYMBOL | LEAD_SYMBOL | SEPARATOR)) != 0 && joins(c, i + 1, n)) {
        return start; // g!rl, pass-port, 9.30
      }
      if (i - start == 1 && singleFollows(c, i, n)) {
        return start; // p a s s
      }
    }
    return n;
  }

  /** Whether {@code c[q]} may continue a word: a word char, a symbol, or anything non-ASCII. */
  private static boolean joins(char[] c, int q, int n) {
    return q < n && (c[q] >= 128 || (ASCII[c[q]] & (WORD | SYMBOL | LEAD_SYMBOL)) != 0);
  }

  /** Whether up to three spaces or separators from {@code q} lead to a char that may be a one-char part. */
  private static boolean singleFollows(char[] c, int q, int n) {
    int end = Math.min(n, q + 3);
    int p = q;
    while (p < end && c[p] < 128 && (c[p] == ' ' || (ASCII[c[p]] & SEPARATOR) != 0)) {
      p++;
    }
    return p > q && joins(c, p, n) && !(p + 1 < n && c[p + 1] < 128 && (ASCII[c[p + 1]] & WORD) != 0);
  }

  private static boolean needsWork(int f, boolean vocabulary) {
    if ((f & F_CONFUSABLE) != 0) {
      return true;
    }
    if (!vocabulary) {
      return false;
    }
    return (f & F_REPEAT) != 0 || (f & F_LATIN) != 0 && (f & (F_DIGIT | F_SYMBOL)) != 0;
  }

  private static int script(int f, int previous) {
    if ((f & F_LATIN) != 0) {
      return LATIN;
    }
    if ((f & F_OTHER) != 0) {
      return OTHER;
    }
    return (f & F_CONFUSABLE) != 0 ? AMBIGUOUS : previous;
  }

  /**
   * Whether a word starts at {@code p}: a word char, lead symbols directly before one, or a lone
   * symbol that is one of a run of split letters ({@code $ e x}, {@code p.@.s.s}).
   */
  private static boolean startsWord(char[] c, int p, int n) {
    int k = cls(c[p]);
    if ((k & WORD) != 0) {
      return true;
    }
    if ((k & (LEAD_SYMBOL | SYMBOL)) == 0) {
      return false;
    }
    if ((k & LEAD_SYMBOL) != 0 && symbolsThenWord(c, p, n)) {
      return true;
    }
    return (p == 0 || isGap(c[p - 1])) && single(c, p, n) && nextPart(c, p, p + 1, n) >= 0;
  }

  private static boolean isGap(char g) {
    return g == ' ' || (cls(g) & SEPARATOR) != 0;
  }

  /**
   * Whether {@code c[q]} is a one-char part: a word char or symbol that the word does not go on
   * after ({@code t!} ends with the {@code t}; {@code t$x} does not).
   */
  private static boolean single(char[] c, int q, int n) {
    if ((cls(c[q]) & (WORD | SYMBOL | LEAD_SYMBOL)) == 0) {
      return false;
    }
    if (q + 1 >= n) {
      return true;
    }
    int k = cls(c[q + 1]);
    return (k & WORD) == 0 && ((k & (SYMBOL | LEAD_SYMBOL)) == 0 || !symbolsThenWord(c, q + 1, n));
  }

  /**
   * The end of the word starting at {@code p}: word chars, with symbols kept only where a word
   * char follows them ({@code g!rl} is one word, {@code girl!} is {@code girl} and a {@code !}).
   * Leaves the word's features in {@code s.features}.
   */
  private static int scanWord(Scratch s, int p, int n) {
    NormalizedText t = s.text;
    char[] c = t.chars;
    byte[] folds = t.folds;
    boolean confusables = t.confusables;
    int f = 0;
    char p1 = 0;
    char p2 = 0;
    int q = p;
    while (q < n) {
      char ch = c[q];
      int k = cls(ch);
      if ((k & WORD) == 0) {
        if ((k & (SYMBOL | LEAD_SYMBOL)) == 0 || !symbolsThenWord(c, q, n) && q > p) {
          break; // a symbol ends the word unless a word char follows, or it is a lone one
        }
        f |= F_SYMBOL;
      } else if ((k & DIGIT) != 0) {
        f |= F_DIGIT;
      } else if (ch < 128) {
        f |= F_LATIN;
        if (ch == p1 && ch == p2) {
          f |= F_REPEAT;
        }
      } else if (confusables && (folds[q] & Folds.CONFUSABLE) != 0) {
        f |= F_CONFUSABLE;
      } else if ((k & LETTER) != 0) {
        f |= F_OTHER;
      }
      p2 = p1;
      p1 = ch;
      q++;
    }
    s.features = f;
    return q;
  }

  private static boolean symbolsThenWord(char[] c, int q, int n) {
    int limit = Math.min(n, q + MAX_SYMBOLS);
    while (q < limit && (cls(c[q]) & (SYMBOL | LEAD_SYMBOL)) != 0) {
      q++;
    }
    return q < n && (cls(c[q]) & WORD) != 0;
  }

  /**
   * Where the part after {@code [ps, pe)} starts when the gap between may split one word, or -1:
   * one separator char between any parts, or up to three spaces and separators between two
   * single chars.
   */
  private static int nextPart(char[] c, int ps, int pe, int n) {
    int q = pe;
    boolean space = false;
    while (q < n && q - pe < 3) {
      char g = c[q];
      if (g == ' ') {
        space = true;
      } else if ((cls(g) & SEPARATOR) == 0) {
        break;
      }
      q++;
    }
    if (q == pe || q >= n) {
      return -1;
    }
    if (elided(c, q, n)) {
      return -1; // d'a l l e r: the clitic belongs to the word after its apostrophe, not to the letters before
    }
    boolean singles = pe - ps == 1 && single(c, q, n);
    if (singles && q - pe <= 3) {
      return q;
    }
    int k = cls(c[q]);
    boolean word = (k & WORD) != 0 || (k & LEAD_SYMBOL) != 0 && symbolsThenWord(c, q, n);
    return !space && q - pe == 1 && word ? q : -1;
  }

  /** Whether {@code c[q]} is a one-letter clitic elided before an apostrophe and a word ({@code d'}, {@code l'}). */
  private static boolean elided(char[] c, int q, int n) {
    return q + 2 < n && c[q + 1] == '\'' && (cls(c[q]) & LETTER) != 0 && (cls(c[q + 2]) & WORD) != 0;
  }

  private static int single(Scratch s, int r, int e) {
    s.parts = 1;
    s.partStart[0] = 0;
    s.partEnd[0] = e - r;
    s.partFeatures[0] = s.features;
    return e;
  }

  /** Collects the parts of a chain starting with word {@code [r, e)}; returns its end. */
  private static int collectChain(Scratch s, int r, int e, int n) {
    char[] c = s.text.chars;
    int k = 0;
    int ps = r;
    int pe = e;
    s.partStart[0] = 0;
    s.partEnd[0] = e - r;
    s.partFeatures[0] = s.features;
    while (k + 1 < MAX_PARTS) {
      int q = nextPart(c, ps, pe, n);
      if (q < 0) {
        break;
      }
      ps = q;
      pe = scanWord(s, q, n);
      k++;
      s.partStart[k] = ps - r;
      s.partEnd[k] = pe - r;
      s.partFeatures[k] = s.features;
    }
    s.parts = k + 1;
    return pe;
  }

  /** Per-text working buffers, kept by the {@link NormalizedText} so a thread reuses them. */
  static final class Scratch {
    CharSequence src;
    NormalizedText text;
    TextNormalizer.Vocabulary vocabulary;
    int w;
    int features;
    int prevScript;
    int parts;
    int segments;
    boolean longWord;
    int minWord = MIN_WORD;
    final int[] segmentEnd = new int[MAX_PARTS];
    final int[] partStart = new int[MAX_PARTS];
    final int[] partEnd = new int[MAX_PARTS];
    final int[] partFeatures = new int[MAX_PARTS];
    final int[] partOffset = new int[MAX_PARTS + 1];

    // The region being rewritten, copied out so the result can be written over it.
    char[] rc = new char[64];
    int[] rs = new int[64];
    int[] re = new int[64];
    byte[] rf = new byte[64];
    int regionStart;

    // A candidate word: its chars, the region index of each, and fold bits added here.
    char[] cc = new char[64];
    int[] ci = new int[64];
    int[] cb = new int[64];
    int m;
    boolean joined;

    // A reading of the candidate: chars, the candidate range [from, to) each covers, fold bits.
    char[] dc = new char[64];
    int[] dbits = new int[64];
    char[] oc = new char[64];
    int[] oFrom = new int[64];
    int[] oTo = new int[64];
    int[] ob = new int[64];
    int ol;
    final int[] leetAt = new int[64];
    final int[] runAt = new int[MAX_RUNS];
    final int[] runLength = new int[MAX_RUNS];

    /** Moves text {@code [r, end)} to the write position. */
    void skip(int r, int end) {
      NormalizedText t = text;
      int len = end - r;
      if (w != r && len > 0) {
        System.arraycopy(t.chars, r, t.chars, w, len);
        System.arraycopy(t.srcStart, r, t.srcStart, w, len);
        System.arraycopy(t.srcEnd, r, t.srcEnd, w, len);
        if (w < t.foldedTo) {
          // indices at or above foldedTo hold 0, so copying keeps that true
          System.arraycopy(t.folds, r, t.folds, w, len);
        }
      }
      w += len;
    }

    /** Moves char {@code r} of the text to the write position. */
    void move(int r) {
      NormalizedText t = text;
      if (w != r) {
        t.chars[w] = t.chars[r];
        t.srcStart[w] = t.srcStart[r];
        t.srcEnd[w] = t.srcEnd[r];
        t.setFolds(w, r < t.foldedTo ? t.folds[r] : 0);
      }
      w++;
    }

    private void put(char ch, int start, int end, int bits) {
      NormalizedText t = text;
      t.chars[w] = ch;
      t.srcStart[w] = start;
      t.srcEnd[w] = end;
      t.setFolds(w, bits & Folds.ALL);
      w++;
    }

    /** Rewrites text {@code [r, end)}, whose parts are in {@link #partStart}/{@link #partEnd}. */
    void rewrite(int r, int end, int n) {
      copyRegion(r, end);
      partOffset[0] = 0;
      for (int k = 0; k < parts; k++) {
        partOffset[k + 1] = partOffset[k] + partEnd[k] - partStart[k];
      }
      if (parts > 2 && vocabulary != null && segment() && segmentsRead(n)) {
        rewriteSegments(n);
        return;
      }
      if (parts == 2 && vocabulary != null && partEnd[0] - partStart[0] == 1 && partEnd[1] - partStart[1] == 1
          && beforeElision(end, n)) {
        // O n  m'avait, d e  l'heure: two letters spaced like the elided word after them are a
        // short word of the phrase, not initials.
        candidate(0, 2);
        joined = true;
        if (resolve(n, 2)) {
          emit();
          return;
        }
      }
      rewriteParts(0, parts, n);
    }

    /** Whether a word gap (spaces) and then an elided clitic ({@code m'}, {@code l'}) follow text position {@code end}. */
    private boolean beforeElision(int end, int n) {
      char[] c = text.chars;
      int q = end;
      while (q < n && q - end < 3 && c[q] == ' ') {
        q++;
      }
      return q > end && elided(c, q, n);
    }

    /**
     * Finds the words of a chain of single chars by its gaps: the most common gap ({@code " "} in
     * {@code n e w  i n  t o w n}, {@code "."} in {@code j.u.s.t a.r.r.i.v.e.d}) splits letters,
     * any other gap (wider, or another separator) splits words. Leaves segment ends (part
     * indices) in {@link #segmentEnd}; returns whether the chain is one of single chars.
     */
    private boolean segment() {
      for (int k = 0; k < parts; k++) {
        if (partEnd[k] - partStart[k] != 1) {
          return false;
        }
      }
      segments = 0;
      int minor = -1;
      int minorCount = 0;
      for (int g = 0; g + 1 < parts; g++) {
        int count = 0;
        for (int h = 0; h + 1 < parts; h++) {
          if (sameGap(g, h)) {
            count++;
          }
        }
        if (count > minorCount || count == minorCount && gapLength(g) < gapLength(minor)) {
          minor = g;
          minorCount = count;
        }
      }
      for (int g = 0; g + 1 < parts; g++) {
        if (!sameGap(g, minor)) {
          segmentEnd[segments++] = g + 1; // another gap, wider or another separator: a word boundary
        }
      }
      segmentEnd[segments++] = parts;
      // Runs of one-letter segments spell one word (f e e after r_e_c_r_u_i_t: one letter per gap
      // of its own), while one alone is a word of one letter (p a i e  à  l a  f i n).
      int kept = 0;
      for (int k = 0; k < segments; k++) {
        int from = k == 0 ? 0 : segmentEnd[k - 1];
        boolean single = segmentEnd[k] - from == 1;
        boolean nextSingle = k + 1 < segments && segmentEnd[k + 1] - segmentEnd[k] == 1;
        if (single && nextSingle) {
          continue; // merged into the next
        }
        segmentEnd[kept++] = segmentEnd[k];
      }
      segments = kept;
      return true;
    }

    private boolean hasSeparator(int g) {
      for (int x = partEnd[g]; x < partStart[g + 1]; x++) {
        if (rc[x] != ' ') {
          return true;
        }
      }
      return false;
    }

    /** Gap {@code g} lies between parts g and g + 1. */
    private int gapLength(int g) {
      return partStart[g + 1] - partEnd[g];
    }

    private boolean sameGap(int g, int h) {
      int len = gapLength(g);
      if (len != gapLength(h)) {
        return false;
      }
      for (int x = 0; x < len; x++) {
        if (rc[partEnd[g] + x] != rc[partEnd[h] + x]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Writes a segmented chain: each segment that reads as a vocabulary word is joined (a
     * two-letter one, {@code i n}, only when a longer segment of the chain is a word too: the
     * text is then a spaced-out phrase, not initials); the others are read part by part as
     * before. A gap between two joined words becomes spaces, so a separator there ends no clause.
     */
    /**
     * Whether every segment of three letters or more reads as a word (or as one or two stray
     * letters and a word), and one does: then the gaps told the words apart. Otherwise they did
     * not ({@code r e c r u i t m e n t f*e*e}: the word gap is the common one), and the chain
     * is read as before, longest word first from the left.
     */
    private boolean segmentsRead(int n) {
      longWord = false;
      int lastFrom = segments == 1 ? 0 : segmentEnd[segments - 2];
      char lastChar = src.charAt(rs[partStart[parts - 1]]);
      if (parts - lastFrom > MIN_WORD && (lastChar == 'à' || lastChar == 'À') && segments < MAX_PARTS) {
        // The French word à after a spaced word (d é p l a c e à votre): a word of its own when
        // the letters before it read as a word without it.
        candidate(lastFrom, parts - 1);
        joined = true;
        if (resolve(n, MIN_WORD)) {
          segmentEnd[segments - 1] = parts - 1;
          segmentEnd[segments++] = parts;
        }
      }
      for (int k = 0, from = 0; k < segments; from = segmentEnd[k++]) {
        int to = segmentEnd[k];
        if (to - from < MIN_WORD) {
          continue;
        }
        candidate(from, to);
        joined = true;
        boolean read = resolve(n, MIN_WORD);
        for (int drop = 1; !read && drop <= 2 && to - from - drop >= MIN_WORD; drop++) {
          candidate(from + drop, to);
          read = resolve(n, MIN_WORD);
        }
        if (!read) {
          return false;
        }
        longWord = true;
      }
      return longWord;
    }

    private void rewriteSegments(int n) {
      boolean previousJoined = false;
      for (int k = 0, from = 0; k < segments; from = segmentEnd[k++]) {
        int to = segmentEnd[k];
        if (k > 0) {
          boolean spaces = previousJoined && to - from > 1;
          for (int x = partEnd[from - 1]; x < partStart[from]; x++) {
            put(spaces ? ' ' : rc[x], rs[x], re[x], rf[x]);
          }
        }
        int len = to - from;
        boolean whole = false;
        if (len >= MIN_WORD || len == 2 && longWord) {
          candidate(from, to);
          joined = true;
          whole = resolve(n, len == 2 ? 2 : MIN_WORD);
        }
        if (whole) {
          emit();
        } else {
          whole = strayThenWord(from, to, n);
          if (!whole) {
            rewriteParts(from, to, n);
          }
        }
        previousJoined = whole;
      }
    }

    /**
     * A segment that is one or two single-letter words and then a word ({@code a m i d d l e}:
     * "a" and "middle", not "ami" and four letters): writes the letters as they are and the word
     * joined; returns false, writing nothing, when the segment is not that.
     */
    private boolean strayThenWord(int from, int to, int n) {
      for (int drop = 1; drop <= 2 && to - from - drop >= MIN_WORD; drop++) {
        candidate(from + drop, to);
        joined = true;
        if (resolve(n, MIN_WORD)) {
          for (int k = from; k < from + drop; k++) {
            for (int x = partStart[k]; x < partStart[k + 1]; x++) {
              put(rc[x], rs[x], re[x], rf[x]); // the stray letter and the gap after it
            }
          }
          emit();
          return true;
        }
      }
      return false;
    }

    /** Rewrites parts {@code [from, to)} of the region, joining where the vocabulary says. */
    private void rewriteParts(int from, int to, int n) {
      int i = from;
      while (i < to) {
        int j = to - from > 1 && vocabulary != null ? join(i, to, n) : -1;
        if (j < 0 && !needsWork(partFeatures[i], vocabulary != null)) {
          for (int x = partStart[i]; x < partEnd[i]; x++) {
            put(rc[x], rs[x], re[x], rf[x]); // a plain part of a chain that did not join
          }
          prevScript = script(partFeatures[i], prevScript);
          j = i + 1;
        } else if (j < 0) {
          candidate(i, i + 1);
          joined = false;
          if (!resolve(n, MIN_WORD) && m <= PhraseReadings.MAX_SHORT && (partFeatures[i] & (F_DIGIT | F_SYMBOL)) != 0) {
            text.readings = true; // a short leet word only a phrase can confirm (n0, 1n, 0ff)
          }
          emit();
          j = i + 1;
        }
        if (j < to) {
          for (int x = partEnd[j - 1]; x < partStart[j]; x++) {
            put(rc[x], rs[x], re[x], rf[x]); // the gap stays as it was
          }
        }
        i = j;
      }
    }

    private void copyRegion(int r, int end) {
      int len = end - r;
      if (rc.length < len) {
        int cap = Math.max(len, rc.length * 2);
        rc = new char[cap];
        rs = new int[cap];
        re = new int[cap];
        rf = new byte[cap];
      }
      NormalizedText t = text;
      System.arraycopy(t.chars, r, rc, 0, len);
      System.arraycopy(t.srcStart, r, rs, 0, len);
      System.arraycopy(t.srcEnd, r, re, 0, len);
      int folded = Math.max(0, Math.min(end, t.foldedTo) - r);
      System.arraycopy(t.folds, r, rf, 0, folded);
      Arrays.fill(rf, folded, len, (byte) 0);
      regionStart = r;
    }

    /** Tries to join parts {@code [i, j)} for the largest j; emits the join and returns j, or -1. */
    private int join(int i, int to, int n) {
      int max = 2 * vocabulary.maxLength() + 4; // room for squeezed runs
      for (int j = Math.min(to, i + MAX_JOIN); j >= i + 2; j--) {
        int len = partOffset[j] - partOffset[i];
        if (len < MIN_WORD || len > max) {
          continue;
        }
        candidate(i, j);
        joined = true;
        if (resolve(n, MIN_WORD)) {
          emit();
          return j;
        }
      }
      return -1;
    }

    /** Loads parts {@code [i, j)}, without the gaps, as the candidate word. */
    private void candidate(int i, int j) {
      int len = partOffset[j] - partOffset[i];
      if (cc.length < len) {
        int cap = Math.max(len, cc.length * 2);
        cc = new char[cap];
        ci = new int[cap];
        cb = new int[cap];
        dc = new char[cap];
        dbits = new int[cap];
        oc = new char[cap];
        oFrom = new int[cap];
        oTo = new int[cap];
        ob = new int[cap];
      }
      int x = 0;
      for (int k = i; k < j; k++) {
        for (int p = partStart[k]; p < partEnd[k]; p++) {
          cc[x] = rc[p];
          ci[x] = p;
          cb[x] = 0;
          x++;
        }
      }
      m = x;
    }

    /**
     * Reads the candidate: look-alikes first, then (with a vocabulary) the candidate as is, then
     * its leet and squeezed readings. Leaves the reading in {@code oc/oFrom/oTo/ob}. Returns
     * whether it is a vocabulary word; a single word is written even when it is not.
     */
    private boolean resolve(int n, int minWord) {
      this.minWord = minWord;
      lookalikes(n);
      identity();
      if (vocabulary == null) {
        return false;
      }
      int letters = 0;
      for (int x = 0; x < m; x++) {
        if (isAsciiLetter(cc[x])) {
          letters++;
        }
      }
      if (letters == 0) {
        return false;
      }
      if (m >= minWord && m <= vocabulary.maxLength() && vocabulary.contains(cc, 0, m)) {
        return true;
      }
      // Squeezing runs shortens a word, but a disguise four times the longest word is no word.
      return m <= 4 * vocabulary.maxLength() && readings();
    }

    private void identity() {
      for (int x = 0; x < m; x++) {
        oc[x] = cc[x];
        oFrom[x] = x;
        oTo[x] = x + 1;
        ob[x] = 0;
      }
      ol = m;
    }

    /** Reads Cyrillic and Greek look-alikes as Latin letters where the word is a disguise. */
    private void lookalikes(int n) {
      int latin = 0;
      int confusable = 0;
      int other = 0;
      boolean cyrillicOrGreek = true;
      for (int x = 0; x < m; x++) {
        char ch = cc[x];
        if (isAsciiLetter(ch)) {
          latin++;
        } else if ((rf[ci[x]] & Folds.CONFUSABLE) != 0) {
          confusable++;
          cyrillicOrGreek &= Homoglyphs.cyrillicOrGreek(ch);
        } else if (Character.isLetter(ch)) {
          other++;
        }
      }
      if (confusable == 0) {
        return;
      }
      if (latin == 0 && (other > 0 || !cyrillicOrGreek || !latinNeighbours(n))) {
        return;
      }
      for (int x = 0; x < m; x++) {
        if ((rf[ci[x]] & Folds.CONFUSABLE) != 0) {
          cc[x] = Folding.lookalike(Character.codePointAt(src, rs[ci[x]]), cc[x]);
          cb[x] |= Folds.HOMOGLYPH;
        }
      }
    }

    /** Whether the words before and after the candidate make it Latin text: one Latin, none other. */
    private boolean latinNeighbours(int n) {
      int next = nextScript(regionStart + ci[m - 1] + 1, n);
      if (prevScript == OTHER || next == OTHER) {
        return false;
      }
      return prevScript == LATIN || next == LATIN;
    }

    /** The script of the next word at or after text position {@code p} (still unwritten). */
    private int nextScript(int p, int n) {
      char[] c = text.chars;
      int limit = Math.min(n, p + 64);
      while (p < limit && !Character.isLetter(c[p])) {
        p++;
      }
      int f = 0;
      while (p < n && (cls(c[p]) & WORD) != 0) {
        char ch = c[p];
        if (isAsciiLetter(ch)) {
          return LATIN;
        }
        if (p < text.foldedTo && (text.folds[p] & Folds.CONFUSABLE) != 0) {
          f |= F_CONFUSABLE;
        } else if (Character.isLetter(ch)) {
          f |= F_OTHER;
        }
        p++;
      }
      return script(f, NONE);
    }

    /**
     * Tries every leet reading combined with every squeeze of runs of equal letters, at most
     * {@value #MAX_PROBES} of them, against the vocabulary.
     */
    private boolean readings() {
      // Readings keep the length and squeezing removes only chars that may read as the one
      // before them: when even removing all of those leaves a word longer than the vocabulary's
      // longest (a hash, a CSS run), no probe can hit.
      int shortest = m;
      for (int x = 1; x < m; x++) {
        if (mayReadAlike(cc[x - 1], cc[x])) {
          shortest--;
        }
      }
      if (shortest > vocabulary.maxLength()) {
        return false;
      }
      int leets = 0;
      if (!isQuantity()) {
        for (int x = 0; x < m && leets < leetAt.length; x++) {
          if (leet(cc[x]) != null) {
            leetAt[leets++] = x;
          }
        }
      }
      int combos = 1;
      for (int k = 0; k < leets && combos < MAX_PROBES; k++) {
        combos *= leet(cc[leetAt[k]]).length();
      }
      int probes = 0;
      for (int combo = 0; combo < combos && probes < MAX_PROBES; combo++) {
        decode(combo, leets);
        int runs = runs();
        if (leets == 0 && runs == 0) {
          return false; // the candidate as is was already tried
        }
        for (int squeeze = 0; squeeze < (1 << runs) && probes < MAX_PROBES; squeeze++) {
          squeeze(squeeze, runs);
          probes++;
          if (ol >= minWord && ol <= vocabulary.maxLength() && vocabulary.contains(oc, 0, ol)) {
            return true;
          }
        }
      }
      identity();
      return false;
    }

    /**
     * A number with a short unit ({@code 5am}, {@code 18yo}, {@code 3rd}, {@code €50k}): a
     * quantity, never leetspeak, though {@code 5am} reads as a word. (Letters then digits, {@code
     * v2}, {@code mp3}, are left to the vocabulary: they rarely read as a pack word, and {@code
     * f33} for {@code fee} does.)
     */
    private boolean isQuantity() {
      int x = 0;
      while (x < m && (cc[x] == '$' || cc[x] == '€')) {
        x++;
      }
      int d = x;
      while (x < m && isDigit(cc[x])) {
        x++;
      }
      if (x == d) {
        return false;
      }
      int l = x;
      while (x < m && isAsciiLetter(cc[x])) {
        x++;
      }
      return x == m && x - l <= 2;
    }

    /** Reading number {@code combo} of the leet chars (mixed radix over their readings). */
    private void decode(int combo, int leets) {
      for (int x = 0; x < m; x++) {
        dc[x] = cc[x];
        dbits[x] = 0;
      }
      for (int k = 0; k < leets; k++) {
        int x = leetAt[k];
        String options = leet(cc[x]);
        dc[x] = options.charAt(combo % options.length());
        dbits[x] = Folds.LEET;
        combo /= options.length();
      }
    }

    /** Finds runs of 3+ equal letters in the decoded chars; returns how many (at most MAX_RUNS). */
    private int runs() {
      int runs = 0;
      for (int x = 0; x < m && runs < MAX_RUNS; ) {
        int y = x + 1;
        while (y < m && dc[y] == dc[x]) {
          y++;
        }
        if (y - x >= 3 && isAsciiLetter(dc[x])) {
          runAt[runs] = x;
          runLength[runs] = y - x;
          runs++;
        }
        x = y;
      }
      return runs;
    }

    /** Writes the decoded chars with each run squeezed to two (bit clear) or one (bit set). */
    private void squeeze(int mask, int runs) {
      int o = 0;
      int run = 0;
      for (int x = 0; x < m; ) {
        if (run < runs && runAt[run] == x) {
          int end = x + runLength[run];
          boolean one = (mask & (1 << run)) != 0;
          int bits = Folds.REPEAT | orBits(x, end);
          if (one) {
            set(o++, dc[x], x, end, bits);
          } else {
            set(o++, dc[x], x, x + 1, bits);
            set(o++, dc[x], x + 1, end, bits);
          }
          run++;
          x = end;
        } else {
          set(o++, dc[x], x, x + 1, dbits[x]);
          x++;
        }
      }
      ol = o;
    }

    private int orBits(int from, int to) {
      int bits = 0;
      for (int x = from; x < to; x++) {
        bits |= dbits[x];
      }
      return bits;
    }

    private void set(int o, char ch, int from, int to, int bits) {
      oc[o] = ch;
      oFrom[o] = from;
      oTo[o] = to;
      ob[o] = bits;
    }

    /** Writes the reading over the text, each char mapped to the original chars it covers. */
    private void emit() {
      int added = joined ? Folds.SPLIT : 0;
      for (int o = 0; o < ol; o++) {
        int from = oFrom[o];
        int to = oTo[o];
        int bits = ob[o] | added;
        for (int x = from; x < to; x++) {
          bits |= rf[ci[x]] | cb[x];
        }
        if ((bits & Folds.HOMOGLYPH) != 0 && isAsciiLetter(oc[o])) {
          bits &= ~Folds.CONFUSABLE;
        }
        put(oc[o], rs[ci[from]], re[ci[to - 1]], bits);
      }
      prevScript = writtenScript(ol);
    }

    private int writtenScript(int count) {
      int f = 0;
      for (int o = 0; o < count; o++) {
        char ch = oc[o];
        if (isAsciiLetter(ch)) {
          f |= F_LATIN;
        } else if ((rf[ci[oFrom[o]]] & Folds.CONFUSABLE) != 0) {
          f |= F_CONFUSABLE;
        } else if (Character.isLetter(ch)) {
          f |= F_OTHER;
        }
      }
      return script(f, prevScript);
    }
  }
}
