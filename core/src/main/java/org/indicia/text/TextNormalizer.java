package org.indicia.text;

/**
 * Folds text for matching while recording, for every output char, the original chars it came
 * from (see {@link NormalizedText}). Stateless and thread-safe; the output buffer is the
 * caller's.
 *
 * <p>ASCII costs one table read per char. Other chars take their precomputed fold from {@link
 * Folding}; a combining mark that folds away widens the previous char's source range, so evidence
 * spans cover the whole accented letter. Internal.
 */
public final class TextNormalizer {
  private static final TextNormalizer BASIC = new TextNormalizer();

  private TextNormalizer() {}

  /** The basic normalizer: NFKC, case fold, accent fold. */
  public static TextNormalizer basic() {
    return BASIC;
  }

  /**
   * Normalizes {@code text[0, end)} into {@code out} (which is reset first). {@code end} must not
   * split a surrogate pair.
   */
  public void normalize(CharSequence text, int end, NormalizedText out) {
    out.reset();
    out.sourceLength(end);
    for (int i = 0; i < end; ) {
      char c = text.charAt(i);
      if (c < 128) {
        out.append(Folding.single(c), i, i + 1);
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(i + 1));
        appendFold(Folding.supplementary(cp), cp, i, i + 2, out);
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c)) {
        out.append(' ', i, i + 1); // unpaired: a separator, never part of a word
        i++;
        continue;
      }
      char f = Folding.single(c);
      if (f != '\uFFFF') {
        out.append(f, i, i + 1);
      } else {
        appendFold(Folding.multi(c), c, i, i + 1, out);
      }
      i++;
    }
  }

  private static void appendFold(String fold, int cp, int start, int end, NormalizedText out) {
    if (fold.isEmpty()) {
      if (Folding.isMark(cp) && out.length > 0 && out.srcEnd[out.length - 1] == start) {
        out.extendLast(end);
      }
      return;
    }
    for (int k = 0; k < fold.length(); k++) {
      out.append(fold.charAt(k), start, end);
    }
  }

  /** Normalizes a whole string to a new string (for pack phrases; not the hot path). */
  public String normalize(String s) {
    NormalizedText t = new NormalizedText();
    normalize(s, s.length(), t);
    return t.toString();
  }
}
