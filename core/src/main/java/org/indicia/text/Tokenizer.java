package org.indicia.text;

import java.util.List;
import java.util.Locale;

/**
 * Splits normalized text into word tokens: maximal runs of letters, digits and combining marks.
 * Everything else separates tokens. Three refinements:
 *
 * <ul>
 *   <li>an emoji name written {@code :name:} (letters, digits, '_' after a letter) is one token;
 *   <li>an elided clitic from the configured set, directly before an apostrophe and a letter, is
 *       dropped ({@code l'agence} gives {@code agence});
 *   <li>clause numbers advance at {@code . , ; : ! ?} and line breaks, except a '.' or ',' between
 *       digits, so negation can stay within its clause.
 * </ul>
 *
 * Immutable and thread-safe. Internal.
 */
public final class Tokenizer {
  /** Longest {@code :name:} token: the longest emoji name ICU gives is 78 chars. */
  static final int MAX_EMOJI_NAME = 100;

  private static final boolean[] WORD = new boolean[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      int t = Character.getType(ch);
      WORD[c] =
          Character.isLetterOrDigit(ch)
              || t == Character.NON_SPACING_MARK
              || t == Character.COMBINING_SPACING_MARK
              || t == Character.ENCLOSING_MARK
              || Character.isSurrogate(ch);
    }
  }

  private final char[][] elisions;

  /** @param elisions clitics to drop before an apostrophe, already folded */
  public Tokenizer(List<String> elisions) {
    this.elisions = new char[elisions.size()][];
    for (int i = 0; i < elisions.size(); i++) {
      this.elisions[i] = elisions.get(i).toLowerCase(Locale.ROOT).toCharArray();
    }
  }

  public static boolean isWordChar(char c) {
    return WORD[c];
  }

  /** Tokenizes {@code text[0, length)} into {@code out} (reset first). */
  public void tokenize(char[] text, int length, Tokens out) {
    out.reset();
    int clause = 0;
    int i = 0;
    while (i < length) {
      char c = text[i];
      if (WORD[c]) {
        int s = i;
        int h = 0;
        while (i < length && WORD[text[i]]) {
          h = 31 * h + text[i];
          i++;
        }
        if (i + 1 < length && text[i] == '\'' && WORD[text[i + 1]] && isElision(text, s, i)) {
          continue;
        }
        out.add(s, i, clause, h);
      } else if (c == ':' && i + 2 < length && isAsciiLetter(text[i + 1])) {
        int j = i + 1;
        while (j < length && j - i <= MAX_EMOJI_NAME && (isAsciiLetter(text[j]) || isAsciiDigit(text[j]) || text[j] == '_')) {
          j++;
        }
        if (j < length && text[j] == ':' && j - i > 1) {
          int h = 0;
          for (int k = i; k <= j; k++) {
            h = 31 * h + text[k];
          }
          out.add(i, j + 1, clause, h);
          i = j + 1;
        } else {
          clause++; // a plain colon ends a clause
          i++;
        }
      } else {
        if (isClauseEnd(c) && !(isNumberSeparator(c) && between(text, i, length))) {
          clause++;
        }
        i++;
      }
    }
  }

  private boolean isElision(char[] text, int s, int e) {
    int len = e - s;
    outer:
    for (char[] el : elisions) {
      if (el.length != len) {
        continue;
      }
      for (int k = 0; k < len; k++) {
        if (el[k] != text[s + k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isClauseEnd(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'
        || c == '•' || c == '|';
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',';
  }

  private static boolean between(char[] text, int i, int length) {
    return i > 0 && i + 1 < length && isAsciiDigit(text[i - 1]) && isAsciiDigit(text[i + 1]);
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
