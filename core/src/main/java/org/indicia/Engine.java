package org.indicia;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indicia.match.Hits;
import org.indicia.overlay.AllowSpans;
import org.indicia.overlay.OverlayPlan;
import org.indicia.rule.HitIndex;
import org.indicia.rule.Match;
import org.indicia.score.Scorer;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokens;

/**
 * The compiled form of a set of packs and the pipeline that runs it: a {@link PackCompiler}
 * compiles the packs once, a {@link DocumentRunner} scans each document and evaluates its rules,
 * and a {@link FindingsBuilder} turns what fired into the {@link Assessment}. Overlays are applied
 * before compiling (indicator changes), in the scorer (thresholds) and in the runner (allow
 * rules); without them nothing is added per document. Immutable and thread-safe.
 */
final class Engine {
  private final List<RulePack> packs;
  private final int maxLength;
  private final PackCompiler compiled;
  private final DocumentRunner runner;
  private final FindingsBuilder findings;
  private final OverlayPlan plan;
  /** The same packs without the overlays, for explanations; built on first need. */
  private final java.util.function.Supplier<Engine> base;
  private volatile Engine baseEngine;

  Engine(List<RulePack> packs, Scorer scorer, int maxLength) {
    this(packs, scorer, maxLength, Map.of());
  }

  /**
   * @param helplines the platform's helpline text by pack language; the key {@code ""} for every
   *     other language
   */
  Engine(List<RulePack> packs, Scorer scorer, int maxLength, Map<String, String> helplines) {
    this(packs, scorer, maxLength, helplines, OverlayPlan.NONE, scorer);
  }

  /**
   * @param plan the overlays resolved against {@code packs}
   * @param baseScorer the scorer without the overlays' thresholds (for explanations)
   */
  Engine(List<RulePack> packs, Scorer scorer, int maxLength, Map<String, String> helplines, OverlayPlan plan,
      Scorer baseScorer) {
    this.packs = List.copyOf(packs);
    this.maxLength = maxLength;
    this.plan = plan;
    List<RulePack> effective = plan.isEmpty() ? this.packs
        : this.packs.stream().map(p -> RulePack.of(plan.apply(p.def()))).toList();
    this.compiled = new PackCompiler(effective, helplines, plan.allow());
    this.findings = new FindingsBuilder(scorer, compiled.packName, plan.names());
    this.runner = new DocumentRunner(compiled, maxLength, findings);
    this.base = plan.names().isEmpty() ? null : () -> new Engine(this.packs, baseScorer, maxLength, helplines);
  }

  List<RulePack> packs() {
    return packs;
  }

  Set<String> languages() {
    return compiled.languages;
  }

  int maxLength() {
    return maxLength;
  }

  OverlayPlan plan() {
    return plan;
  }

  Assessment assess(Document doc) {
    return runner.run(doc, null);
  }

  Explanation explain(Document doc) {
    List<Explanation.IndicatorTrace> traces = new ArrayList<>();
    List<Explanation.OverlayEffect> allowedOut = new ArrayList<>();
    Explanation[] out = new Explanation[1];
    runner.run(doc, new DocumentRunner.Trace() {
      @Override
      public void rule(Explanation.IndicatorTrace t) {
        traces.add(t);
      }

      @Override
      public void allowedOut(PackCompiler.Rule r, List<Match> dropped, boolean unless, AllowSpans.Ranges allowed,
          DocumentRunner.Scratch s) {
        for (Match m : dropped) {
          int h = allowed.firstAllowedHit(m, s.hits);
          int range = allowed.overlapping(s.hits.tokenStart(h), s.hits.tokenEnd(h));
          OverlayPlan.Allow rule = plan.allow().get(allowed.rule(range));
          Span where = FindingsBuilder.span(doc.text(), s.text, s.tokens, allowed.start(range), allowed.end(range));
          allowedOut.add(new Explanation.OverlayEffect(Explanation.OverlayEffect.Kind.ALLOWED_OUT, rule.overlay(),
              r.def().id(), (unless ? "unless exclusion ignored: " : "") + "allow '" + rule.rule().text()
                  + "' matched \"" + where.text() + "\" at " + where.start() + "-" + where.end(),
              findings.spans(doc.text(), s, List.of(m))));
        }
      }

      @Override
      public void done(Assessment a, NormalizedText text, Tokens tokens, Hits hits, HitIndex index) {
        List<String> toks = new ArrayList<>(tokens.count());
        for (int i = 0; i < tokens.count(); i++) {
          toks.add(new String(text.buffer(), tokens.start(i), tokens.end(i) - tokens.start(i)));
        }
        List<Explanation.AtomHit> atoms = new ArrayList<>(hits.count());
        for (int h = 0; h < hits.count(); h++) {
          atoms.add(new Explanation.AtomHit(compiled.matcher.atomText(hits.atom(h)),
              FindingsBuilder.span(doc.text(), text, tokens, hits.tokenStart(h), hits.tokenEnd(h)),
              FindingsBuilder.kinds(index.folds(h))));
        }
        out[0] = new Explanation(a, text.toString(), toks, atoms, traces, overlayEffects(doc, a, allowedOut));
      }
    });
    return out[0];
  }

  /**
   * What the overlays changed for this document: the assessment without them, compared with
   * this one, and the evidence the allow rules dropped.
   */
  private List<Explanation.OverlayEffect> overlayEffects(Document doc, Assessment a,
      List<Explanation.OverlayEffect> allowedOut) {
    if (base == null) {
      return List.of();
    }
    Engine b = baseEngine;
    if (b == null) {
      b = base.get();
      baseEngine = b;
    }
    Assessment without = b.assess(doc);
    List<Explanation.OverlayEffect> out = new ArrayList<>();
    Map<String, Finding> now = new HashMap<>();
    a.findings().forEach(f -> now.put(f.indicator(), f));
    for (Finding f : without.findings()) {
      OverlayPlan.IndicatorChange c = plan.changes().get(f.indicator());
      if (c != null && c.disabled()) {
        out.add(new Explanation.OverlayEffect(Explanation.OverlayEffect.Kind.DISABLED, String.join(", ", c.overlays()),
            f.indicator(), "disabled (would have fired, weight " + f.weight() + ")", f.spans()));
      }
    }
    for (Finding f : a.findings()) {
      OverlayPlan.IndicatorChange c = plan.changes().get(f.indicator());
      if (c != null && !c.disabled()) {
        out.add(new Explanation.OverlayEffect(Explanation.OverlayEffect.Kind.CHANGED, String.join(", ", c.overlays()),
            f.indicator(), describe(c), f.spans()));
      }
    }
    out.addAll(allowedOut);
    if (plan.thresholds() != null) {
      double[] t = plan.thresholds();
      out.add(new Explanation.OverlayEffect(Explanation.OverlayEffect.Kind.THRESHOLDS, plan.thresholdsFrom(), "",
          "levels at low " + t[0] + ", medium " + t[1] + ", high " + t[2], List.of()));
    }
    if (without.level() != a.level() || without.score() != a.score()
        || without.findings().size() != a.findings().size()) {
      out.add(new Explanation.OverlayEffect(Explanation.OverlayEffect.Kind.OUTCOME, String.join(", ", plan.names()), "",
          "without overlays: level " + without.level() + ", score " + round(without.score()) + ", "
              + findings(without.findings().size()) + "; with: level " + a.level() + ", score " + round(a.score())
              + ", " + findings(a.findings().size()), List.of()));
    }
    return out;
  }

  private static String describe(OverlayPlan.IndicatorChange c) {
    List<String> parts = new ArrayList<>();
    if (c.weightBefore() != c.weightAfter()) {
      parts.add("weight " + c.weightBefore() + " -> " + round(c.weightAfter())
          + (c.factor() != 1 ? " (category " + c.category() + " factor " + c.factor() + ")" : ""));
    }
    if (c.strongBefore() != c.strongAfter()) {
      parts.add("strong " + c.strongBefore() + " -> " + c.strongAfter());
    }
    if (c.corroborateBefore() != c.corroborateAfter()) {
      parts.add("corroborate " + c.corroborateBefore() + " -> " + c.corroborateAfter());
    }
    return parts.isEmpty() ? "unchanged values" : String.join(", ", parts);
  }

  private static String findings(int n) {
    return n + (n == 1 ? " finding" : " findings");
  }

  private static String round(double d) {
    return String.valueOf(Math.round(d * 1000) / 1000.0);
  }
}
