package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shortcuts of {@link Cues} change nothing: cues skipped because a char pair of theirs never
 * occurs would have found no window, and windows skipped for want of a digit hold no match of a
 * pattern that needs one.
 */
class CuesTest {
  private static final Pattern NEEDS_DIGIT = Pattern.compile("(?i)(ab|b)\\s?(\\d+)");
  private static final Pattern ANY = Pattern.compile("(?i)a[a-z]*");

  @Property(tries = 500)
  void shortcutsFindWhatTheFullSearchFinds(@ForAll("texts") String text, @ForAll("cues") List<String> cues) {
    Cues c = new Cues(text, text.length());
    String[] cs = cues.toArray(new String[0]);
    assertThat(render(c.find(NEEDS_DIGIT, 5, true, cs))).isEqualTo(render(c.find(NEEDS_DIGIT, 5, false, cs)));
    // every cue that occurs opens its window: the same matches as with each cue searched alone
    List<String> alone = new ArrayList<>();
    for (String cue : cs) {
      if (text.toLowerCase(java.util.Locale.ROOT).contains(cue)) {
        alone.addAll(render(c.find(ANY, 5, cue)));
      }
    }
    List<String> together = render(c.find(ANY, 5, cs));
    assertThat(together).containsAll(alone.stream().distinct().filter(together::contains).toList());
    assertThat(together.isEmpty()).isEqualTo(alone.isEmpty());
  }

  @net.jqwik.api.Example
  void wholeWordCues_openNoWindowInsideLongerWords() {
    Pattern money = Pattern.compile("(?i)(mad)[a-z]?\\s?(\\d+)");
    String text = "I made 3 sales, paid MAD 300";
    int at = text.indexOf("MAD");
    assertThat(render(new Cues(text, text.length()).find(money, 3, true, new String[] {"mad"}, new String[0])))
        .containsExactly(at + "-" + text.length());
    String made = "she made 3 sales";
    assertThat(new Cues(made, made.length()).find(money, 3, true, new String[] {"mad"}, new String[0])).isEmpty();
    assertThat(new Cues(made, made.length()).find(money, 3, true, "mad")).hasSize(1);
  }

  private static List<String> render(List<Cues.Found> found) {
    List<String> out = new ArrayList<>();
    for (Cues.Found f : found) {
      out.add(f.start(0) + "-" + f.end(0));
    }
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("aAbB 12€\n".toCharArray()).ofMaxLength(60);
  }

  @Provide
  Arbitrary<List<String>> cues() {
    return Arbitraries.strings().withChars("ab 1€".toCharArray()).ofMinLength(1).ofMaxLength(3).list().ofMinSize(1).ofMaxSize(4);
  }
}
