package org.indicia.match;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.indicia.text.CharPairs;

class LiteralSetFilterProperties {
  /** A literal cut from the text, with or without a word-edge marker, is never ruled out. */
  @Property(tries = 2000)
  void aLiteralTheTextHolds_mayOccur(@ForAll @StringLength(min = 1, max = 60) String generated,
      @ForAll @IntRange(min = 0, max = 59) int from, @ForAll @IntRange(min = 1, max = 8) int length,
      @ForAll boolean marked) {
    // the normalizer folds control chars to spaces, so the marker never occurs in the text read
    String text = generated.replace(RegexPrefilter.BOUNDARY, ' ');
    int start = Math.min(from, text.length() - 1);
    String literal = text.substring(start, Math.min(text.length(), start + length));
    if (marked) {
      literal = RegexPrefilter.BOUNDARY + literal;
    }
    CharPairs pairs = new CharPairs();
    pairs.of(text.toCharArray(), text.length());
    assertThat(new LiteralSet(new String[] {"zz-none", literal}).mayOccurIn(pairs)).isTrue();
  }
}
