package org.indicia.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.Finding;
import org.indicia.Guidance;
import org.indicia.Level;
import org.indicia.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * For any text, however hostile, and any spans: the rendered text is the original (NUL and lone
 * surrogates as U+FFFD), the only elements inside it are marks, marks never nest, and each mark
 * covers exactly the union of the overlapping spans it stands for.
 */
class HtmlReportPropertyTest {
  @Provide
  Arbitrary<Tuple.Tuple2<String, List<int[]>>> textAndSpans() {
    Arbitrary<String> pieces = Arbitraries.of("<script>", "</textarea>", "&amp;", "\"", "'", "\r",
        "\r\n", "\n", "\0", "\uD800", "\uDC00", "🌹", "é", " ", "a", "passport", "<b onclick=x>",
        "]]>", "<!--", "\u202E", "\uFEFF");
    Arbitrary<String> texts = pieces.list().ofMinSize(1).ofMaxSize(30)
        .map(l -> String.join("", l));
    return texts.flatMap(t -> {
      Arbitrary<int[]> span = Combinators.combine(
              Arbitraries.integers().between(0, t.length() - 1),
              Arbitraries.integers().between(1, 12),
              Arbitraries.integers().between(0, 2))
          .as((s, len, f) -> new int[] {boundary(t, s), boundary(t, Math.min(t.length(), s + len)), f})
          .filter(s -> s[1] > s[0]);
      return span.list().ofMaxSize(8).map(l -> Tuple.of(t, l));
    });
  }

  @Property(tries = 300)
  void renderedText_isTheOriginal_andMarksCoverMergedSpans(
      @ForAll("textAndSpans") Tuple.Tuple2<String, List<int[]>> input) {
    String text = input.get1();
    List<int[]> raw = input.get2();
    List<Finding> findings = new ArrayList<>();
    for (int f = 0; f < 3; f++) {
      List<Span> spans = new ArrayList<>();
      for (int[] s : raw) {
        if (s[2] == f) {
          spans.add(new Span(s[0], s[1], text.substring(s[0], s[1])));
        }
      }
      if (!spans.isEmpty()) {
        spans.sort(Comparator.comparingInt(Span::start));
        findings.add(new Finding("t.f" + f, Category.values()[f], 0.5, false, true,
            Finding.Scoring.COUNTED, "t@1", "d<" + f + ">", "s", List.of(), spans, "", Guidance.NONE));
      }
    }
    Assessment a = new Assessment("id", Level.LOW, 0.3, java.util.Map.of(), List.of(), findings,
        false, List.of(), List.of(), List.of(), org.indicia.Framing.NONE);
    Element body = Jsoup.parse(HtmlReport.article(new HtmlReport.Item(a, text), 0)).body();
    Element shown = body.selectFirst(".text");
    String expected = visible(text);
    assertThat(shown.wholeText()).isEqualTo(expected);
    assertThat(shown.select("*").stream().skip(1)).allMatch(e -> e.tagName().equals("mark"));
    assertThat(shown.select("mark mark")).isEmpty();

    List<int[]> sorted = new ArrayList<>(raw);
    sorted.sort(Comparator.comparingInt(s -> s[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] < last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    List<Element> marks = shown.select("mark");
    assertThat(marks).hasSize(merged.size());
    for (int i = 0; i < marks.size(); i++) {
      assertThat(marks.get(i).attr("data-start")).isEqualTo(Integer.toString(merged.get(i)[0]));
      assertThat(marks.get(i).attr("data-end")).isEqualTo(Integer.toString(merged.get(i)[1]));
      assertThat(marks.get(i).wholeText())
          .isEqualTo(expected.substring(merged.get(i)[0], merged.get(i)[1]));
    }
  }

  /** Spans lie on code-point boundaries (as core guarantees): never inside a surrogate pair. */
  private static int boundary(String t, int i) {
    return i > 0 && i < t.length() && Character.isLowSurrogate(t.charAt(i))
        && Character.isHighSurrogate(t.charAt(i - 1)) ? i - 1 : i;
  }

  /** The text as a browser shows it: NUL and unpaired surrogates become U+FFFD. */
  private static String visible(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || c == '\0') {
        b.append('\uFFFD');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
