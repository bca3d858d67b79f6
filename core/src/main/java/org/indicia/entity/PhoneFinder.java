package org.indicia.entity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds phone numbers, plain and obscured.
 *
 * <p>Plain numbers are libphonenumber's {@code findNumbers} at {@code STRICT_GROUPING}: the digits
 * must make a valid number for a region and be grouped the way numbers are written there, which
 * keeps order numbers and dates out. Obscured numbers are read from a digit stream built over
 * the original text: digits of any script, keycap emoji, spelled-out digits (English one by one,
 * French in pairs), the letters O, l and I beside digits, with short runs of any separators
 * (also line breaks) between groups. A window of groups is a phone when libphonenumber finds its
 * digits valid, and it is reported only if something disguised it (otherwise a plain number
 * would have been found, and an unfound plain-looking one is more often a reference number).
 */
final class PhoneFinder {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** Regions tried when the caller knows none: the two this project's packs are written for. */
  static final List<String> FALLBACK = List.of("US", "FR");
  private static final int MIN_DIGITS = 8;
  private static final int MAX_DIGITS = 15;
  /** Most separator characters between two groups of an obscured number (a space run counts 1). */
  private static final int MAX_GAP = 4;
  /** Chars of a segment whose numbers one libphonenumber window reports; see {@link #plainIn}. */
  private static final int TILE = 256;
  private static final int BEFORE = 32;
  private static final int AFTER = 96;
  private static final int CUT = 24;
  /**
   * Fewer digits than any number libphonenumber finds valid, written with '+' (any country) or
   * in the national form of a region of {@link #SHORTEST_CHECKED}: the shortest are six digits
   * with '+' ({@code +43 1110}), seven in the United States, eight in France (a test checks every
   * shorter digit string).
   */
  static final int MIN_NUMBER_DIGITS = 6;
  /** The regions whose shortest national numbers {@link #MIN_NUMBER_DIGITS} was checked for. */
  static final Set<String> SHORTEST_CHECKED = Set.of("US", "FR");
  /**
   * Chars libphonenumber's matcher lets stand between the digits of one candidate: its valid
   * punctuation ({@code PhoneNumberUtil.VALID_PUNCTUATION}, read case-insensitively, so 'X' too)
   * and plus signs.
   */
  private static final String JOINERS = "-x\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF0D\uFF0E\uFF0F"
      + " \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D.[]/~\u2053\u223C\uFF5EX+\uFF0B";
  /** Extension labels of libphonenumber's matcher (explicit and ambiguous), compared case-insensitively. */
  private static final String[] EXTENSION_LABELS = {"xt", "anexo", "int", "\uFF58\uFF54", "\uFF49\uFF4E\uFF54",
      "\u0434\u043E\u0431"};
  /** Most digit strings whose validity one text remembers (see {@link #windows}). */
  private static final int MAX_VALIDATED = 4096;

  private static final int SPELLED = 1;
  private static final int LETTERS = 2;
  private static final int EMOJI = 4;
  private static final int ODD_SEPARATOR = 8;
  private static final int LINE_BREAK = 16;

  private PhoneFinder() {}

  /** A phone found, before it becomes an entity. */
  record Found(int start, int end, String value, boolean obscured) {}

  /** A group of digits written without separators, e.g. {@code 5five5} or {@code trente-quatre}. */
  private static final class Chunk {
    final StringBuilder digits = new StringBuilder();
    int start;
    int end;
    int flags;
    /** Flags of the gap before this chunk, and whether it ended in '+' or '('. */
    int gapFlags;
    char gapLast;
  }

  /**
   * What the obscured search reads of one text, computed once and shared by {@link #mayHoldObscured}
   * and {@link #find}: the digit runs (a pass over every char) and the digit strings validated so
   * far for one list of regions. Thread-safe: the runs are never changed after construction, and
   * two threads validating the same string store equal values.
   */
  static final class Scan {
    private final List<List<Chunk>> runs;
    private final List<String> regions;
    private final Map<String, String> validated = new ConcurrentHashMap<>();
    /**
     * Where a phone {@link #find} finds can lie, as {@code [start, end)} stretches: the digit
     * segments the plain search reads and the runs with enough digits for the obscured search.
     */
    private volatile List<int[]> reach; // made on first use: most texts never ask
    /** {@link #digitSegments} of the text, made on first use. */
    private volatile List<int[]> segments;
    private final String text;
    private final int end;

    private Scan(String text, int end, List<String> regions) {
      this.runs = runs(text, end);
      this.regions = List.copyOf(regions);
      this.text = text;
      this.end = end;
    }

    private List<int[]> segments() {
      List<int[]> s = segments;
      if (s == null) {
        s = digitSegments(text, end);
        segments = s;
      }
      return s;
    }

    /**
     * False when {@link #find} surely finds no phone: no run holds enough digits for an obscured
     * one, and every digit segment is one the plain search passes over ({@link #insideWord}).
     */
    boolean mayHoldPhone() {
      if (!runs.isEmpty()) {
        return true;
      }
      for (int[] seg : segments()) {
        if (plainMayFind(text, seg, regions)) {
          return true;
        }
      }
      return false;
    }

    private List<int[]> reach() {
      List<int[]> r = reach;
      if (r == null) {
        r = new ArrayList<>(segments());
        for (List<Chunk> run : runs) { // closeRun kept only the runs with enough digits for a phone
          r.add(new int[] {Math.max(0, run.get(0).start - 1), run.get(run.size() - 1).end}); // '+' or '(' before
        }
        reach = r;
      }
      return r;
    }

    /**
     * Whether a phone {@link #find} finds could overlap {@code [start, end)}: every plain number lies
     * inside a digit segment, every obscured one inside a run with enough digits.
     */
    boolean mayMeet(int start, int end) {
      for (int[] r : reach()) {
        if (start < r[1] && r[0] < end) {
          return true;
        }
      }
      return false;
    }

    /** The validation cache for {@code regions}: this scan's, or a new one for other regions. */
    private Map<String, String> validated(List<String> regions) {
      return this.regions.equals(regions) ? validated : new HashMap<>();
    }
  }

  /** Reads {@code text[0, end)} for the obscured search, validating numbers in {@code regions}. */
  static Scan scan(String text, int end, List<String> regions) {
    return new Scan(text, end, regions);
  }

  /** The phone numbers of {@code text[0, end)}; {@code scan} is {@link #scan} of the same text. */
  static List<Found> find(String text, int end, List<String> regions, Scan scan) {
    SpanUnion taken = new SpanUnion();
    List<Found> out = plain(text, scan.segments(), regions, taken);
    Map<String, String> validated = scan.validated(regions);
    for (List<Chunk> run : scan.runs) {
      windows(text, run, regions, validated, taken, out);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * False when {@link #find} surely finds no obscured number: the obscured search alone, without
   * the plain numbers its finds must not overlap, finds none either. Its candidates never overlap
   * one another, so leaving out the plain numbers only adds finds.
   */
  static boolean mayHoldObscured(String text, List<String> regions, Scan scan) {
    List<Found> found = new ArrayList<>();
    Map<String, String> validated = scan.validated(regions);
    for (List<Chunk> run : scan.runs) {
      if (!mayDisguise(run)) {
        continue; // no window of it can be disguised: its numbers, valid or not, are not obscured
      }
      windows(text, run, regions, validated, new SpanUnion(), found);
      for (Found f : found) {
        if (f.obscured()) {
          return true;
        }
      }
      found.clear();
    }
    return false;
  }

  // ---- plain numbers ----

  private static List<Found> plain(String text, List<int[]> segments, List<String> regions, SpanUnion taken) {
    List<Found> out = new ArrayList<>();
    for (int[] seg : segments) {
      if (!plainMayFind(text, seg, regions)) {
        continue;
      }
      int before = out.size();
      for (String region : tryRegions(regions)) {
        if (out.size() > before && !regions.contains(region)) {
          break; // the caller's regions read this stretch: fallback regions would only re-read it
        }
        for (int from = seg[0]; from < seg[1]; from += TILE) {
          plainIn(text, seg, from, region, regions, taken, out);
        }
      }
    }
    return out;
  }

  /**
   * The numbers libphonenumber finds in one window of a segment that start in the tile {@code
   * [from, from + TILE)}. Its matcher costs more than linear time on long digit-dense text ("1 1
   * 1 ..."), so a segment is read in windows of at most {@code TILE} plus margins: {@link
   * #BEFORE} chars of context before the tile, {@link #AFTER} after it. A segment no longer than a
   * tile is one window, the whole segment, as before. A match whose end lies within {@link #CUT}
   * chars of a window's cut may be a longer number cut short and is not kept.
   */
  private static void plainIn(String text, int[] seg, int from, String region, List<String> regions,
      SpanUnion taken, List<Found> out) {
    int winStart = from == seg[0] ? from : Math.max(seg[0], from - BEFORE);
    int tileEnd = Math.min(seg[1], from + TILE);
    int winEnd = tileEnd == seg[1] ? seg[1] : Math.min(seg[1], tileEnd + AFTER);
    CharSequence in = text.subSequence(winStart, winEnd);
    for (PhoneNumberMatch m : UTIL.findNumbers(in, region, PhoneNumberUtil.Leniency.STRICT_GROUPING, Long.MAX_VALUE)) {
      int start = winStart + m.start();
      int stop = winStart + m.end();
      if (start < from || start >= tileEnd || (winEnd < seg[1] && stop > winEnd - CUT)) {
        continue; // another window's, or perhaps cut short
      }
      if (taken.meets(start, stop) || dateLike(text, start, stop) || besideCurrency(text, start, stop)) {
        continue;
      }
      String raw = m.rawString();
      boolean known = raw.startsWith("+") || raw.startsWith("00") || regions.contains(region);
      String value = known ? UTIL.format(m.number(), PhoneNumberFormat.E164) : digitsOf(raw);
      out.add(new Found(start, stop, value, !raw.matches("[\\x00-\\x7F]*"))); // full-width digits
      taken.add(start, stop);
    }
  }

  /**
   * The stretches of text dense enough in digits to hold a number (at least {@link #MIN_DIGITS}
   * digits, none more than 8 chars from the next), with a few chars of context: libphonenumber's
   * matcher costs about a millisecond on a whole ad and is run on these only.
   */
  private static List<int[]> digitSegments(String text, int end) {
    List<int[]> out = new ArrayList<>();
    int first = -1;
    int last = -1;
    int count = 0;
    for (int i = 0; i <= end; i++) {
      boolean digit = i < end && Character.isDigit(text.charAt(i));
      if (digit && first >= 0 && i - last > 8) {
        flush(out, first, last, count, end);
        first = -1;
      }
      if (digit) {
        if (first < 0) {
          first = i;
          count = 0;
        }
        last = i;
        count++;
      }
    }
    if (first >= 0) {
      flush(out, first, last, count, end);
    }
    return out;
  }

  /**
   * False when {@code findNumbers} surely finds nothing in the digit segment {@code seg} for any
   * region {@link #plain} tries with {@code regions}: its digits lie inside a word, or (for the
   * checked regions) no candidate could hold enough digits for a valid number.
   */
  private static boolean plainMayFind(String text, int[] seg, List<String> regions) {
    return !insideWord(text, seg[0], seg[1])
        && !(SHORTEST_CHECKED.containsAll(regions) && tooFewDigits(text, seg[0], seg[1]));
  }

  /**
   * Whether no number libphonenumber's matcher could find in {@code [from, to)} has {@link
   * #MIN_NUMBER_DIGITS} digits: a candidate's digits are joined by {@link #JOINERS} only, so each
   * stretch of digits and joiners is counted apart; an 'x' counts as a digit (the parser reads
   * letters as keypad digits) and so does half a surrogate pair (a digit beyond the BMP). A text
   * where an extension could follow a number is never judged: the parser reads its label.
   */
  static boolean tooFewDigits(String text, int from, int to) {
    if (mayHoldExtension(text, from, to)) {
      return false;
    }
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c) || Character.isSurrogate(c) || c == 'x' || c == 'X') {
        if (++digits >= MIN_NUMBER_DIGITS) {
          return false;
        }
      } else if (JOINERS.indexOf(c) < 0) {
        digits = 0;
      }
    }
    return true;
  }

  /**
   * Whether an extension label of libphonenumber's matcher occurs in {@code [from, to)}: a word
   * label, or '#' with a digit right before it (a US extension "- 503#") or after it once its
   * separators are passed.
   */
  private static boolean mayHoldExtension(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '#' || c == '\uFF03') {
        if (i > from && Character.isDigit(text.charAt(i - 1))) {
          return true;
        }
        int k = i + 1;
        if (k < to && ":.\uFF0E".indexOf(text.charAt(k)) >= 0) {
          k++;
        }
        while (k < to && " \u00A0\t,-".indexOf(text.charAt(k)) >= 0) {
          k++;
        }
        if (k < to && Character.isDigit(text.charAt(k))) {
          return true;
        }
        continue;
      }
      for (String label : EXTENSION_LABELS) {
        if (text.regionMatches(true, i, label, 0, label.length()) && i + label.length() <= to) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code findNumbers} surely finds nothing in {@code [from, to)}: every digit there lies
   * in one word of ASCII letters and digits (a scrubbed-URL hash, a reference code), and each run
   * of digits has a letter that cannot be part of a number right before it or right after it.
   * At {@code STRICT_GROUPING} libphonenumber drops a candidate with a Latin letter on either side,
   * and a word has no separator an inner match could start at. Not such letters: x, which it reads
   * as a separator, and after a run the first letters of extension labels (ext, anexo, int).
   */
  static boolean insideWord(String text, int from, int to) {
    int first = from;
    while (first < to && !Character.isDigit(text.charAt(first))) {
      first++;
    }
    int last = to - 1;
    while (last >= first && !Character.isDigit(text.charAt(last))) {
      last--;
    }
    if (first > last) {
      return false;
    }
    int i = first;
    while (i <= last) {
      char c = text.charAt(i);
      if (!isAsciiDigit(c)) {
        if (!isAsciiLetter(c)) {
          return false;
        }
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd <= last && isAsciiDigit(text.charAt(runEnd))) {
        runEnd++;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = runEnd < text.length() ? text.charAt(runEnd) : ' ';
      boolean hardBefore = isAsciiLetter(before) && Character.toLowerCase(before) != 'x';
      boolean hardAfter = isAsciiLetter(after) && "aeix".indexOf(Character.toLowerCase(after)) < 0;
      if (runEnd - i > MAX_DIGITS || !(hardBefore || hardAfter)) {
        return false;
      }
      i = runEnd;
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static void flush(List<int[]> out, int first, int last, int count, int end) {
    if (count >= MIN_DIGITS) {
      out.add(new int[] {Math.max(0, first - 4), Math.min(end, last + 2)});
    }
  }

  private static List<String> tryRegions(List<String> regions) {
    List<String> all = new ArrayList<>(regions);
    for (String r : FALLBACK) {
      if (!all.contains(r)) {
        all.add(r);
      }
    }
    return all;
  }

  private static String digitsOf(String raw) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      int d = Character.digit(raw.charAt(i), 10);
      if (d >= 0) {
        sb.append((char) ('0' + d));
      }
    }
    return sb.toString();
  }

  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}");

  /**
   * Whether a currency sign begins or ends {@code [start, stop)}, right beside it or one space
   * away: "01164 81100 €" is a postcode and a price, not a number dialled through 011, as the
   * obscured search already reads a run a currency sign ends or begins.
   */
  private static boolean besideCurrency(String text, int start, int stop) {
    int after = stop < text.length() && Character.isSpaceChar(text.charAt(stop)) ? stop + 1 : stop;
    int before = start > 0 && Character.isSpaceChar(text.charAt(start - 1)) ? start - 2 : start - 1;
    return after < text.length() && Character.getType(text.codePointAt(after)) == Character.CURRENCY_SYMBOL
        || before >= 0 && Character.getType(text.codePointBefore(before + 1)) == Character.CURRENCY_SYMBOL;
  }

  /**
   * Whether {@code [start, end)} holds a date (01.01.1990) or continues a longer numeric
   * expression (a digit joined by '.', '/' or '-' just outside it).
   */
  private static boolean dateLike(String text, int start, int end) {
    if (DATE.matcher(text.substring(start, end)).find()) {
      return true;
    }
    boolean before = start >= 2 && "./-".indexOf(text.charAt(start - 1)) >= 0 && Character.isDigit(text.charAt(start - 2));
    boolean after = end + 1 < text.length() && "./-".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1));
    return before || after;
  }

  // ---- obscured numbers: the digit stream ----

  /** Splits the text into runs of digit chunks; a non-number word or a long gap ends a run. */
  private static List<List<Chunk>> runs(String text, int end) {
    List<List<Chunk>> runs = new ArrayList<>();
    List<Chunk> run = new ArrayList<>();
    Chunk current = null; // the chunk being extended (no separator since its last char)
    int gapLen = 0;
    int gapFlags = 0;
    char gapLast = 0;
    boolean inSpace = false;
    boolean amount = false; // the run begins right after a currency sign: its first number is a price
    int i = 0;
    while (i < end) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      int digit = digitValue(cp);
      if (digit >= 0 || cp == 0x1F51F) { // 🔟
        if (current == null) {
          current = startChunk(run, i, gapFlags, gapLast);
        }
        int j = i + n;
        int flags = cp > '9' ? EMOJI : 0;
        if (j < end && text.charAt(j) == '\uFE0F') {
          j++;
        }
        if (j < end && text.charAt(j) == '\u20E3') {
          j++;
          flags = EMOJI;
        }
        if (cp == 0x1F51F) {
          current.digits.append("10");
        } else {
          current.digits.append((char) ('0' + digit));
        }
        current.flags |= flags;
        current.end = j;
        i = j;
        gapLen = 0;
        gapFlags = 0;
        gapLast = 0;
        inSpace = false;
        continue;
      }
      if (cp < 128 ? isAsciiLetter((char) cp) : Character.isLetter(cp)) { // ASCII, most chars: no table lookup
        int j = wordEnd(text, i, end);
        boolean besideDigit = (current != null && current.end == i) || (j < end && digitValue(text.codePointAt(j)) >= 0);
        int en = -1;
        int fr = -1;
        boolean letters = besideDigit && lettersForDigits(text, i, j);
        if (!letters && NumberWords.mayBe(text, i, j)) {
          String lower = text.substring(i, j).toLowerCase(Locale.ROOT);
          en = NumberWords.english(lower);
          fr = en >= 0 ? -1 : NumberWords.french(lower);
        }
        if (letters) {
          if (current == null) {
            current = startChunk(run, i, gapFlags, gapLast);
          }
          current.digits.append(text.substring(i, j).replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1'));
          current.flags |= LETTERS;
          current.end = j;
          i = j;
        } else if (en >= 0 || fr >= 0) {
          int[] parsed = en >= 0 ? new int[] {en, j} : french(text, i, end);
          if (current == null || current.end != i) {
            current = startChunk(run, i, gapFlags, gapLast);
          }
          int v = parsed[0];
          current.digits.append(v); // French values from ten up are two digits, as "%02d" would write them
          current.flags |= SPELLED;
          current.end = parsed[1];
          i = parsed[1];
        } else {
          run = closeRun(runs, trimAmounts(text, run, amount, false));
          amount = false;
          current = null;
          i = j;
        }
        gapLen = 0;
        gapFlags = 0;
        gapLast = 0;
        inSpace = false;
        continue;
      }
      // a separator
      current = null;
      boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
      if (breaks(cp)) {
        boolean currency = Character.getType(cp) == Character.CURRENCY_SYMBOL;
        // "10 000 €" and "$20,120 ...": digits a currency sign ends or begins are an amount
        boolean suffix = currency && !run.isEmpty() && i - run.get(run.size() - 1).end <= 1;
        run = closeRun(runs, trimAmounts(text, run, amount, suffix));
        amount = currency && !suffix && i + n < end && (digitValue(text.codePointAt(i + n)) >= 0
            || i + n + 1 < end && text.charAt(i + n) == ' ' && digitValue(text.codePointAt(i + n + 1)) >= 0);
        gapLen = 0;
        gapFlags = 0;
        inSpace = false;
      } else {
        if (!(space && inSpace)) {
          gapLen++;
        }
        inSpace = space;
        if (cp == '\n' || cp == '\r' || cp == 0x2028) {
          gapFlags |= LINE_BREAK;
        } else if (!space && "-.()/+".indexOf(cp) < 0) {
          gapFlags |= ODD_SEPARATOR;
        }
        gapLast = (char) (cp < 0x10000 ? cp : 0);
        if (gapLen > MAX_GAP) {
          run = closeRun(runs, trimAmounts(text, run, amount, false));
          amount = false;
          gapLen = 0;
          gapFlags = 0;
        }
      }
      i += n;
    }
    closeRun(runs, trimAmounts(text, run, amount, false));
    return runs;
  }

  /** Whether a word is only the letters written for 0 and 1: O, o, l, I. */
  private static boolean lettersForDigits(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if ("OolI".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static Chunk startChunk(List<Chunk> run, int start, int gapFlags, char gapLast) {
    Chunk c = new Chunk();
    c.start = start;
    c.end = start;
    c.gapFlags = run.isEmpty() ? 0 : gapFlags;
    c.gapLast = gapLast;
    run.add(c);
    return c;
  }

  /**
   * The run without the amount a currency sign starts ({@code $20,120 ...}) or ends ({@code ... 10 000 €}):
   * its first or last chunk and the three-digit thousands groups joined to it by one separator.
   */
  private static List<Chunk> trimAmounts(String text, List<Chunk> run, boolean prefix, boolean suffix) {
    if (prefix && !run.isEmpty()) {
      Chunk removed = run.remove(0);
      while (!run.isEmpty() && thousands(text, removed, run.get(0))) {
        removed = run.remove(0);
      }
      if (!run.isEmpty()) {
        run.get(0).gapFlags = 0;
        run.get(0).gapLast = 0;
      }
    }
    if (suffix && !run.isEmpty()) {
      Chunk removed = run.remove(run.size() - 1);
      while (!run.isEmpty() && thousands(text, run.get(run.size() - 1), removed)) {
        removed = run.remove(run.size() - 1);
      }
    }
    return run;
  }

  /** Whether {@code next} is a thousands group of {@code prev}: three digits after one separator. */
  private static boolean thousands(String text, Chunk prev, Chunk next) {
    return next.digits.length() == 3 && next.start - prev.end == 1
        && ",. '\u00a0\u202f".indexOf(text.charAt(prev.end)) >= 0;
  }

  /**
   * Keeps {@code run} when it holds enough digits for a number; returns the list to collect the
   * next run in: a new one if this one was kept, else this one emptied (most runs are a word's
   * worth of nothing).
   */
  private static List<Chunk> closeRun(List<List<Chunk>> runs, List<Chunk> run) {
    int digits = 0;
    for (Chunk c : run) {
      digits += c.digits.length();
    }
    if (digits >= MIN_DIGITS) {
      runs.add(run);
      return new ArrayList<>();
    }
    run.clear();
    return run;
  }

  /** Separators that end a run: times (10:30), money (€ $ %), and sentence-level punctuation. */
  private static boolean breaks(int cp) {
    return cp == ':' || cp == '%' || cp == '#' || cp == '@' || cp == '=' || cp == '!' || cp == '?'
        || (cp < 128 ? cp == '$' : Character.getType(cp) == Character.CURRENCY_SYMBOL); // '$': ASCII's one currency sign
  }

  private static int digitValue(int cp) {
    if (cp >= '0' && cp <= '9') {
      return cp - '0';
    }
    if (cp < 128) {
      return -1; // no other ASCII char is a digit or a number
    }
    if (Character.isDigit(cp)) {
      return Character.digit(cp, 10);
    }
    if (Character.getType(cp) == Character.OTHER_NUMBER) { // circled ①, parenthesized ⑴ ...
      int v = Character.getNumericValue(cp);
      return v >= 0 && v <= 9 ? v : -1;
    }
    return -1;
  }

  private static int wordEnd(String text, int i, int end) {
    int j = i;
    while (j < end) {
      char c = text.charAt(j);
      if (c < 128) { // ASCII: a letter or the end of the word, without the Unicode tables
        if ((c | 0x20) < 'a' || (c | 0x20) > 'z') {
          break;
        }
        j++;
        continue;
      }
      int cp = text.codePointAt(j);
      if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /**
   * Reads a French number of up to two digits starting at {@code i}: {@code trente-quatre},
   * {@code soixante et onze}, {@code quatre-vingt-dix-sept}, {@code dix-huit}.
   *
   * @return {value, end}
   */
  private static int[] french(String text, int i, int end) {
    List<int[]> words = new ArrayList<>(); // {value, end} of consecutive number words
    int pos = i;
    while (pos < end && words.size() < 4) {
      int wEnd = wordEnd(text, pos, end);
      if (wEnd == pos) {
        break;
      }
      int v = NumberWords.french(text.substring(pos, wEnd).toLowerCase(Locale.ROOT));
      if (v < 0) {
        break;
      }
      words.add(new int[] {v, wEnd});
      pos = joiner(text, wEnd, end);
      if (pos < 0) {
        break;
      }
    }
    int[] first = words.get(0);
    int value = first[0];
    int stop = first[1];
    int k = 1;
    if (value == 4 && k < words.size() && words.get(k)[0] == 20) { // quatre-vingt(s)
      value = 80;
      stop = words.get(k)[1];
      k++;
    }
    if (value == 10 && k < words.size() && words.get(k)[0] >= 7 && words.get(k)[0] <= 9) { // dix-sept
      return new int[] {10 + words.get(k)[0], words.get(k)[1]};
    }
    if (NumberWords.isFrenchTens(value) && k < words.size()) {
      int next = words.get(k)[0];
      if (next >= 1 && next <= 9) {
        return new int[] {value + next, words.get(k)[1]};
      }
      if ((value == 60 || value == 80) && next >= 10 && next <= 16) {
        int v = value + next;
        int e = words.get(k)[1];
        if (next == 10 && k + 1 < words.size() && words.get(k + 1)[0] >= 7 && words.get(k + 1)[0] <= 9) {
          v += words.get(k + 1)[0];
          e = words.get(k + 1)[1];
        }
        return new int[] {v, e};
      }
    }
    return new int[] {value, stop};
  }

  /** After a French number word: the start of the next word if joined by "-", " " or " et ", else -1. */
  private static int joiner(String text, int pos, int end) {
    if (pos < end && (text.charAt(pos) == '-' || text.charAt(pos) == ' ')) {
      int p = pos + 1;
      if (text.startsWith("et ", p) && text.charAt(pos) == ' ') {
        p += 3;
      }
      return p < end ? p : -1;
    }
    return -1;
  }

  // ---- obscured numbers: windows over a run ----

  /**
   * Finds the obscured numbers in one run. {@code validated} holds the digit strings already
   * given to libphonenumber in this text ("+" marks an international one) with their value, or
   * "" when invalid: a parse costs microseconds, and a run of repeated digits ("1 1 1 ...") asks
   * the same few strings at every start.
   */
  private static void windows(String text, List<Chunk> run, List<String> regions, Map<String, String> validated,
      SpanUnion taken, List<Found> out) {
    int i = 0;
    while (i < run.size()) {
      int bestJ = -1;
      String bestValue = null;
      StringBuilder digits = new StringBuilder();
      boolean plus = run.get(i).gapLast == '+';
      for (int j = i; j < run.size(); j++) {
        digits.append(run.get(j).digits);
        if (digits.length() > MAX_DIGITS) {
          break;
        }
        if (digits.length() >= MIN_DIGITS) {
          String key = plus ? "+" + digits : digits.toString();
          if (validated.size() > MAX_VALIDATED) {
            validated.clear();
          }
          String v = validated.computeIfAbsent(key, k -> Objects.requireNonNullElse(validate(k.substring(plus ? 1 : 0), plus, regions), ""));
          if (!v.isEmpty()) {
            bestJ = j;
            bestValue = v;
          }
        }
      }
      if (bestJ < 0) {
        i++;
        continue;
      }
      Chunk first = run.get(i);
      Chunk last = run.get(bestJ);
      int start = first.gapLast == '+' || first.gapLast == '(' ? first.start - 1 : first.start;
      boolean disguised = disguised(run, i, bestJ);
      boolean regrouped = bestJ - i + 1 >= 4; // plain digits in more groups than the plain finder accepts
      if ((disguised || regrouped) && plausibleGroups(run, i, bestJ)
          && !taken.meets(start, last.end) && !dateLike(text, start, last.end)) {
        out.add(new Found(start, last.end, bestValue, disguised));
        taken.add(start, last.end);
      }
      i = bestJ + 1;
    }
  }

  /**
   * Whether some window of {@code run} could be {@link #disguised}: a window's flags and single
   * digits are among the whole run's, so a run that is not disguised as a whole has no disguised
   * window, and its digit strings need not be validated to know it.
   */
  private static boolean mayDisguise(List<Chunk> run) {
    return !run.isEmpty() && disguised(run, 0, run.size() - 1);
  }

  /** Whether something in chunks {@code [i, j]} disguised the number. */
  private static boolean disguised(List<Chunk> run, int i, int j) {
    int flags = 0;
    int singles = 0;
    for (int k = i; k <= j; k++) {
      Chunk c = run.get(k);
      flags |= c.flags;
      if (k > i) {
        flags |= c.gapFlags;
      }
      if (c.digits.length() == 1 && (c.flags & SPELLED) == 0) {
        singles++;
      }
    }
    return flags != 0 || singles >= 3;
  }

  /**
   * Whether digit groups {@code [i, j]} could be how someone writes a phone number: numbers are
   * written in groups of at most four (or digit by digit), so a group of five or more is a
   * postcode or an amount beside other numbers, and a leading year (2024, 1990) is a date.
   * Spelled-out and mixed groups are read as written.
   */
  private static boolean plausibleGroups(List<Chunk> run, int i, int j) {
    if (j == i) {
      return true; // one group: its disguise made it (the plain finder would have read it)
    }
    int singles = 0;
    for (int k = i; k <= j; k++) {
      if (run.get(k).digits.length() == 1) {
        singles++;
      }
    }
    boolean spacedOut = singles >= j - i; // digit by digit, maybe after one group
    for (int k = i; k <= j; k++) {
      Chunk c = run.get(k);
      if (c.flags != 0) {
        continue;
      }
      int len = c.digits.length();
      if (len == 1 && k > i && !spacedOut) {
        return false; // a lone digit after groups: a footnote or a list, not a number's group
      }
      if (len > 4) {
        return false;
      }
      if (len == 4 && k == i) {
        int v = Integer.parseInt(c.digits.toString());
        if (v >= 1900 && v <= 2099) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether digits are written the way a region's numbers are written at home: where the national
   * prefix is 0 (France), with the 0; nine bare digits are more often an id than a phone.
   */
  private static boolean nationalForm(String digits, String region) {
    return !"0".equals(UTIL.getNddPrefixForRegion(region, true)) || digits.startsWith("0");
  }

  /** The number's value if its digits make a valid phone number, else null. */
  static String validate(String digits, boolean plus, List<String> regions) {
    if (!plus && !digits.startsWith("00") && (digits.length() < 9 || digits.length() > 12)) {
      return null; // national numbers run 9 to 12 digits with their prefix; spare the parser
    }
    try {
      if (plus || digits.startsWith("00")) {
        String intl = "+" + (plus ? digits : digits.substring(2));
        PhoneNumber n = UTIL.parse(intl, "ZZ");
        return UTIL.isValidNumber(n) ? UTIL.format(n, PhoneNumberFormat.E164) : null;
      }
      for (String r : regions) {
        if (!nationalForm(digits, r)) {
          continue;
        }
        PhoneNumber n = UTIL.parse(digits, r);
        if (UTIL.isValidNumber(n)) {
          return UTIL.format(n, PhoneNumberFormat.E164);
        }
      }
      for (String r : FALLBACK) {
        if (!regions.contains(r) && nationalForm(digits, r) && UTIL.isValidNumber(UTIL.parse(digits, r))) {
          return digits;
        }
      }
    } catch (NumberParseException e) {
      return null; // not a number in any form: no phone here
    }
    return null;
  }
}
