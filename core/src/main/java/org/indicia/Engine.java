package org.indicia;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indicia.match.Hits;
import org.indicia.rule.HitIndex;
import org.indicia.score.Scorer;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokens;

/**
 * The compiled form of a set of packs and the pipeline that runs it: a {@link PackCompiler}
 * compiles the packs once, a {@link DocumentRunner} scans each document and evaluates its rules,
 * and a {@link FindingsBuilder} turns what fired into the {@link Assessment}. Immutable and
 * thread-safe.
 */
final class Engine {
  private final List<RulePack> packs;
  private final int maxLength;
  private final PackCompiler compiled;
  private final DocumentRunner runner;

  Engine(List<RulePack> packs, Scorer scorer, int maxLength) {
    this(packs, scorer, maxLength, Map.of());
  }

  /**
   * @param helplines the platform's helpline text by pack language; the key {@code ""} for every
   *     other language
   */
  Engine(List<RulePack> packs, Scorer scorer, int maxLength, Map<String, String> helplines) {
    this.packs = List.copyOf(packs);
    this.maxLength = maxLength;
    this.compiled = new PackCompiler(packs, helplines);
    this.runner = new DocumentRunner(compiled, maxLength, new FindingsBuilder(scorer, compiled.packName));
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

  Assessment assess(Document doc) {
    return runner.run(doc, null);
  }

  Explanation explain(Document doc) {
    List<Explanation.IndicatorTrace> traces = new ArrayList<>();
    Explanation[] out = new Explanation[1];
    runner.run(doc, new DocumentRunner.Trace() {
      @Override
      public void rule(Explanation.IndicatorTrace t) {
        traces.add(t);
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
        out[0] = new Explanation(a, text.toString(), toks, atoms, traces);
      }
    });
    return out[0];
  }
}
