package org.indicia.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The literal trie finds exactly what the former per-literal scan ({@link ScanLiteralSet}) found. */
class LiteralSetTest {
  private static final char B = RegexPrefilter.BOUNDARY;
  private static final String ALPHABET = "ab1 2-,€";

  @Property(tries = 500)
  void collectAndNextAgreeWithTheScan(@ForAll("literals") List<String> literals, @ForAll("texts") String text,
      @ForAll("masks") boolean[] enabled) {
    int[] owners = new int[literals.size()];
    for (int i = 0; i < owners.length; i++) {
      owners[i] = i % enabled.length; // an owner's literals are grouped in input order, as RegexRunner gives them
    }
    Arrays.sort(owners);
    String[] lits = literals.toArray(new String[0]);
    char[] chars = text.toCharArray();
    assertThat(collect(new LiteralSet(lits, owners), chars, enabled))
        .containsExactlyInAnyOrderElementsOf(collect(new ScanLiteralSet(lits, owners), chars, enabled));
    LiteralSet trie = new LiteralSet(lits);
    ScanLiteralSet scan = new ScanLiteralSet(lits);
    for (int from = 0; from <= chars.length; from++) {
      assertThat(trie.next(chars, from)).as("next from %d", from).isEqualTo(scan.next(chars, from));
    }
  }

  @Test
  void findsThePacksDigitLiteralsAtWordEdges() {
    String[] lits = RegexPrefilter.of("\\b(?:1[4-9]|2[0-2])\\s*h\\b").literals();
    List<String> found = collect(new LiteralSet(lits, new int[lits.length]), "a 14h, x14 h, 22 h".toCharArray(),
        new boolean[] {true});
    assertThat(found).containsExactly("0@2", "0@14");
  }

  private static List<String> collect(LiteralSet set, char[] text, boolean[] enabled) {
    List<String> out = new ArrayList<>();
    set.collect(text, enabled, (owner, pos) -> out.add(owner + "@" + pos));
    return out;
  }

  private static List<String> collect(ScanLiteralSet set, char[] text, boolean[] enabled) {
    List<String> out = new ArrayList<>();
    set.collect(text, enabled, (owner, pos) -> out.add(owner + "@" + pos));
    return out;
  }

  @Provide
  Arbitrary<List<String>> literals() {
    Arbitrary<String> body = Arbitraries.strings().withChars((ALPHABET + B).toCharArray()).ofMinLength(1).ofMaxLength(4)
        .filter(s -> s.charAt(0) != B);
    Arbitrary<String> literal = Arbitraries.oneOf(body, body.map(s -> B + s));
    return literal.list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(30);
  }

  @Provide
  Arbitrary<boolean[]> masks() {
    return Arbitraries.of(true, false).array(boolean[].class).ofMinSize(1).ofMaxSize(3);
  }
}
