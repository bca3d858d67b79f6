package org.indicia.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The compiled matcher finds exactly what a naive whole-word scan finds. */
class PhraseSetTest {
  private static final List<String> VOCAB = List.of("pass", "passport", "port", "keep", "your", "fee", "no", "days",
      "off", "a", "recruitment", "agency", "work", "permit", "id", "card");

  /** Naive oracle: lower-case ASCII words, every (phrase, start) pair where the words follow. */
  static int naive(Set<String> phrases, String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    List<String> w = new ArrayList<>();
    for (String s : words) {
      if (!s.isEmpty()) {
        w.add(s);
      }
    }
    int count = 0;
    for (String p : phrases) {
      String[] pw = p.split(" ");
      for (int i = 0; i + pw.length <= w.size(); i++) {
        boolean ok = true;
        for (int k = 0; k < pw.length && ok; k++) {
          ok = w.get(i + k).equals(pw[k]);
        }
        if (ok) {
          count++;
        }
      }
    }
    return count;
  }

  @Property(tries = 400)
  void matchesNaiveScan(@ForAll("phrases") Set<String> phrases, @ForAll("texts") String text) {
    PhraseSet set = PhraseSet.compile(phrases);
    assertThat(set.count(text)).isEqualTo(naive(phrases, text));
  }

  @Provide
  Arbitrary<Set<String>> phrases() {
    return Arbitraries.of(VOCAB).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(" ", l))
        .set().ofMinSize(1).ofMaxSize(30).map(LinkedHashSet::new);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> sep = Arbitraries.of(" ", "  ", "\t", " - ", "/", "(", ") ");
    return Arbitraries.of(VOCAB).map(w -> w.toUpperCase(Locale.ROOT).equals(w) ? w : w)
        .list().ofMaxSize(40)
        .flatMap(ws -> sep.list().ofSize(ws.size()).map(ss -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < ws.size(); i++) {
            sb.append(i % 3 == 0 ? ws.get(i).toUpperCase(Locale.ROOT) : ws.get(i)).append(ss.get(i));
          }
          return sb.toString();
        }));
  }

  @Test
  void wholeWordsOnly() {
    PhraseSet set = PhraseSet.compile(List.of("pass", "fee"));
    assertThat(set.count("passport feeling fees pass fee")).isEqualTo(2);
  }

  @Test
  void wildcard_matchesPrefixes() {
    PhraseSet set = PhraseSet.compile(List.of("recrut*", "frais de dossier"));
    assertThat(set.count("Recrutement, recruteur, recrut; FRAIS DE DOSSIER")).isEqualTo(4);
  }

  @Test
  void duplicatePhrases_shareOneAtom() {
    assertThat(PhraseSet.compile(List.of("Work Permit", "work  permit", "work permit")).size()).isEqualTo(1);
  }
}
