package org.indicia.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class CharPairsProperties {
  /** A string cut from the text is never ruled out. */
  @Property(tries = 2000)
  void aStringTheTextHolds_mayOccur(@ForAll @StringLength(min = 1, max = 60) String text,
      @ForAll @IntRange(min = 0, max = 59) int from, @ForAll @IntRange(min = 1, max = 8) int length) {
    int start = Math.min(from, text.length() - 1);
    String cut = text.substring(start, Math.min(text.length(), start + length));
    CharPairs pairs = new CharPairs();
    pairs.of(text.toCharArray(), text.length());
    assertThat(pairs.mayHold(cut)).isTrue();
  }

  @Property(tries = 200)
  void aCharTheTextLacks_rulesALiteralOut(@ForAll @AlphaChars @StringLength(max = 40) String text) {
    CharPairs pairs = new CharPairs();
    pairs.of(text.toCharArray(), text.length());
    assertThat(pairs.mayHold("a\u2603")).isFalse(); // no ASCII letter shares the snowman's bit
  }
}
