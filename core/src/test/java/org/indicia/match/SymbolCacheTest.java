package org.indicia.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A scratch that has seen other texts (its symbol cache warm, perhaps emptied and refilled)
 * finds exactly what a fresh scratch finds: the cache returns what the probes and the stemmer
 * return.
 */
class SymbolCacheTest {
  private static final List<String> WORDS = List.of("pay", "paid", "paying", "payment", "passport", "passports",
      "kept", "keeping", "keep", "debt", "debts", "work", "working", "worked", "travail", "travaillé", "payé",
      "payer", "dette", "dettes", "the", "le", "x", "recruit", "recruiting", "recruitment", "fee", "fees");

  private static final AtomMatcher MATCHER = matcher();
  private static final Tokenizer TOKENIZER = new Tokenizer(List.of());
  private static final TextNormalizer NORMALIZER = TextNormalizer.basic();
  /** Lives across tries, as a pooled scratch lives across documents. */
  private static final AtomMatcher.Scratch SHARED = new AtomMatcher.Scratch();

  private static AtomMatcher matcher() {
    AtomMatcher.Builder b = new AtomMatcher.Builder(TextNormalizer.basic(), new Tokenizer(List.of()));
    b.addPhrase("paying", "en");
    b.addPhrase("keep passport", "en");
    b.addPhrase("recruit* fee", null);
    b.addPhrase("work", null);
    b.addPhrase("debt", "en");
    b.addPhrase("travailler", "fr");
    b.addPhrase("payer la dette", "fr");
    return b.build();
  }

  @Property(tries = 400)
  void warmScratchFindsWhatAFreshOneFinds(@ForAll("texts") String text, @ForAll("masks") int stemMask) {
    assertThat(scan(text, stemMask, SHARED)).isEqualTo(scan(text, stemMask, new AtomMatcher.Scratch()));
  }

  @Test
  void refillsAfterItIsFullAndKeepsAnswering() {
    AtomMatcher.Scratch s = new AtomMatcher.Scratch();
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < SymbolCache.MAX_ENTRIES + 100; i++) {
      many.append("w").append(i).append(' ');
    }
    scan(many.toString(), 3, s); // more distinct tokens than the cache holds
    String text = "keeping passports, paying debts, recruiting fees";
    List<String> first = scan(text, 3, s);
    assertThat(scan(text, 3, s)).isEqualTo(first).isEqualTo(scan(text, 3, new AtomMatcher.Scratch()));
    assertThat(first).isNotEmpty();
    assertThat(s.symbolCacheHitRate()).isGreaterThan(0);
  }

  private static List<String> scan(String text, int stemMask, AtomMatcher.Scratch s) {
    NormalizedText n = new NormalizedText();
    NORMALIZER.normalize(text, text.length(), n);
    Tokens tokens = new Tokens();
    TOKENIZER.tokenize(n.buffer(), n.length(), tokens);
    Hits hits = new Hits();
    MATCHER.scan(n, tokens, stemMask, new boolean[MATCHER.regexCount()], s, hits);
    List<String> out = new ArrayList<>();
    for (int h = 0; h < hits.count(); h++) {
      out.add(hits.atom(h) + ":" + hits.tokenStart(h) + "-" + hits.tokenEnd(h));
    }
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(12).map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<Integer> masks() {
    return Arbitraries.integers().between(0, 3);
  }
}
