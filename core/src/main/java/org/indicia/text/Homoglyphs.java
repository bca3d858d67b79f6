package org.indicia.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

/**
 * The ASCII letter a code point looks like, from Unicode's confusables data (UTS #39 skeletons,
 * through ICU's {@link SpoofChecker#getSkeleton}). Only read while {@link Folding} builds its
 * tables, so the hot path never calls ICU. Internal.
 *
 * <p>A skeleton maps many lower-case Cyrillic and Greek letters to Latin small capitals rather
 * than to ASCII ({@code н → ʜ}, {@code т → ᴛ}); a small capital is read as its letter, and when
 * the lower case has no ASCII skeleton the upper case is tried ({@code м → М → M}).
 *
 * <p>Thread-safe ({@code SpoofChecker}'s skeleton is documented as safe for concurrent use).
 */
final class Homoglyphs {
  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
  private static final String SMALL_CAPITAL = "LATIN LETTER SMALL CAPITAL ";

  private Homoglyphs() {}

  /**
   * Whether letters of {@code cp}'s script are worth a skeleton: the scripts whose letters pass
   * for Latin in running text. Others (Arabic, Indic, CJK, ...) would only add class-load time.
   */
  static boolean candidateScript(int cp) {
    switch (UScript.getScript(cp)) {
      case UScript.LATIN:
      case UScript.COMMON:
      case UScript.CYRILLIC:
      case UScript.GREEK:
      case UScript.ARMENIAN:
      case UScript.CHEROKEE:
      case UScript.COPTIC:
      case UScript.LISU:
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code cp} is Cyrillic or Greek: only these may be read as Latin as a whole word. */
  static boolean cyrillicOrGreek(int cp) {
    int s = UScript.getScript(cp);
    return s == UScript.CYRILLIC || s == UScript.GREEK;
  }

  /**
   * The lower-case ASCII letter {@code cp} passes for, or 0: the skeleton of its lower case
   * first (capital {@code І} reads as l, small {@code і} as i, and text is matched in lower case),
   * then of the char itself, then of its upper case.
   */
  static char latin(int cp) {
    int lower = UCharacter.toLowerCase(cp);
    char c = viaSkeleton(lower);
    if (c == 0 && lower != cp) {
      c = viaSkeleton(cp);
    }
    int upper = UCharacter.toUpperCase(cp);
    if (c == 0 && upper != cp) {
      c = viaSkeleton(upper);
    }
    return c;
  }

  private static char viaSkeleton(int cp) {
    String s = SPOOF.getSkeleton(new String(Character.toChars(cp)));
    if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) {
      return 0;
    }
    int k = s.codePointAt(0);
    if (k < 128) {
      return asciiLetter(k);
    }
    String name = UCharacter.getName(k);
    if (name != null && name.length() == SMALL_CAPITAL.length() + 1 && name.startsWith(SMALL_CAPITAL)) {
      return asciiLetter(name.charAt(name.length() - 1));
    }
    return 0;
  }

  /**
   * The letter a symbol named after a Latin letter stands for ({@code 🅿} NEGATIVE SQUARED LATIN
   * CAPITAL LETTER P → p, {@code ⒜} PARENTHESIZED LATIN SMALL LETTER A → a), or 0. Letters
   * themselves are not symbols and get 0.
   */
  static char namedLetter(int cp) {
    if (UCharacter.getType(cp) != com.ibm.icu.lang.UCharacterCategory.OTHER_SYMBOL) {
      return 0;
    }
    String name = UCharacter.getName(cp);
    if (name == null || name.length() < 3 || name.charAt(name.length() - 2) != ' ') {
      return 0;
    }
    String head = name.substring(0, name.length() - 1);
    if (head.endsWith("LATIN CAPITAL LETTER ") || head.endsWith("LATIN SMALL LETTER ")) {
      return asciiLetter(name.charAt(name.length() - 1));
    }
    return 0;
  }

  private static char asciiLetter(int k) {
    if (k >= 'a' && k <= 'z') {
      return (char) k;
    }
    if (k >= 'A' && k <= 'Z') {
      return (char) (k + 32);
    }
    return 0;
  }
}
