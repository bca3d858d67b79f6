package org.indicia.cli.serve;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.indicia.Explanation;
import org.indicia.cli.report.Html;
import org.indicia.cli.report.HtmlReport;

/**
 * The service's page: a form to paste a text and, after posting it, the same document view as
 * the review report (highlighted evidence, indicators, descriptions) and how it was assessed.
 * Rendered on the server with every string escaped; the page runs no script at all.
 */
final class Page {
  /** The page's policy: its own style sheet, forms posting back here, nothing else. */
  static final String CSP = Html.csp(HtmlReport.CSS, "'self'");

  private static final List<String[]> LANGUAGES =
      List.<String[]>of(new String[] {"", "detect"}, new String[] {"en", "English"},
          new String[] {"fr", "French"});

  private Page() {}

  /**
   * @param text the text to show in the form, or null
   * @param lang the language chosen, or null
   * @param e the explanation of {@code text}, or null
   * @param error a message for the person, or null
   */
  static String render(String text, String lang, Explanation e, String error) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<header><h1>Indicia screening</h1><p class=\"summary\">Paste a job ad or a message"
        + " to see which indicators of trafficking or forced labour it shows, where, and why."
        + " Indicia reports indicators for a person to review, never verdicts. The text is"
        + " assessed in memory and neither stored nor logged.</p></header>\n<main>\n");
    b.append("<form method=\"post\" action=\"/\" accept-charset=\"utf-8\">\n<div class=\"row\">"
        + "<label for=\"text\">Text</label><br><textarea id=\"text\" name=\"text\" rows=\"8\""
        + " required>\n");
    // The parser drops one newline right after <textarea>: the one above, so the text's own stays.
    if (text != null) {
      b.append(Html.escape(text));
    }
    b.append("</textarea></div>\n<div class=\"row\"><label for=\"lang\">Language</label> "
        + "<select id=\"lang\" name=\"lang\">");
    for (String[] l : LANGUAGES) {
      b.append("<option value=\"").append(l[0]).append('"')
          .append(l[0].equals(lang == null ? "" : lang) ? " selected" : "").append('>')
          .append(l[1]).append("</option>");
    }
    b.append("</select> <button type=\"submit\">Assess</button></div>\n</form>\n");
    if (error != null) {
      b.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>\n");
    }
    if (e != null) {
      b.append("<section aria-label=\"Result\">\n")
          .append(HtmlReport.article(new HtmlReport.Item(e.assessment(), text), 0))
          .append("</section>\n");
      explanation(b, e);
    }
    b.append("</main>\n");
    return Html.page("Indicia screening", HtmlReport.CSS, "'self'", b.toString());
  }

  private static void explanation(StringBuilder b, Explanation e) {
    b.append("<section class=\"explanation\" aria-labelledby=\"how\"><h2 id=\"how\">How it was"
        + " assessed</h2>\n<p>Normalized text (what the matcher reads):</p><div class=\"text\">")
        .append(Html.escape(e.normalized())).append("</div>\n");
    b.append("<table><caption>Indicators with an atom hit</caption><tr><th>indicator</th>"
        + "<th>pack</th><th>matched</th><th>negated hits</th><th>unless</th><th>result</th></tr>\n");
    for (Explanation.IndicatorTrace t : e.indicators()) {
      b.append("<tr><td><code>").append(Html.escape(t.indicator())).append("</code></td><td>")
          .append(Html.escape(t.pack())).append("</td><td>")
          .append(!t.languageApplied() ? "language not applied" : t.matched() ? "yes" : "no")
          .append("</td><td class=\"n\">").append(t.negatedHits()).append("</td><td>")
          .append(t.excluded() ? "matched" : "-").append("</td><td>")
          .append(t.fired() ? "<strong>fired</strong>" : "not fired").append("</td></tr>\n");
    }
    b.append("</table>\n<table><caption>Atoms found</caption><tr><th>atom</th><th>where</th>"
        + "<th>text</th><th>disguise undone</th></tr>\n");
    for (Explanation.AtomHit h : e.atoms()) {
      b.append("<tr><td><code>").append(Html.escape(h.atom())).append("</code></td><td>[")
          .append(h.span().start()).append("–").append(h.span().end()).append(")</td><td>")
          .append(Html.escape(h.span().text())).append("</td><td>")
          .append(h.folds().stream().map(k -> k.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", ")))
          .append("</td></tr>\n");
    }
    b.append("</table>\n</section>\n");
  }
}
