package org.indicia.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The fold of one code point: Unicode NFKC with case folding (ICU's NFKC_Casefold, which also
 * removes default-ignorable characters such as zero-width spaces, soft hyphens, variation
 * selectors and bidi controls), then accents removed (NFD, non-spacing marks dropped), then a few
 * letters NFKC leaves alone folded to ASCII ({@code œ → oe}, {@code ø → o}, ...) and typographic
 * apostrophes and dashes unified. On top of that, per code point:
 *
 * <ul>
 *   <li>decorative Latin (mathematical, full-width, circled, squared, super- and subscript, small
 *       capitals, symbols named after a Latin letter such as {@code 🅿}) folds to its ASCII letter
 *       and carries {@link Folds#HOMOGLYPH};
 *   <li>a non-Latin letter with a Latin look-alike (Cyrillic {@code р}, Greek {@code ο}) keeps its
 *       fold but carries {@link Folds#CONFUSABLE} and its look-alike in {@link #lookalike}; the
 *       word pass decides whether its word is a disguise;
 *   <li>an emoji (Extended_Pictographic, no compatibility decomposition) folds to its ICU name as
 *       a token, {@code " :money_bag: "}, and carries {@link Folds#EMOJI}.
 * </ul>
 *
 * <p>Every BMP char is folded once, into tables, when the class loads (about 65k ICU calls plus
 * confusable skeletons for the 2k letters that stay non-ASCII; some 0.2 s over the plain folds);
 * the hot path is one array read per char, and a char whose fold is one char with no fold bits
 * never leaves it. The emoji and mathematical blocks are folded then too; other supplementary
 * code points on first sight, into a per-plane table. Internal.
 */
final class Folding {
  /** Marker in {@link #single}: look the code point up with {@link #info}. */
  static final char SPECIAL = '\uFFFF';

  /** Kinds of {@link Info}. */
  static final byte PLAIN = 0;
  static final byte MARK = 1;
  static final byte IGNORABLE = 2;
  static final byte EMOJI = 3;
  static final byte REGIONAL = 4;

  /** How one code point folds. Immutable (final fields, so safe to publish through a race). */
  static final class Info {
    final String text;
    final byte kind;
    final int folds;

    Info(String text, byte kind, int folds) {
      this.text = text;
      this.kind = kind;
      this.folds = folds;
    }
  }

  private static final Info MARK_INFO = new Info("", MARK, 0);
  private static final Info IGNORABLE_INFO = new Info("", IGNORABLE, 0);

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static final char[] SINGLE = new char[65536];
  private static final Info[] BMP = new Info[65536];
  /**
   * BMP letter → the ASCII letter it looks like, or 0. Indexed by the original char, not its
   * fold: case folding can change the look ({@code ϲ}, lunate sigma, looks like c but folds to
   * σ, which looks like o). Written only while the class loads.
   */
  private static final char[] LOOKALIKE = new char[65536];
  /** Supplementary planes, filled on first sight of each code point. */
  private static final AtomicReferenceArray<Info[]> PLANES = new AtomicReferenceArray<>(17);
  /** ISO 3166 two-letter territory codes, as {@code (a - 'a') * 26 + (b - 'a')}: flag emoji. */
  private static final boolean[] REGIONS = new boolean[26 * 26];

  static {
    for (String code : Locale.getISOCountries()) { // the JDK's ISO 3166 list: ICU's Region costs 0.3 s to load
      REGIONS[(code.charAt(0) - 'A') * 26 + code.charAt(1) - 'A'] = true;
    }
    for (int c = 0; c < 65536; c++) {
      if (Character.isSurrogate((char) c)) {
        SINGLE[c] = SPECIAL;
        continue;
      }
      Info info = c < 128 ? new Info(asciiFold((char) c), PLAIN, 0) : classify(c);
      if (info.kind == PLAIN && info.folds == 0 && info.text.length() == 1 && info.text.charAt(0) != SPECIAL) {
        SINGLE[c] = info.text.charAt(0);
      } else {
        SINGLE[c] = SPECIAL;
        BMP[c] = info;
      }
    }
    // Emoji, enclosed and mathematical letters are common in ads: fold them now, not on the
    // first request that meets one.
    for (int cp = 0x1D400; cp < 0x1D800; cp++) {
      info(cp);
    }
    for (int cp = 0x1F000; cp < 0x1FB00; cp++) {
      info(cp);
    }
  }

  private Folding() {}

  private static String asciiFold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + 32));
    }
    if (c < 0x20 && c != '\n' || c == 0x7F) {
      return " ";
    }
    return String.valueOf(c);
  }

  /** The fold of a BMP char as a single char, or {@link #SPECIAL}: ask {@link #info}. */
  static char single(char c) {
    return SINGLE[c];
  }

  /** The fold of a code point whose {@link #single} is {@link #SPECIAL} (or any supplementary). */
  static Info info(int cp) {
    if (cp < 65536) {
      Info i = BMP[cp];
      return i != null ? i : new Info(String.valueOf(SINGLE[cp]), PLAIN, 0);
    }
    int plane = cp >>> 16;
    Info[] table = PLANES.get(plane);
    if (table == null) {
      PLANES.compareAndSet(plane, null, new Info[65536]);
      table = PLANES.get(plane);
    }
    Info i = table[cp & 0xFFFF];
    if (i == null) {
      i = classify(cp); // same result on every thread, so a racing duplicate is harmless
      table[cp & 0xFFFF] = i;
    }
    return i;
  }

  /**
   * The ASCII letter a {@link Folds#CONFUSABLE} char looks like, from the original code point
   * that folded to {@code folded}. A supplementary original (a mathematical Greek letter) looks
   * like its fold, which is a BMP letter folding to itself and so has its entry.
   */
  static char lookalike(int original, char folded) {
    return original < 65536 ? LOOKALIKE[original] : LOOKALIKE[folded];
  }

  /** Whether lower-case ASCII letters {@code a b} name a territory (a pair of regional indicators is its flag). */
  static boolean isRegion(char a, char b) {
    return REGIONS[(a - 'a') * 26 + b - 'a'];
  }

  /** Chars that belong to the emoji before them: variation selectors, skin tones, ZWJ, keycap, tags. */
  static boolean isEmojiTail(int cp) {
    return cp == 0xFE0E || cp == 0xFE0F || cp == 0x200D || cp == 0x20E3
        || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static Info classify(int cp) {
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
      return new Info(String.valueOf((char) ('a' + cp - 0x1F1E6)), REGIONAL, 0);
    }
    if (cp >= 0x2460 && cp < 0x2500 || cp >= 0x1F100 && cp < 0x1F200) { // enclosed alphanumerics
      char named = Homoglyphs.namedLetter(cp);
      if (named != 0) {
        return new Info(String.valueOf(named), PLAIN, Folds.HOMOGLYPH);
      }
    }
    String f = fold(cp);
    if (f.isEmpty()) {
      // Variation selectors and the grapheme joiner are marks too, but default-ignorable: inside
      // a word they hide a split, so they count as invisible, not as an accent.
      boolean ignorable = UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
      return isMark(cp) && !ignorable ? MARK_INFO : IGNORABLE_INFO;
    }
    if (isEmoji(cp, f)) {
      return new Info(emojiText(cp), EMOJI, Folds.EMOJI);
    }
    if (f.length() != 1) {
      return new Info(f, PLAIN, 0);
    }
    char g = f.charAt(0);
    if (g < 128) {
      boolean letter = g >= 'a' && g <= 'z';
      return new Info(f, PLAIN, letter && decorative(cp) ? Folds.HOMOGLYPH : 0);
    }
    if (cp < 65536 && UCharacter.isLetter(cp) && Homoglyphs.candidateScript(cp)) {
      LOOKALIKE[cp] = Homoglyphs.latin(cp); // only letters that stay non-ASCII get a skeleton: short class load
    }
    char latin = lookalike(cp, g);
    if (latin == 0) {
      return new Info(f, PLAIN, 0);
    }
    int script = UScript.getScript(g);
    if (script == UScript.LATIN || script == UScript.COMMON) {
      return new Info(String.valueOf(latin), PLAIN, Folds.HOMOGLYPH); // ɑ, ᴘ: no real text to protect
    }
    return new Info(f, PLAIN, Folds.CONFUSABLE);
  }

  /** Compatibility forms that only restyle a letter: the "fancy text" of ads. */
  private static boolean decorative(int cp) {
    switch (UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE)) {
      case UCharacter.DecompositionType.FONT:
      case UCharacter.DecompositionType.WIDE:
      case UCharacter.DecompositionType.NARROW:
      case UCharacter.DecompositionType.CIRCLE:
      case UCharacter.DecompositionType.SQUARE:
      case UCharacter.DecompositionType.SUPER:
      case UCharacter.DecompositionType.SUB:
      case UCharacter.DecompositionType.SMALL:
        return true;
      default:
        return false;
    }
  }

  private static boolean isEmoji(int cp, String fold) {
    if (cp < 0xA9 || cp > 0xAE && cp < 0x203C || cp > 0x3299 && cp < 0x10000) {
      return false; // no Extended_Pictographic char lies there (Unicode emoji-data), skip the lookup
    }
    boolean pictographic = UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER);
    return pictographic && fold.codePointCount(0, fold.length()) == 1 && fold.codePointAt(0) == cp
        && UCharacter.getName(cp) != null;
  }

  /** The emoji's ICU name as a {@code :name:} token with a space each side. */
  private static String emojiText(int cp) {
    String name = UCharacter.getName(cp).toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return " :" + name + ": ";
  }

  /** Whether a code point that folds to nothing belongs to the char before it (a combining mark). */
  static boolean isMark(int cp) {
    int t = UCharacter.getType(cp);
    return t == UCharacterCategory.NON_SPACING_MARK
        || t == UCharacterCategory.ENCLOSING_MARK
        || t == UCharacterCategory.COMBINING_SPACING_MARK;
  }

  private static String fold(int cp) {
    int type = UCharacter.getType(cp);
    if (type == UCharacterCategory.CONTROL) {
      return cp == 0x85 ? "\n" : " ";
    }
    if (type == UCharacterCategory.LINE_SEPARATOR || type == UCharacterCategory.PARAGRAPH_SEPARATOR) {
      return "\n";
    }
    if (type == UCharacterCategory.SPACE_SEPARATOR) {
      return " ";
    }
    String s = NFKC_CF.normalize(new String(Character.toChars(cp)));
    String d = NFD.normalize(s);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      i += Character.charCount(c);
      int t = UCharacter.getType(c);
      if (t == UCharacterCategory.NON_SPACING_MARK || t == UCharacterCategory.ENCLOSING_MARK) {
        continue; // accents, and keycaps or circles drawn around a char
      }
      out.append(letter(c));
    }
    return out.toString();
  }

  /** Letters without a decomposition that readers treat as accented Latin, and punctuation variants. */
  private static String letter(int c) {
    switch (c) {
      case 'œ':
        return "oe";
      case 'æ':
        return "ae";
      case 'ø':
        return "o";
      case 'đ':
      case 'ð':
        return "d";
      case 'ł':
        return "l";
      case 'ı':
        return "i";
      case 'þ':
        return "th";
      case 0x2018: // ‘
      case 0x2019: // ’
      case 0x201B:
      case 0x02BC: // ʼ
      case 0x02B9:
      case 0x2032: // ′
      case 0x0060: // `
      case 0x00B4: // ´
        return "'";
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
        return "-";
      default:
        return new String(Character.toChars(c));
    }
  }
}
