package org.indicia.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The basic fold of one code point: Unicode NFKC with case folding (ICU's NFKC_Casefold, which
 * also removes default-ignorable characters such as zero-width spaces and soft hyphens), then
 * accents removed (NFD, non-spacing marks dropped), then a few letters NFKC leaves alone folded
 * to ASCII ({@code œ → oe}, {@code ø → o}, ...) and typographic apostrophes and dashes unified.
 *
 * <p>Every BMP char is folded once, into a table, when the class loads (about 65k ICU calls); the
 * hot path is one array read per char. Supplementary code points (rare: mathematical letters,
 * emoji) are folded on demand and cached. Internal.
 */
final class Folding {
  /** Marker in {@link #SINGLE}: look the char up in {@link #MULTI}. */
  private static final char SPECIAL = '\uFFFF';

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private static final char[] SINGLE = new char[65536];
  private static final String[] MULTI = new String[65536];
  private static final ConcurrentHashMap<Integer, String> SUPPLEMENTARY = new ConcurrentHashMap<>();

  static {
    for (int c = 0; c < 65536; c++) {
      if (Character.isSurrogate((char) c)) {
        SINGLE[c] = (char) c;
        continue;
      }
      String f = c < 128 ? asciiFold((char) c) : fold(c);
      if (f.length() == 1 && f.charAt(0) != SPECIAL) {
        SINGLE[c] = f.charAt(0);
      } else {
        SINGLE[c] = SPECIAL;
        MULTI[c] = f;
      }
    }
  }

  private Folding() {}

  private static String asciiFold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + 32));
    }
    if (c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
      return " ";
    }
    if (c < 0x20 && c != '\n') {
      return " ";
    }
    if (c == 0x7F) {
      return " ";
    }
    return String.valueOf(c);
  }

  /** The fold of a BMP char as a single char, or {@code '\uFFFF'} when it folds to 0 or 2+ chars. */
  static char single(char c) {
    return SINGLE[c];
  }

  /** The fold of a char whose {@link #single} is the marker. */
  static String multi(char c) {
    return MULTI[c];
  }

  /** The fold of a supplementary code point. */
  static String supplementary(int cp) {
    return SUPPLEMENTARY.computeIfAbsent(cp, Folding::fold);
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
      if (UCharacter.getType(c) == UCharacterCategory.NON_SPACING_MARK) {
        continue;
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
