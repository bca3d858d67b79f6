package org.indicia.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.indicia.Entity;

/**
 * Text dense in candidates is read in bounded pieces without losing what a whole reading finds:
 * the span union answers as a scan of every span would, and a phone inside a long digit-dense
 * stretch (which libphonenumber is given in windows) is found wherever it stands.
 */
class DenseTextProperties {

  @Property(tries = 300)
  void spanUnion_meetsExactlyWhatAScanMeets(@ForAll("spans") List<int[]> added, @ForAll("spans") List<int[]> asked) {
    SpanUnion union = new SpanUnion();
    List<int[]> kept = new ArrayList<>();
    for (int[] s : added) {
      union.add(s[0], s[1]);
      kept.add(s);
      for (int[] q : asked) {
        boolean scan = kept.stream().anyMatch(k -> k[0] < k[1] && k[0] < q[1] && q[0] < k[1]);
        assertThat(union.meets(q[0], q[1])).as("[%d, %d)", q[0], q[1]).isEqualTo(scan);
      }
    }
  }

  @Provide
  Arbitrary<List<int[]>> spans() {
    return Arbitraries.integers().between(0, 60).list().ofSize(2)
        .map(l -> new int[] {Math.min(l.get(0), l.get(1)), Math.max(l.get(0), l.get(1))})
        .list().ofMaxSize(12);
  }

  @Property(tries = 60)
  void aPhoneInALongDigitDenseStretch_isFoundWhereverItStands(
      @ForAll @IntRange(min = 0, max = 150) int before, @ForAll @IntRange(min = 0, max = 150) int after,
      @ForAll("fillers") String filler, @ForAll("phones") String phone) {
    String text = filler.repeat(before) + "call " + phone + " now " + filler.repeat(after);
    int at = text.indexOf(phone);
    List<Entity> phones = EntityExtractor.extract(text, text.length(), List.of("US")).stream()
        .filter(e -> e.type() == Entity.Type.PHONE).toList();
    assertThat(phones).as("%d + %d fillers of '%s'", before, after, filler).hasSize(1);
    assertThat(phones.get(0).span().start()).isEqualTo(at);
    assertThat(phones.get(0).span().end()).isEqualTo(at + phone.length());
  }

  @Provide
  Arbitrary<String> fillers() {
    // digits at most 8 chars apart, so the whole text is one stretch for libphonenumber; a word
    // between them keeps them from reading as a number written digit by digit
    return Arbitraries.of("lot 7, ", "no. 12 / ", "ref 40; ", "page 3, ", "size 38 ");
  }

  @Provide
  Arbitrary<String> phones() {
    return Arbitraries.of("508-555-0142", "(508) 555-0199", "+1 212 555 0147", "06 12 34 56 78", "+33 6 12 34 56 78");
  }
}
