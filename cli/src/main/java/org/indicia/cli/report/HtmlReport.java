package org.indicia.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.Evasion;
import org.indicia.Finding;
import org.indicia.Level;
import org.indicia.Span;

/**
 * The review report: one self-contained HTML page (no script, no external resource) with the
 * documents sorted by score, a level badge each, the evidence highlighted in the original text
 * with a colour per category, the disguises undone, and filters by level and category in pure
 * CSS. Also renders one document alone, for the screening service's page.
 *
 * <p>Each stretch of evidence is one {@code <mark>} over exactly those characters, with {@code
 * data-indicator} and {@code data-category} naming what fired there (space-separated when spans
 * of several findings overlap: overlapping spans are merged into one mark, so marks never nest or
 * cross) and {@code data-start}/{@code data-end} giving its UTF-16 offsets in the text. A mark
 * takes keyboard focus; on hover or focus it shows the indicators, their descriptions and
 * guidance. Every string from a document or a pack is escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** One assessed document with the text it was assessed on. */
  public record Item(Assessment assessment, String text) {
    public Item {
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(text, "text");
    }
  }


  /**
   * The whole report page.
   *
   * @param title the page title (escaped here)
   * @param items the documents, in input order; shown by score, highest first
   * @param packs the packs applied, as {@code id@version}
   */
  public static String page(String title, List<Item> items, List<String> packs) {
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingDouble((Item i) -> -i.assessment().score())); // stable
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    Set<Category> present = EnumSet.noneOf(Category.class);
    for (Item i : sorted) {
      byLevel.merge(i.assessment().level(), 1, Integer::sum);
      i.assessment().findings().forEach(f -> present.add(f.category()));
    }
    StringBuilder b = new StringBuilder(4096 + items.size() * 1024);
    b.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"summary\">")
        .append(items.size()).append(items.size() == 1 ? " document" : " documents");
    for (Level l : Level.values()) {
      b.append(" · ").append(l.name()).append(' ').append(byLevel.getOrDefault(l, 0));
    }
    b.append("<br>Packs: ").append(Html.escape(String.join(", ", packs)))
        .append("<br>Indicia reports indicators for a person to review, never verdicts.</p>\n");
    filters(b, present);
    b.append("</header>\n<main>\n");
    if (sorted.isEmpty()) {
      b.append("<p>No documents.</p>\n");
    }
    for (int i = 0; i < sorted.size(); i++) {
      article(b, sorted.get(i), i);
    }
    b.append("</main>\n");
    return Html.page(title, CSS, "'none'", b.toString());
  }

  /** One document as an {@code <article>}; {@code index} makes its element ids unique. */
  public static String article(Item item, int index) {
    StringBuilder b = new StringBuilder(1024 + item.text().length() * 2);
    article(b, item, index);
    return b.toString();
  }

  private static void filters(StringBuilder b, Set<Category> present) {
    b.append("<div class=\"filters\">\n<fieldset><legend>Level</legend>\n");
    radio(b, "level", "f-lv-ALL", "all", true, null);
    for (Level l : List.of(Level.LOW, Level.MEDIUM, Level.HIGH)) {
      radio(b, "level", "f-lv-" + l.name(), l == Level.HIGH ? "HIGH" : l.name() + "+", false, null);
    }
    b.append("</fieldset>\n<fieldset><legend>Category</legend>\n");
    radio(b, "category", "f-cat-ALL", "all", true, null);
    for (Category c : present) {
      radio(b, "category", "f-cat-" + c.name(), label(c), false, c);
    }
    b.append("</fieldset>\n</div>\n");
  }

  private static void radio(
      StringBuilder b, String name, String id, String label, boolean checked, Category c) {
    b.append("<label><input type=\"radio\" name=\"").append(name).append("\" id=\"").append(id)
        .append('"').append(checked ? " checked" : "").append('>');
    if (c != null) {
      b.append("<span class=\"swatch c-").append(c.name()).append("\"></span>");
    }
    b.append(label).append("</label>\n");
  }

  private static void article(StringBuilder b, Item item, int index) {
    Assessment a = item.assessment();
    String id = "doc-" + index;
    Set<Category> cats = new LinkedHashSet<>();
    a.findings().forEach(f -> cats.add(f.category()));
    b.append("<article class=\"doc lv-").append(a.level().name());
    cats.forEach(c -> b.append(" has-").append(c.name()));
    b.append("\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n");
    b.append("<h2 id=\"").append(id).append("-h\"><span class=\"badge lv-")
        .append(a.level().name()).append("\">").append(a.level().name())
        .append("</span> <span class=\"doc-id\">").append(Html.escape(a.id()))
        .append("</span> <span class=\"score\">score ")
        .append(String.format(Locale.ROOT, "%.4f", a.score())).append("</span></h2>\n");
    b.append("<p class=\"meta\">Languages: ")
        .append(a.languages().isEmpty()
            ? "none"
            : Html.escape(a.languages().stream().map(l -> l.code()).collect(Collectors.joining(", "))))
        .append(" · packs: ").append(Html.escape(String.join(", ", a.packs())));
    if (!a.overlays().isEmpty()) {
      b.append(" · overlays: ").append(Html.escape(String.join(", ", a.overlays())));
    }
    if (a.truncated()) {
      b.append(" · <strong>text truncated</strong>: only its start was assessed");
    }
    b.append("</p>\n<div class=\"text\">");
    text(b, item, id);
    b.append("</div>\n");
    findings(b, a, id);
    evasions(b, a);
    b.append("</article>\n");
  }

  /** A stretch of text covered by the spans of one or more findings (overlaps merged). */
  private record Region(int start, int end, List<Integer> findings) {}

  static List<Region> regions(Assessment a) {
    List<int[]> spans = new ArrayList<>(); // start, end, finding index
    for (int f = 0; f < a.findings().size(); f++) {
      for (Span s : a.findings().get(f).spans()) {
        if (s.end() > s.start()) {
          spans.add(new int[] {s.start(), s.end(), f});
        }
      }
    }
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
    List<Region> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    Set<Integer> fs = new LinkedHashSet<>();
    for (int[] s : spans) {
      if (s[0] < end) { // overlaps the current region: one mark for both
        end = Math.max(end, s[1]);
        fs.add(s[2]);
        continue;
      }
      if (start >= 0) {
        out.add(new Region(start, end, List.copyOf(fs)));
      }
      start = s[0];
      end = s[1];
      fs = new LinkedHashSet<>();
      fs.add(s[2]);
    }
    if (start >= 0) {
      out.add(new Region(start, end, List.copyOf(fs)));
    }
    return out;
  }

  private static void text(StringBuilder b, Item item, String id) {
    Assessment a = item.assessment();
    String text = item.text();
    int at = 0;
    for (Region r : regions(a)) {
      if (r.end() > text.length()) {
        break; // spans come from this text; a shorter text is the caller's mistake, not shown
      }
      Html.appendEscaped(b, text, at, r.start());
      List<Finding> fs = r.findings().stream().map(a.findings()::get).toList();
      Set<String> cats = new LinkedHashSet<>();
      fs.forEach(f -> cats.add(f.category().name()));
      List<Evasion> ev = a.evasions().stream()
          .filter(v -> v.span().start() < r.end() && v.span().end() > r.start())
          .toList();
      b.append("<mark tabindex=\"0\" class=\"c-").append(fs.get(0).category().name())
          .append(ev.isEmpty() ? "" : " evaded").append("\" data-indicator=\"")
          .append(Html.escape(fs.stream().map(Finding::indicator).collect(Collectors.joining(" "))))
          .append("\" data-category=\"").append(String.join(" ", cats))
          .append("\" data-start=\"").append(r.start()).append("\" data-end=\"").append(r.end())
          .append('"');
      if (!ev.isEmpty()) {
        b.append(" data-evasion=\"").append(ev.stream().map(v -> kind(v.kind()))
            .distinct().collect(Collectors.joining(" "))).append('"');
      }
      b.append(" aria-describedby=\"").append(r.findings().stream()
          .map(f -> id + "-f" + f).collect(Collectors.joining(" ")))
          .append("\" data-tip=\"").append(Html.escape(tip(fs, ev))).append("\">");
      Html.appendEscaped(b, text, r.start(), r.end());
      b.append("</mark>");
      at = r.end();
    }
    Html.appendEscaped(b, text, at, text.length());
  }

  private static String tip(List<Finding> fs, List<Evasion> ev) {
    StringBuilder t = new StringBuilder();
    for (Finding f : fs) {
      if (t.length() > 0) {
        t.append("\n\n");
      }
      t.append(f.indicator()).append(" · ").append(label(f.category())).append('\n')
          .append(f.description());
      if (!f.guidance().worker().isEmpty()) {
        t.append("\nFor workers: ").append(f.guidance().worker());
      }
      if (!f.guidance().reviewer().isEmpty()) {
        t.append("\nFor reviewers: ").append(f.guidance().reviewer());
      }
    }
    if (!ev.isEmpty()) {
      t.append("\n\nDisguise undone: ").append(ev.stream().map(v -> kind(v.kind()))
          .distinct().collect(Collectors.joining(", ")));
    }
    return t.toString();
  }

  private static void findings(StringBuilder b, Assessment a, String id) {
    if (a.findings().isEmpty()) {
      b.append("<p class=\"none\">No indicator fired.</p>\n");
      return;
    }
    b.append("<ul class=\"findings\">\n");
    for (int i = 0; i < a.findings().size(); i++) {
      Finding f = a.findings().get(i);
      b.append("<li id=\"").append(id).append("-f").append(i).append("\"><span class=\"swatch c-")
          .append(f.category().name()).append("\"></span><code>").append(Html.escape(f.indicator()))
          .append("</code> <span class=\"cat\">").append(label(f.category()))
          .append("</span> <span class=\"weight\">weight ")
          .append(String.format(Locale.ROOT, "%.2f", f.weight()))
          .append(f.strong() ? ", strong" : "")
          .append(f.scoring() == Finding.Scoring.LEARNED ? ", learned reading: never raises the level"
              : f.counted() ? "" : ", not counted: needs another category").append("</span>")
          .append("<br>").append(Html.escape(f.description()));
      guidance(b, "For workers", f.guidance().worker());
      guidance(b, "For reviewers", f.guidance().reviewer());
      guidance(b, "Help", f.guidance().helpline());
      b.append("<br><span class=\"evidence\">Evidence: ")
          .append(f.spans().stream()
              .map(s -> "“" + Html.escape(s.text()) + "” [" + s.start() + "–" + s.end() + ")")
              .collect(Collectors.joining(", ")))
          .append("</span> <span class=\"source\">Source: ").append(Html.escape(f.source()))
          .append(" · ").append(Html.escape(f.pack())).append("</span></li>\n");
    }
    b.append("</ul>\n");
  }

  private static void guidance(StringBuilder b, String label, String text) {
    if (!text.isEmpty()) {
      b.append("<br><span class=\"guidance\"><strong>").append(label).append(":</strong> ")
          .append(Html.escape(text)).append("</span>");
    }
  }

  private static void evasions(StringBuilder b, Assessment a) {
    if (a.evasions().isEmpty()) {
      return;
    }
    b.append("<p class=\"evasions\">Disguises undone in the evidence: ");
    b.append(a.evasions().stream()
        .map(v -> kind(v.kind()) + " “" + Html.escape(v.span().text()) + "” ["
            + v.span().start() + "–" + v.span().end() + ")")
        .collect(Collectors.joining(", ")));
    b.append("</p>\n");
  }

  private static String kind(Evasion.Kind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A category for people: {@code DEBT_BONDAGE} as {@code debt bondage}. */
  public static String label(Category c) {
    return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** One light background per category, readable under black text. */
  private static final Map<Category, String> COLOURS = colours();

  /** The style sheet of every page: colours, badges, tooltips, filters, print. */
  public static final String CSS = css();

  private static Map<Category, String> colours() {
    String[] palette = {
      "#ffd6e0", "#ffe0b2", "#c8e6c9", "#b3e5fc", "#ffab91", "#f8bbd0", "#fff59d", "#dcedc8",
      "#d1c4e9", "#ffccbc", "#b2dfdb", "#f0f4c3", "#c5cae9", "#b2ebf2", "#e1bee7", "#cfd8dc"
    };
    Map<Category, String> m = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      m.put(c, palette[c.ordinal() % palette.length]);
    }
    return m;
  }

  /** The background of a category's marks, for other renderers (charts). */
  public static String colour(Category c) {
    return COLOURS.get(c);
  }

  private static String css() {
    StringBuilder c = new StringBuilder();
    c.append(":root{color-scheme:light}"
        + "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a1a1a;"
        + "background:#fff;margin:0 auto;max-width:64rem;padding:1rem}"
        + "h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:0 0 .3rem}"
        + ".summary,.meta{color:#444;margin:.2rem 0}"
        + ".filters fieldset{display:inline-block;border:1px solid #bbb;border-radius:4px;"
        + "margin:.3rem .5rem .3rem 0;padding:.2rem .6rem}"
        + ".filters label{margin-right:.7rem;white-space:nowrap;cursor:pointer}"
        + "input:focus-visible,mark:focus-visible,textarea:focus-visible,button:focus-visible,"
        + "select:focus-visible{outline:3px solid #1a237e;outline-offset:2px}"
        + "article.doc{border:1px solid #bbb;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}"
        + ".badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:3px;"
        + "padding:0 .4em;font-size:.85rem;font-weight:700;letter-spacing:.03em}"
        + ".badge.lv-HIGH{background:#b00020;color:#fff}.badge.lv-MEDIUM{background:#c43e00;"
        + "color:#fff}.badge.lv-LOW{background:#f9c74f;color:#000}.badge.lv-NONE{background:#e0e0e0;"
        + "color:#000}"
        + ".doc-id{font-family:ui-monospace,Menlo,Consolas,monospace}.score{color:#555;"
        + "font-weight:400;font-size:.95rem}"
        + ".text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fafafa;border-left:3px "
        + "solid #ddd;padding:.5rem .7rem;margin:.4rem 0}"
        + "mark{position:relative;color:#000;border-bottom:2px solid rgba(0,0,0,.55);"
        + "padding:0 1px;cursor:help}"
        + "mark.evaded{outline:2px dashed #6a1b9a;outline-offset:1px}"
        + "mark:hover::after,mark:focus::after{content:attr(data-tip);position:absolute;left:0;"
        + "top:100%;margin-top:4px;z-index:10;white-space:pre-line;width:max-content;"
        + "max-width:min(30rem,80vw);background:#212121;color:#fff;padding:.45rem .6rem;"
        + "border-radius:4px;font-size:.85rem;line-height:1.35;box-shadow:0 2px 6px rgba(0,0,0,.3)}"
        + ".swatch{display:inline-block;width:.9em;height:.9em;border:1px solid rgba(0,0,0,.4);"
        + "vertical-align:-.1em;margin-right:.3em}"
        + ".findings{padding-left:1.2rem;margin:.4rem 0}.findings li{margin:.3rem 0}"
        + ".cat{font-weight:600}.weight,.source,.evidence{color:#444;font-size:.9rem}"
        + ".evasions{color:#4a148c;font-size:.9rem}.guidance{font-size:.92rem}"
        + "form textarea{width:100%;box-sizing:border-box;min-height:10rem;font:inherit;"
        + "padding:.4rem}form .row{margin:.4rem 0}button{font:inherit;padding:.3rem 1.2rem}"
        + "table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #ccc;"
        + "padding:.15rem .5rem;text-align:left;font-size:.9rem}td.n{text-align:right}"
        + "figure{margin:1rem 0}figcaption{font-weight:600}svg{max-width:100%;height:auto}"
        + ".error{color:#b00020;font-weight:600}");
    for (Category cat : Category.values()) {
      String col = COLOURS.get(cat);
      c.append(".c-").append(cat.name()).append("{background:").append(col).append('}');
      c.append("body:has(#f-cat-").append(cat.name()).append(":checked) article.doc:not(.has-")
          .append(cat.name()).append("){display:none}");
    }
    c.append("body:has(#f-lv-LOW:checked) article.doc.lv-NONE,"
        + "body:has(#f-lv-MEDIUM:checked) article.doc:is(.lv-NONE,.lv-LOW),"
        + "body:has(#f-lv-HIGH:checked) article.doc:not(.lv-HIGH){display:none}");
    c.append("@media print{.filters,form{display:none}body{max-width:none;font-size:11pt}"
        + "article.doc{break-inside:avoid;border-color:#888}"
        + "mark,.swatch,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        + "mark::after{display:none!important}mark.evaded{outline:1px dashed #000}}");
    return c.toString();
  }
}
