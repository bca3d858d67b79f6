package org.indicia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.indicia.entity.EntityExtractor;
import org.indicia.lang.LanguageRouter;
import org.indicia.match.AtomMatcher;
import org.indicia.match.Hits;
import org.indicia.overlay.AllowSpans;
import org.indicia.rule.HitIndex;
import org.indicia.rule.Match;
import org.indicia.rule.RuleNode;
import org.indicia.spi.CategoryModel;
import org.indicia.spi.ReadingModel;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * The runner: one document through the compiled packs — normalize → tokenize → choose languages →
 * match all atoms at once → evaluate only the rules whose atoms fired — handing the fired rules
 * to the {@link FindingsBuilder}. Thread-safe; per-call buffers come from a pool so the hot path
 * allocates only what the result holds.
 */
final class DocumentRunner {
  private final String[] packLanguage;
  private final String[] packName;
  private final int[] packRefusedFolds;
  private final Set<String> languages;
  private final TextNormalizer normalizer;
  private final Tokenizer tokenizer;
  private final AtomMatcher matcher;
  private final PackCompiler.Rule[] rules;
  private final int[][] atomRules;
  private final int[] regexPack;
  private final boolean[] eagerRegex;
  private final boolean[] lazyAtom;
  private final Map<String, Integer> stemBit;
  private final LanguageRouter router;
  private final EntityAtoms entityConditions;
  private final RuleNode[] framingAdvisory;
  private final RuleNode[] framingSituated;
  private final RuleNode[] framingSituatedCheap;
  private final ReadingModel[] advisoryModel;
  private final ReadingModel[] ordinaryModel;
  private final CategoryModel[] categoryModel;
  private final Guidance[] learnedGuidance;
  private final int packCount;
  private final int maxLength;
  private final FindingsBuilder findings;
  private final AllowSpans allow; // null without overlay allow rules
  private final ConcurrentLinkedDeque<Scratch> pool = new ConcurrentLinkedDeque<>();

  DocumentRunner(PackCompiler c, int maxLength, FindingsBuilder findings) {
    packLanguage = c.packLanguage;
    packName = c.packName;
    packRefusedFolds = c.packRefusedFolds;
    languages = c.languages;
    normalizer = c.normalizer;
    tokenizer = c.tokenizer;
    matcher = c.matcher;
    rules = c.rules;
    atomRules = c.atomRules;
    regexPack = c.regexPack;
    eagerRegex = c.eagerRegex;
    lazyAtom = c.lazyAtom;
    stemBit = c.stemBit;
    router = c.router;
    entityConditions = c.entityConditions;
    framingAdvisory = c.framingAdvisory;
    framingSituated = c.framingSituated;
    framingSituatedCheap = c.framingSituatedCheap;
    advisoryModel = c.advisoryModel;
    ordinaryModel = c.ordinaryModel;
    categoryModel = c.categoryModel;
    learnedGuidance = c.learnedGuidance;
    packCount = c.packLanguage.length;
    this.maxLength = maxLength;
    this.findings = findings;
    this.allow = c.allow;
  }

  /** Per-thread buffers: taken from the pool for one call, then returned. */
  final class Scratch {
    final NormalizedText text = new NormalizedText();
    final Tokens tokens = new Tokens();
    final AtomMatcher.Scratch match = new AtomMatcher.Scratch();
    final Hits hits = new Hits();
    final boolean[] runRegex = new boolean[matcher.regexCount()];
    final boolean[] laterRegex = new boolean[matcher.regexCount()];
    final HitIndex index = new HitIndex(matcher.atomCount(), lazyAtom, this::findLazy);

    /** The document's entities while it is run (lazily extracted), for entity conditions found on demand. */
    LazyEntities entities;

    private void findLazy(int atom, Hits out) {
      if (entityConditions.addAtomHits(atom, entities, text, tokens, out)) {
        return;
      }
      for (int r = 0; r < matcher.regexCount(); r++) {
        if (matcher.regexAtom(r) == atom) {
          matcher.findRegex(r, text, tokens, match, out);
          return;
        }
      }
    }
    final int[] ruleStamp = new int[rules.length];
    int[] candidates = new int[16];
    int generation;
  }

  /** Receives the intermediate results of one run, for {@link Engine#explain}. */
  interface Trace {
    void rule(Explanation.IndicatorTrace t);

    void done(Assessment a, NormalizedText text, Tokens tokens, Hits hits, HitIndex index);

    /**
     * A rule's matches that lay in text an overlay allows: its evidence, or (with {@code unless})
     * its exclusion.
     */
    default void allowedOut(PackCompiler.Rule r, List<Match> dropped, boolean unless, AllowSpans.Ranges allowed,
        Scratch s) {}
  }

  Assessment run(Document doc, Trace trace) {
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
      LazyEntities entities = entities(text, end, langs);
      int stemMask = 0;
      boolean[] activePack = new boolean[packCount];
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
        s.laterRegex[r] = !eagerRegex[r] && activePack[regexPack[r]];
      }
      matcher.scan(s.text, s.tokens, stemMask, s.runRegex, s.laterRegex, s.match, s.hits);
      s.entities = entities;
      entityConditions.addEagerHits(entities, lazyAtom, s.text, s.tokens, s.hits);
      s.index.index(s.hits, s.tokens, s.text);
      int n = candidates(s);
      List<PackCompiler.Rule> fired = new ArrayList<>();
      List<List<Match>> evidence = new ArrayList<>();
      AllowSpans.Ranges allowed = allow == null ? null : allow.find(s.index); // framing needs it anyway
      for (int i = 0; i < n; i++) {
        PackCompiler.Rule r = rules[s.candidates[i]];
        boolean active = activePack[r.pack()];
        s.index.restrict(packRefusedFolds[r.pack()]); // hits through a fold the pack switched off do not count
        List<Match> m = active ? r.match().eval(s.index, r.negation()) : List.of();
        if (allowed != null && !m.isEmpty()) { // evidence inside allowed text does not count
          m = allowed(r, m, false, allowed, s, trace);
        }
        List<Match> exclusion = !m.isEmpty() && r.unless() != null ? r.unless().eval(s.index, null) : List.of();
        if (allowed != null && !exclusion.isEmpty()) { // nor does it exclude: boilerplate is neutral
          exclusion = allowed(r, exclusion, true, allowed, s, trace);
        }
        boolean excluded = !exclusion.isEmpty();
        if (!m.isEmpty() && !excluded) {
          fired.add(r);
          evidence.add(m);
        }
        if (trace != null) {
          trace.rule(new Explanation.IndicatorTrace(r.def().id(), packName[r.pack()], active,
              !m.isEmpty(), negatedHits(r, s.index), excluded, !m.isEmpty() && !excluded,
              foldRefusedHits(r, s.index), excluded ? findings.spans(text, s, exclusion) : List.of()));
        }
      }
      s.index.restrict(0);
      Framing framing = framing(activePack, s, text, allowed);
      String read = end == text.length() ? text : text.substring(0, end); // what the models read: the assessed part
      Assessment a = findings.assessment(doc, text, end, s, langs, applied, fired, evidence, entities, framing,
          (cues, level) -> learned(cues, level, activePack, read),
          found -> readings(found, activePack, read));
      if (trace != null) {
        trace.done(a, s.text, s.tokens, s.hits, s.index);
      }
      return a;
    } finally {
      s.entities = null;
      pool.offerFirst(s);
    }
  }

  /** The matches outside allowed text; those dropped go to the trace. */
  private static List<Match> allowed(PackCompiler.Rule r, List<Match> m, boolean unless, AllowSpans.Ranges allowed,
      Scratch s, Trace trace) {
    List<Match> kept = allowed.keep(m, s.hits);
    if (trace != null && kept != m) {
      List<Match> dropped = new ArrayList<>(m);
      dropped.removeAll(kept);
      trace.allowedOut(r, dropped, unless, allowed, s);
    }
    return kept;
  }

  /**
   * The text's framing under the applied packs' {@code framing} blocks: their advisory and
   * situated cues counted as non-overlapping matches, so "warning signs of" is one cue, not two.
   * Cues in text an overlay allows do not count.
   */
  private Framing framing(boolean[] activePack, Scratch s, String text, AllowSpans.Ranges allowed) {
    boolean declared = false;
    for (int p = 0; p < packCount; p++) {
      declared |= activePack[p] && framingAdvisory[p] != null;
    }
    if (!declared) {
      return Framing.NONE;
    }
    List<Match> cues = new ArrayList<>();
    int advisory = cues(framingAdvisory, activePack, s, allowed, cues);
    // Most texts have no advisory cue: no need to count the other side. Where there is one, the
    // situated cues that need no entity extraction are counted first; a text they already leave
    // situated is decided, and the costly cues (a price, a contact) are counted only otherwise.
    int situated = 0;
    if (advisory > 0) {
      situated = cues(framingSituatedCheap, activePack, s, allowed, null);
      if (Framing.reads(advisory, situated) && splitSituated(activePack)) {
        situated = cues(framingSituated, activePack, s, allowed, null);
      }
    }
    boolean reads = Framing.reads(advisory, situated);
    return new Framing(reads, false, advisory, situated, reads ? findings.spans(text, s, cues) : List.of());
  }

  /**
   * The framing once the active packs' models have read the text: advisory when an advisory model
   * reads it so, else, for a text at MEDIUM, ordinary when an ordinary model does, with the model's
   * strongest features as evidence. Asked only for a text whose cues left it situated and whose
   * findings would show above LOW ({@code level}): a model costs a pass of its own, and for other
   * texts its answer would change nothing. The ordinary model never holds a HIGH text: HIGH takes a
   * strong cue or several categories, evidence a word count should not overrule (real court
   * summaries of sex-trafficking cases read as ordinary to it at HIGH).
   */
  private Framing learned(Framing cues, Level level, boolean[] activePack, String read) {
    List<Span> advisory = reading(advisoryModel, activePack, read, false);
    if (advisory != null) {
      return new Framing(true, false, cues.advisoryCues(), cues.situatedCues(), advisory);
    }
    List<Span> ordinary = level == Level.MEDIUM ? reading(ordinaryModel, activePack, read, true) : null;
    if (ordinary != null) {
      return new Framing(false, true, cues.advisoryCues(), cues.situatedCues(), ordinary);
    }
    return cues;
  }

  /**
   * The evidence of the first active pack's model that reads {@code text} as its kind, or null
   * (also when no active pack has one). With {@code every}, only when every active pack's model
   * reads it so: a model knows little of another language's words, and a text of few known words
   * reads as its bias says (the French ordinary model reads most English texts as ordinary), so a
   * text of two languages is held as ordinary only when the models of both read it so.
   */
  private List<Span> reading(ReadingModel[] models, boolean[] activePack, String text, boolean every) {
    List<Span> evidence = null;
    for (int p = 0; p < packCount; p++) {
      ReadingModel m = models[p];
      if (!activePack[p] || m == null || seenBefore(models, m, p, activePack)) {
        continue;
      }
      ReadingModel.Reading r = m.read(text, EVIDENCE);
      if (r.reads() != every) {
        return every ? null : r.evidence(); // with every, one model's no decides; without, one yes
      }
      if (evidence == null) {
        evidence = r.evidence();
      }
    }
    return every ? evidence : null;
  }

  /** A category a pack's category model read in the text, for a learned finding. */
  record Learned(int pack, String language, CategoryModel.Reading reading, Guidance guidance) {}

  /**
   * The categories the active packs' category models read in the text and the rules did not find
   * ({@code found}), each once (the first pack's reading), in category order. Asked only for a
   * text with a counted finding that framing does not hold: a reading corroborates, it never
   * stands alone. A reading with no feature towards its category shows nothing, so it is left out.
   */
  private List<Learned> readings(Set<Category> found, boolean[] activePack, String read) {
    List<Learned> out = new ArrayList<>();
    EnumSet<Category> seen = EnumSet.noneOf(Category.class);
    seen.addAll(found);
    for (int p = 0; p < packCount; p++) {
      CategoryModel m = categoryModel[p];
      if (!activePack[p] || m == null || seenBefore(categoryModel, m, p, activePack)) {
        continue;
      }
      for (CategoryModel.Reading r : m.read(read, EVIDENCE)) {
        if (!r.evidence().isEmpty() && seen.add(r.category())) {
          out.add(new Learned(p, packLanguage[p], r, learnedGuidance[p]));
        }
      }
    }
    out.sort((a, b) -> a.reading().category().compareTo(b.reading().category()));
    return out;
  }

  /** Spans a model's reading shows as evidence. */
  private static final int EVIDENCE = 3;

  /** Whether an earlier active pack has the same model (two packs of one language): read once. */
  private static <T> boolean seenBefore(T[] models, T m, int p, boolean[] activePack) {
    for (int q = 0; q < p; q++) {
      if (activePack[q] && models[q] == m) {
        return true;
      }
    }
    return false;
  }

  /** Whether an active pack has situated cues that the first count left out. */
  private boolean splitSituated(boolean[] activePack) {
    for (int p = 0; p < packCount; p++) {
      if (activePack[p] && framingSituatedCheap[p] != framingSituated[p]) {
        return true;
      }
    }
    return false;
  }

  /** The non-overlapping cues of the active packs' framing nodes, added to {@code into} when given. */
  private int cues(RuleNode[] nodes, boolean[] activePack, Scratch s, AllowSpans.Ranges allowed, List<Match> into) {
    int count = 0;
    for (int p = 0; p < packCount; p++) {
      if (activePack[p] && nodes[p] != null) {
        s.index.restrict(packRefusedFolds[p]);
        List<Match> m = nodes[p].eval(s.index, null);
        m = allowed == null ? m : allowed.keep(m, s.hits);
        count += nonOverlapping(m);
        if (into != null) {
          into.addAll(m);
        }
      }
    }
    s.index.restrict(0);
    return count;
  }

  /** How many of the (position-ordered) matches remain when each overlapping one is dropped. */
  private static int nonOverlapping(List<Match> matches) {
    int n = 0;
    int end = -1;
    for (Match m : matches) {
      if (m.start() >= end) {
        n++;
        end = m.end();
      }
    }
    return n;
  }

  /**
   * The entities of the assessed text, extracted when first read (by an {@code entity:} condition
   * or the caller); numbers without a country code read in the languages' regions.
   */
  private static LazyEntities entities(String text, int end, List<DetectedLanguage> langs) {
    List<String> codes = new ArrayList<>(langs.size());
    for (DetectedLanguage l : langs) {
      codes.add(l.code());
    }
    return new LazyEntities(text, end, EntityExtractor.regionsFor(codes));
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

  private int negatedHits(PackCompiler.Rule r, HitIndex index) {
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
  private int foldRefusedHits(PackCompiler.Rule r, HitIndex index) {
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
}
