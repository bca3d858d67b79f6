package org.indicia.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.DetectedLanguage;
import org.indicia.Evasion;
import org.indicia.Finding;
import org.indicia.Guidance;
import org.indicia.Level;
import org.indicia.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  static Span span(String text, int start, int end) {
    return new Span(start, end, text.substring(start, end));
  }

  static Finding finding(String id, Category c, String description, Span... spans) {
    return new Finding(id, c, 0.5, false, true, Finding.Scoring.COUNTED, "t@1", description, "Test.",
        List.of(), List.of(spans), "", Guidance.NONE);
  }

  static Assessment assessment(
      String id, Level level, double score, List<Finding> findings, List<Evasion> evasions) {
    return new Assessment(
        id,
        level,
        score,
        Map.of(),
        List.of(new DetectedLanguage("en", 1, DetectedLanguage.Source.HINT)),
        findings,
        false,
        List.of("t@1"),
        evasions,
        List.of(),
        org.indicia.Framing.NONE);
  }

  @Test
  void escape_neutralisesMarkupAndKeepsLength() {
    assertThat(Html.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
    assertThat(Html.escape("a\rb\0c\uD800d")).isEqualTo("a&#13;b\uFFFDc\uFFFDd");
    assertThat(Html.escape("🌹")).isEqualTo("🌹");
  }

  @Test
  void overlappingSpans_becomeOneMarkNamingBothIndicators() {
    String text = "We keep your passport and your visa.";
    Finding a = finding("t.a", Category.DOCUMENT_RETENTION, "A", span(text, 3, 21));
    Finding b = finding("t.b", Category.RESTRICTED_MOVEMENT, "B", span(text, 13, 21),
        span(text, 31, 35));
    Assessment as = assessment("d", Level.MEDIUM, 0.6, List.of(a, b), List.of());
    Document doc = Jsoup.parse(HtmlReport.page("t", List.of(new HtmlReport.Item(as, text)), List.of()));
    Elements marks = doc.select("article mark");
    assertThat(marks).hasSize(2);
    assertThat(marks.get(0).text()).isEqualTo("keep your passport");
    assertThat(marks.get(0).attr("data-indicator")).isEqualTo("t.a t.b");
    assertThat(marks.get(0).attr("data-category")).isEqualTo("DOCUMENT_RETENTION RESTRICTED_MOVEMENT");
    assertThat(marks.get(1).text()).isEqualTo("visa");
    assertThat(marks.get(1).attr("data-indicator")).isEqualTo("t.b");
    assertThat(doc.selectFirst("article .text").wholeText()).isEqualTo(text);
    for (Element m : marks) {
      int s = Integer.parseInt(m.attr("data-start"));
      int e = Integer.parseInt(m.attr("data-end"));
      assertThat(m.wholeText()).isEqualTo(text.substring(s, e));
      assertThat(m.attr("tabindex")).isEqualTo("0");
    }
  }

  @Test
  void touchingSpans_stayTwoMarks() {
    String text = "passportvisa";
    Finding a = finding("t.a", Category.DOCUMENT_RETENTION, "A", span(text, 0, 8));
    Finding b = finding("t.b", Category.DECEPTION, "B", span(text, 8, 12));
    Assessment as = assessment("d", Level.LOW, 0.3, List.of(a, b), List.of());
    Elements marks = Jsoup.parse(HtmlReport.article(new HtmlReport.Item(as, text), 0)).select("mark");
    assertThat(marks).extracting(Element::text).containsExactly("passport", "visa");
  }

  @Test
  void hostileTextAndIds_areTextOnly() {
    String text = "<script>alert(1)</script><img src=x onerror=alert(2)></textarea>\"'&amp; keep passport";
    int p = text.indexOf("keep");
    Finding a = finding("t.a<b>", Category.DOCUMENT_RETENTION, "<i>desc</i>",
        span(text, p, text.length()));
    Assessment as = assessment("<b onclick=x>id</b>", Level.HIGH, 0.9, List.of(a),
        List.of(new Evasion(Evasion.Kind.LEETSPEAK, span(text, p + 5, text.length()))));
    String html = HtmlReport.page("<title>", List.of(new HtmlReport.Item(as, text)), List.of("<p>"));
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img, textarea, b, i, p:not(.summary,.meta,.none,.evasions)")).isEmpty();
    assertThat(doc.select("[onerror], [onclick]")).isEmpty();
    assertThat(doc.selectFirst("article .text").wholeText()).isEqualTo(text);
    assertThat(doc.selectFirst(".doc-id").text()).isEqualTo("<b onclick=x>id</b>");
    Element mark = doc.selectFirst("mark");
    assertThat(mark.attr("data-indicator")).isEqualTo("t.a<b>");
    assertThat(mark.hasClass("evaded")).isTrue();
    assertThat(mark.attr("data-evasion")).isEqualTo("leetspeak");
    assertThat(mark.attr("data-tip")).contains("<i>desc</i>", "Disguise undone: leetspeak");
  }

  @Test
  void page_sortsByScoreAndHasAStrictPolicy() {
    String t = "text";
    List<HtmlReport.Item> items = List.of(
        new HtmlReport.Item(assessment("low", Level.LOW, 0.2, List.of(), List.of()), t),
        new HtmlReport.Item(assessment("high", Level.HIGH, 0.9, List.of(), List.of()), t),
        new HtmlReport.Item(assessment("none", Level.NONE, 0.0, List.of(), List.of()), t));
    Document doc = Jsoup.parse(HtmlReport.page("r", items, List.of()));
    assertThat(doc.select("article .doc-id")).extracting(Element::text)
        .containsExactly("high", "low", "none");
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none'; style-src 'sha256-").doesNotContain("unsafe");
    assertThat(csp).contains(Html.styleHash(doc.selectFirst("style").data()));
    assertThat(doc.select("script, link, img, [style]")).isEmpty();
    assertThat(doc.select("article.lv-HIGH .badge.lv-HIGH")).hasSize(1);
  }
}
