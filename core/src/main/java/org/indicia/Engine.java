package org.indicia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.indicia.entity.EntityExtractor;
import org.indicia.lang.LanguageRouter;
import org.indicia.match.AtomMatcher;
import org.indicia.match.Hits;
import org.indicia.pack.Expr;
import org.indicia.pack.PackDef;
import org.indicia.rule.HitIndex;
import org.indicia.rule.Match;
import org.indicia.rule.Negation;
import org.indicia.rule.RuleNode;
import org.indicia.score.Scorer;
import org.indicia.text.Folds;
import org.indicia.text.NormalizedText;
import org.indicia.text.PhraseBook;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * The compiled form of a set of packs and the pipeline that runs it: normalize → tokenize →
 * choose languages → match all atoms at once → evaluate only the rules whose atoms fired → score
 * → findings in original offsets. Immutable and thread-safe; per-call buffers come from a pool so
 * the hot path allocates only what the result holds.
 */
final class Engine {
  /** Most evidence spans kept per finding. */
  static final int MAX_SPANS = 16;
  /** Chars of context each side of a snippet. */
  static final int SNIPPET_CONTEXT = 40;

  private final List<RulePack> packs;
  private final String[] packLanguage;
  private final String[] packName;
  /** Per pack: the normalizer folds ({@link Folds} bits) whose hits do not count for it. */
  private final int[] packRefusedFolds;
  private final Set<String> languages;
  private final TextNormalizer normalizer;
  private final Tokenizer tokenizer;
  private final AtomMatcher matcher;
  private final Rule[] rules;
  private final int[][] atomRules;
  /** Per regex: the pack whose rules read it, and whether a rule needs it as a trigger. */
  private final int[] regexPack;
  private final boolean[] eagerRegex;
  /** Per atom: a regex run only when a rule asks for its hits. */
  private final boolean[] lazyAtom;
  private final Map<String, Integer> stemBit = new HashMap<>();
  private final Scorer scorer;
  private final int maxLength;
  private final LanguageRouter router; // null when fewer than two languages are loaded
  private final ConcurrentLinkedDeque<Scratch> pool = new ConcurrentLinkedDeque<>();
  /** The packs' {@code entity:} conditions and their atoms. */
  private final EntityAtoms entityConditions;

  /** One compiled indicator. */
  private record Rule(
      int index, int pack, PackDef.IndicatorDef def, RuleNode match, RuleNode unless, Negation negation,
      Guidance guidance) {}

  Engine(List<RulePack> packs, Scorer scorer, int maxLength) {
    this(packs, scorer, maxLength, Map.of());
  }

  /**
   * @param helplines the platform's helpline text by pack language; the key {@code ""} for every
   *     other language
   */
  Engine(List<RulePack> packs, Scorer scorer, int maxLength, Map<String, String> helplines) {
    this.packs = List.copyOf(packs);
    this.scorer = scorer;
    this.maxLength = maxLength;
    Set<String> elisions = new TreeSet<>();
    Set<String> langs = new TreeSet<>();
    for (RulePack p : packs) {
      elisions.addAll(p.def().analysis().elisions());
      langs.add(p.language());
    }
    this.languages = Set.copyOf(langs);
    Map<String, Set<String>> packWords = LanguageRouter.vocabulary(packs.stream().map(RulePack::def).toList());
    this.router = langs.size() > 1 ? new LanguageRouter(languages, packWords) : null;
    this.tokenizer = new Tokenizer(List.copyOf(elisions));
    AtomMatcher.Builder atoms = new AtomMatcher.Builder(TextNormalizer.basic(), tokenizer);
    List<Rule> compiled = new ArrayList<>();
    List<Integer> regexPacks = new ArrayList<>();
    packLanguage = new String[packs.size()];
    packName = new String[packs.size()];
    packRefusedFolds = new int[packs.size()];
    for (int p = 0; p < packs.size(); p++) {
      PackDef def = packs.get(p).def();
      packLanguage[p] = def.language();
      packName[p] = def.idAtVersion();
      packRefusedFolds[p] = Folds.ALL & ~foldBits(def.analysis().folds());
      String stem = def.analysis().stem() ? def.language() : null;
      Negation negation = null;
      if (!def.analysis().negationCues().isEmpty()) {
        int[] cues = def.analysis().negationCues().stream()
            .mapToInt(c -> atoms.addPhrase(c.text(), stem)).distinct().toArray();
        negation = new Negation(cues, def.analysis().negationScope());
      }
      String helpline = helplines.getOrDefault(def.language(), helplines.getOrDefault("", ""));
      for (PackDef.IndicatorDef ind : def.indicators()) {
        RuleNode match = compile(ind.match(), atoms, stem, regexPacks, p);
        RuleNode unless = ind.unless() == null ? null : compile(ind.unless(), atoms, stem, regexPacks, p);
        Guidance guidance = helpline.isEmpty() ? ind.guidance() : ind.guidance().withHelpline(helpline);
        compiled.add(new Rule(compiled.size(), p, ind, match, unless, ind.negatable() ? negation : null,
            guidance.isEmpty() ? Guidance.NONE : guidance));
      }
    }
    this.entityConditions = EntityAtoms.collect(packs, atoms);
    this.matcher = atoms.build();
    // Text goes through the vocabulary-gated folds too; phrases were analysed without them.
    this.normalizer = TextNormalizer.withVocabulary(matcher.vocabulary(), PhraseBook.of(phraseTexts(matcher), packWords));
    List<String> stemLangs = matcher.stemLanguages();
    for (int k = 0; k < stemLangs.size(); k++) {
      stemBit.put(stemLangs.get(k), 1 << k);
    }
    this.rules = compiled.toArray(new Rule[0]);
    this.regexPack = regexPacks.stream().mapToInt(Integer::intValue).toArray();
    boolean[] isRegex = new boolean[matcher.atomCount()];
    for (int r = 0; r < matcher.regexCount(); r++) {
      isRegex[matcher.regexAtom(r)] = true;
    }
    this.atomRules = indexRules(rules, matcher.atomCount(), a -> isRegex[a]);
    this.eagerRegex = new boolean[matcher.regexCount()];
    this.lazyAtom = new boolean[matcher.atomCount()];
    for (int r = 0; r < matcher.regexCount(); r++) {
      eagerRegex[r] = atomRules[matcher.regexAtom(r)].length > 0;
      lazyAtom[matcher.regexAtom(r)] = !eagerRegex[r];
    }
  }

  /** The text of every phrase atom (not regexes), for the normalizer's phrase-confirmed readings. */
  private static List<String> phraseTexts(AtomMatcher matcher) {
    boolean[] regex = new boolean[matcher.atomCount()];
    for (int r = 0; r < matcher.regexCount(); r++) {
      regex[matcher.regexAtom(r)] = true;
    }
    List<String> out = new ArrayList<>();
    for (int a = 0; a < regex.length; a++) {
      if (!regex[a]) {
        out.add(matcher.atomText(a));
      }
    }
    return out;
  }

  private static int foldBits(Set<Evasion.Kind> kinds) {
    int bits = 0;
    for (Evasion.Kind k : kinds) {
      bits |= k.foldBit();
    }
    return bits;
  }

  /** The evasion kinds of {@link Folds} bits, in kind order. */
  static Set<Evasion.Kind> kinds(int bits) {
    EnumSet<Evasion.Kind> out = EnumSet.noneOf(Evasion.Kind.class);
    for (Evasion.Kind k : Evasion.Kind.values()) {
      if ((bits & k.foldBit()) != 0) {
        out.add(k);
      }
    }
    return out;
  }

  private static RuleNode compile(Expr e, AtomMatcher.Builder atoms, String stem, List<Integer> regexPack, int pack) {
    if (e instanceof Expr.Phrase p) {
      return RuleNode.atom(atoms.addPhrase(p.text(), stem));
    }
    if (e instanceof Expr.Lexicon l) {
      int[] ids = l.phrases().stream().mapToInt(p -> atoms.addPhrase(p.text(), stem)).distinct().toArray();
      List<RuleNode> nodes = new ArrayList<>(ids.length);
      for (int id : ids) {
        nodes.add(RuleNode.atom(id));
      }
      return RuleNode.any(nodes);
    }
    if (e instanceof Expr.Regex r) {
      regexPack.add(pack); // regexes are numbered in the order they are added
      return RuleNode.atom(atoms.addRegex(r.pattern()));
    }
    if (e instanceof Expr.EntityMatch m) {
      return RuleNode.atom(atoms.addExternal(m.label()));
    }
    if (e instanceof Expr.Any a) {
      return RuleNode.any(children(a.children(), atoms, stem, regexPack, pack));
    }
    if (e instanceof Expr.All a) {
      return RuleNode.all(children(a.children(), atoms, stem, regexPack, pack));
    }
    if (e instanceof Expr.Near n) {
      return RuleNode.near(n.within(), children(n.children(), atoms, stem, regexPack, pack));
    }
    Expr.Seq s = (Expr.Seq) e;
    return RuleNode.seq(s.gap(), children(s.children(), atoms, stem, regexPack, pack));
  }

  private static List<RuleNode> children(List<Expr> es, AtomMatcher.Builder atoms, String stem,
      List<Integer> regexPack, int pack) {
    List<RuleNode> out = new ArrayList<>(es.size());
    for (Expr e : es) {
      out.add(compile(e, atoms, stem, regexPack, pack));
    }
    return out;
  }

  /**
   * Atom → the rules it triggers: only rules with a trigger hit are evaluated. Triggers are the
   * atoms a rule cannot match without ({@link RuleNode#triggers}); a regex that is no rule's
   * trigger runs only when a triggered rule asks for it.
   */
  private static int[][] indexRules(Rule[] rules, int atomCount, java.util.function.IntPredicate isRegex) {
    int[] counts = new int[atomCount];
    List<int[]> perRule = new ArrayList<>(rules.length);
    for (Rule r : rules) {
      LinkedHashSet<Integer> atoms = new LinkedHashSet<>();
      r.match().triggers(isRegex, atoms::add);
      int[] a = atoms.stream().mapToInt(Integer::intValue).toArray();
      perRule.add(a);
      for (int x : a) {
        counts[x]++;
      }
    }
    int[][] out = new int[atomCount][];
    for (int x = 0; x < atomCount; x++) {
      out[x] = new int[counts[x]];
    }
    int[] fill = new int[atomCount];
    for (int r = 0; r < rules.length; r++) {
      for (int x : perRule.get(r)) {
        out[x][fill[x]++] = r;
      }
    }
    return out;
  }

  List<RulePack> packs() {
    return packs;
  }

  Set<String> languages() {
    return languages;
  }

  int maxLength() {
    return maxLength;
  }

  /** Per-thread buffers: taken from the pool for one call, then returned. */
  private final class Scratch {
    final NormalizedText text = new NormalizedText();
    final Tokens tokens = new Tokens();
    final AtomMatcher.Scratch match = new AtomMatcher.Scratch();
    final Hits hits = new Hits();
    final boolean[] runRegex = new boolean[matcher.regexCount()];
    final HitIndex index = new HitIndex(matcher.atomCount(), lazyAtom, this::findLazy);

    private void findLazy(int atom, Hits out) {
      for (int r = 0; r < matcher.regexCount(); r++) {
        if (matcher.regexAtom(r) == atom) {
          matcher.findRegex(r, text, tokens, out);
          return;
        }
      }
    }
    final int[] ruleStamp = new int[rules.length];
    int[] candidates = new int[16];
    int generation;
  }

  Assessment assess(Document doc) {
    return run(doc, null);
  }

  Explanation explain(Document doc) {
    List<Explanation.IndicatorTrace> traces = new ArrayList<>();
    Explanation[] out = new Explanation[1];
    run(doc, new Trace() {
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
          atoms.add(new Explanation.AtomHit(matcher.atomText(hits.atom(h)),
              span(doc.text(), text, tokens, hits.tokenStart(h), hits.tokenEnd(h)), kinds(index.folds(h))));
        }
        out[0] = new Explanation(a, text.toString(), toks, atoms, traces);
      }
    });
    return out[0];
  }

  /** Receives the intermediate results of one run, for {@link #explain}. */
  private interface Trace {
    void rule(Explanation.IndicatorTrace t);

    void done(Assessment a, NormalizedText text, Tokens tokens, Hits hits, HitIndex index);
  }

  private Assessment run(Document doc, Trace trace) {
    String text = doc.text();
    int end = Math.min(text.length(), maxLength);
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--; // never cut a surrogate pair
    }
    Scratch s = pool.pollFirst();
    if (s == null) {
      s = new Scratch();
    }
    try {
      normalizer.normalize(text, end, s.text);
      tokenizer.tokenize(s.text.buffer(), s.text.length(), s.tokens);
      List<DetectedLanguage> langs = languagesOf(doc, s);
      List<Entity> entities = entities(text, end, langs);
      int stemMask = 0;
      boolean[] activePack = new boolean[packs.size()];
      List<String> applied = new ArrayList<>();
      for (DetectedLanguage l : langs) {
        stemMask |= stemBit.getOrDefault(l.code(), 0);
      }
      for (int p = 0; p < packLanguage.length; p++) {
        for (DetectedLanguage l : langs) {
          if (l.code().equals(packLanguage[p])) {
            activePack[p] = true;
            applied.add(packName[p]);
          }
        }
      }
      for (int r = 0; r < s.runRegex.length; r++) {
        s.runRegex[r] = eagerRegex[r] && activePack[regexPack[r]];
      }
      matcher.scan(s.text, s.tokens, stemMask, s.runRegex, s.match, s.hits);
      entityConditions.addHits(entities, s.text, s.tokens, s.hits);
      s.index.index(s.hits, s.tokens, s.text);
      int n = candidates(s);
      List<Rule> fired = new ArrayList<>();
      List<List<Match>> evidence = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Rule r = rules[s.candidates[i]];
        boolean active = activePack[r.pack()];
        s.index.restrict(packRefusedFolds[r.pack()]); // hits through a fold the pack switched off do not count
        List<Match> m = active ? r.match().eval(s.index, r.negation()) : List.of();
        List<Match> exclusion = !m.isEmpty() && r.unless() != null ? r.unless().eval(s.index, null) : List.of();
        boolean excluded = !exclusion.isEmpty();
        if (!m.isEmpty() && !excluded) {
          fired.add(r);
          evidence.add(m);
        }
        if (trace != null) {
          trace.rule(new Explanation.IndicatorTrace(r.def().id(), packName[r.pack()], active,
              !m.isEmpty(), negatedHits(r, s.index), excluded, !m.isEmpty() && !excluded,
              foldRefusedHits(r, s.index), excluded ? spans(text, s, exclusion) : List.of()));
        }
      }
      s.index.restrict(0);
      Assessment a = assessment(doc, text, end, s, langs, applied, fired, evidence, entities);
      if (trace != null) {
        trace.done(a, s.text, s.tokens, s.hits, s.index);
      }
      return a;
    } finally {
      pool.offerFirst(s);
    }
  }

  /** The entities of the assessed text; numbers without a country code read in the languages' regions. */
  private static List<Entity> entities(String text, int end, List<DetectedLanguage> langs) {
    List<String> codes = new ArrayList<>(langs.size());
    for (DetectedLanguage l : langs) {
      codes.add(l.code());
    }
    return EntityExtractor.extract(text, end, EntityExtractor.regionsFor(codes));
  }

  /** Collects, in rule order, the rules that read at least one atom that fired. */
  private int candidates(Scratch s) {
    if (++s.generation == 0) {
      Arrays.fill(s.ruleStamp, 0);
      s.generation = 1;
    }
    int n = 0;
    Hits hits = s.hits;
    for (int h = 0; h < hits.count(); h++) {
      for (int r : atomRules[hits.atom(h)]) {
        if (s.ruleStamp[r] != s.generation) {
          s.ruleStamp[r] = s.generation;
          if (n == s.candidates.length) {
            s.candidates = Arrays.copyOf(s.candidates, n * 2);
          }
          s.candidates[n++] = r;
        }
      }
    }
    Arrays.sort(s.candidates, 0, n);
    return n;
  }

  private int negatedHits(Rule r, HitIndex index) {
    if (r.negation() == null) {
      return 0;
    }
    int[] count = new int[1];
    r.match().atoms(atom -> {
      for (int h = index.first(atom); h >= 0; h = index.next(h)) {
        if (r.negation().negates(h, index)) {
          count[0]++;
        }
      }
    });
    return count[0];
  }

  /** How many of the rule's atom hits its pack's fold switches refused (for explanations). */
  private int foldRefusedHits(Rule r, HitIndex index) {
    int refused = packRefusedFolds[r.pack()];
    if (refused == 0) {
      return 0;
    }
    index.restrict(0);
    int[] count = new int[1];
    r.match().atoms(atom -> {
      for (int h = index.first(atom); h >= 0; h = index.next(h)) {
        if ((index.folds(h) & refused) != 0) {
          count[0]++;
        }
      }
    });
    index.restrict(refused);
    return count[0];
  }

  private List<DetectedLanguage> languagesOf(Document doc, Scratch s) {
    if (doc.language().isPresent()) {
      return List.of(new DetectedLanguage(doc.language().get(), 1.0, DetectedLanguage.Source.HINT));
    }
    if (languages.size() == 1) {
      return List.of(new DetectedLanguage(languages.iterator().next(), 1.0, DetectedLanguage.Source.ONLY_LOADED));
    }
    List<DetectedLanguage> found = router.identify(doc.text(), s.text, s.tokens, languages);
    if (!found.isEmpty()) {
      return found;
    }
    List<DetectedLanguage> all = new ArrayList<>();
    for (String l : new TreeSet<>(languages)) {
      all.add(new DetectedLanguage(l, 1.0 / languages.size(), DetectedLanguage.Source.FALLBACK));
    }
    return all;
  }

  private Assessment assessment(Document doc, String original, int end, Scratch s,
      List<DetectedLanguage> langs, List<String> applied, List<Rule> fired, List<List<Match>> evidence,
      List<Entity> entities) {
    List<Scorer.Input> inputs = new ArrayList<>(fired.size());
    for (Rule r : fired) {
      PackDef.IndicatorDef d = r.def();
      inputs.add(new Scorer.Input(d.category(), d.weight(), d.strong(), d.corroborate(), d.sensitive()));
    }
    Scorer.Result result = scorer.score(inputs);
    List<Finding> findings = new ArrayList<>(fired.size());
    for (int i = 0; i < fired.size(); i++) {
      Rule r = fired.get(i);
      PackDef.IndicatorDef d = r.def();
      List<Span> spans = spans(original, s, evidence.get(i));
      findings.add(new Finding(d.id(), d.category(), d.weight(), d.strong(), result.counted()[i],
          result.scoring()[i], packName[r.pack()], d.description(), d.source(), d.tags(), spans,
          snippet(original, end, spans.get(0)), r.guidance()));
    }
    findings.sort(Comparator.comparingInt((Finding f) -> f.spans().get(0).start()).thenComparing(Finding::indicator));
    return new Assessment(doc.id(), result.level(), result.score(), result.categories(), langs, findings,
        end < original.length(), applied, evasions(original, s, evidence, findings), entities);
  }

  private List<Span> spans(String original, Scratch s, List<Match> matches) {
    TreeSet<Long> ranges = new TreeSet<>();
    Hits hits = s.hits;
    for (Match m : matches) {
      for (int h : m.hits()) {
        int a = s.tokens.start(hits.tokenStart(h));
        int b = s.tokens.end(hits.tokenEnd(h) - 1);
        int start = s.text.toSourceStart(a);
        int stop = s.text.toSourceEnd(b);
        ranges.add(((long) start << 32) | stop);
        if (ranges.size() >= MAX_SPANS) {
          break;
        }
      }
    }
    List<Span> out = new ArrayList<>(ranges.size());
    for (long r : ranges) {
      int start = (int) (r >>> 32);
      int stop = (int) r;
      out.add(new Span(start, stop, original.substring(start, stop)));
    }
    return out;
  }

  /**
   * The disguises inside the evidence: for every token of every evidence hit, one {@link Evasion}
   * per fold its chars came through, spanning the token's original characters, kept when a
   * finding's (capped) spans show it.
   */
  private static List<Evasion> evasions(String original, Scratch s, List<List<Match>> evidence,
      List<Finding> findings) {
    if (!s.text.hasFolds()) {
      return List.of();
    }
    TreeMap<Long, Integer> found = new TreeMap<>(); // (start, end) → fold bits, ordered by span
    for (List<Match> matches : evidence) {
      for (Match m : matches) {
        for (int h : m.hits()) {
          for (int t = s.hits.tokenStart(h); t < s.hits.tokenEnd(h); t++) {
            int bits = s.text.folds(s.tokens.start(t), s.tokens.end(t));
            if (bits != 0) {
              long key = ((long) s.text.toSourceStart(s.tokens.start(t)) << 32) | s.text.toSourceEnd(s.tokens.end(t));
              found.merge(key, bits, (a, b) -> a | b);
            }
          }
        }
      }
    }
    List<Evasion> out = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : found.entrySet()) {
      int start = (int) (e.getKey() >>> 32);
      int stop = (int) (long) e.getKey();
      if (!shown(findings, start, stop)) {
        continue;
      }
      Span span = new Span(start, stop, original.substring(start, stop));
      for (Evasion.Kind k : kinds(e.getValue())) {
        out.add(new Evasion(k, span));
      }
    }
    return out;
  }

  private static boolean shown(List<Finding> findings, int start, int stop) {
    for (Finding f : findings) {
      for (Span sp : f.spans()) {
        if (sp.start() <= start && stop <= sp.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Span span(String original, NormalizedText text, Tokens tokens, int tokStart, int tokEnd) {
    int start = text.toSourceStart(tokens.start(tokStart));
    int stop = text.toSourceEnd(tokens.end(tokEnd - 1));
    return new Span(start, stop, original.substring(start, stop));
  }

  /** The original text around a span, widened by a few words, whitespace folded to single spaces. */
  static String snippet(String original, int end, Span span) {
    int from = Math.max(0, span.start() - SNIPPET_CONTEXT);
    int to = Math.min(end, span.end() + SNIPPET_CONTEXT);
    if (from > 0 && Character.isLowSurrogate(original.charAt(from))) {
      from--;
    }
    if (to < original.length() && to > 0 && Character.isHighSurrogate(original.charAt(to - 1))) {
      to++;
    }
    StringBuilder sb = new StringBuilder(to - from + 2);
    if (from > 0) {
      sb.append('…');
    }
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    if (to < end) {
      sb.append('…');
    }
    return sb.toString();
  }
}
