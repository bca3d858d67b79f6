package org.indicia;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.indicia.lang.LanguageRouter;
import org.indicia.lang.Languages;
import org.indicia.match.AtomMatcher;
import org.indicia.overlay.AllowSpans;
import org.indicia.overlay.OverlayPlan;
import org.indicia.pack.Expr;
import org.indicia.pack.PackDef;
import org.indicia.rule.Negation;
import org.indicia.rule.RuleNode;
import org.indicia.spi.CategoryModel;
import org.indicia.spi.ReadingModel;
import org.indicia.text.Folds;
import org.indicia.text.PhraseBook;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;

/**
 * The compiler: packs → compiled rules, their atoms in one {@link AtomMatcher}, the normalizer
 * and tokenizer their phrases were analysed for, and the indexes that choose which rules and
 * regexes a document needs. Its fields are the result; immutable after construction.
 */
final class PackCompiler {
  final String[] packLanguage;
  final String[] packName;
  /** Per pack: the normalizer folds ({@link Folds} bits) whose hits do not count for it. */
  final int[] packRefusedFolds;
  final Set<String> languages;
  final TextNormalizer normalizer;
  final Tokenizer tokenizer;
  final AtomMatcher matcher;
  final Rule[] rules;
  /** Atom → the rules it triggers. */
  final int[][] atomRules;
  /** Per regex: the pack whose rules read it, and whether a rule needs it as a trigger. */
  final int[] regexPack;
  final boolean[] eagerRegex;
  /** Per atom: a regex or entity condition found only when a rule asks for its hits. */
  final boolean[] lazyAtom;
  /** Stemming language → its bit in the matcher's stem mask. */
  final Map<String, Integer> stemBit = new HashMap<>();
  final LanguageRouter router; // null when fewer than two languages are loaded
  /** The packs' {@code entity:} conditions and their atoms. */
  final EntityAtoms entityConditions;
  /** The overlays' allow rules, their atoms in the same matcher; null when there are none. */
  final AllowSpans allow;
  /** Per pack: its framing cues, advisory and situated (null where it declares none). */
  final RuleNode[] framingAdvisory;
  final RuleNode[] framingSituated;
  /** Per pack: its situated cues without those that read entities (all of them where none does). */
  final RuleNode[] framingSituatedCheap;
  /** Per pack declaring framing: its language's advisory model, or null. */
  final ReadingModel[] advisoryModel;
  /** Per pack declaring framing: its language's ordinary model, or null. */
  final ReadingModel[] ordinaryModel;
  /** Per pack asking for learned category readings: its language's category model, or null. */
  final CategoryModel[] categoryModel;
  /** Per pack, the guidance its learned readings carry: the platform's helpline alone, or none. */
  final Guidance[] learnedGuidance;

  /** One compiled indicator. */
  record Rule(
      int index, int pack, PackDef.IndicatorDef def, RuleNode match, RuleNode unless, Negation negation,
      Guidance guidance) {}

  /**
   * @param helplines the platform's helpline text by pack language; the key {@code ""} for every
   *     other language
   */
  PackCompiler(List<RulePack> packs, Map<String, String> helplines) {
    this(packs, helplines, List.of());
  }

  /**
   * @param allow the overlays' allow rules: phrases and regexes compiled into the same matcher as
   *     the packs', so allowed text is analysed exactly as pack phrases are
   */
  PackCompiler(List<RulePack> packs, Map<String, String> helplines, List<OverlayPlan.Allow> allow) {
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
    framingAdvisory = new RuleNode[packs.size()];
    framingSituated = new RuleNode[packs.size()];
    framingSituatedCheap = new RuleNode[packs.size()];
    advisoryModel = new ReadingModel[packs.size()];
    ordinaryModel = new ReadingModel[packs.size()];
    categoryModel = new CategoryModel[packs.size()];
    learnedGuidance = new Guidance[packs.size()];
    for (int p = 0; p < packs.size(); p++) {
      PackDef def = packs.get(p).def();
      packLanguage[p] = def.language();
      packName[p] = def.idAtVersion();
      packRefusedFolds[p] = Folds.ALL & ~foldBits(def.analysis().folds());
      String stem = def.analysis().stem() ? def.language() : null;
      if (def.framing() != null) {
        advisoryModel[p] = Languages.profile(def.language()).advisoryModel().orElse(null);
        ordinaryModel[p] = Languages.profile(def.language()).ordinaryModel().orElse(null);
        framingAdvisory[p] = compile(def.framing().advisory(), atoms, stem, regexPacks, p);
        Expr situated = def.framing().situated();
        if (situated instanceof Expr.Any any && any.children().stream().anyMatch(PackCompiler::readsEntities)) {
          // the cues that cost an extraction are counted last, and only when the others leave the text advisory
          List<RuleNode> cheap = new ArrayList<>();
          List<RuleNode> all = new ArrayList<>();
          for (Expr child : any.children()) {
            RuleNode n = compile(child, atoms, stem, regexPacks, p);
            all.add(n);
            if (!readsEntities(child)) {
              cheap.add(n);
            }
          }
          framingSituatedCheap[p] = RuleNode.any(cheap);
          framingSituated[p] = RuleNode.any(all);
        } else if (situated != null) {
          framingSituated[p] = compile(situated, atoms, stem, regexPacks, p);
          framingSituatedCheap[p] = framingSituated[p];
        }
      }
      String helpline = helplines.getOrDefault(def.language(), helplines.getOrDefault("", ""));
      learnedGuidance[p] = helpline.isEmpty() ? Guidance.NONE : new Guidance("", "", helpline);
      if (def.analysis().learnedCategories()) {
        String lang = def.language();
        categoryModel[p] = Languages.profile(lang).categoryModel().orElseThrow(() -> new IllegalStateException(
            def.idAtVersion() + " asks for learned_categories, but the profile of " + lang
                + " names no category model (LanguageProfile.Builder.categoryModel)"));
      }
      List<RuleNode> matches = new ArrayList<>();
      List<RuleNode> unlesses = new ArrayList<>();
      BitSet evidence = new BitSet(); // the atoms some indicator's match reads: those that may take a cue into a phrase
      for (PackDef.IndicatorDef ind : def.indicators()) {
        RuleNode match = compile(ind.match(), atoms, stem, regexPacks, p);
        match.atoms(evidence::set);
        matches.add(match);
        unlesses.add(ind.unless() == null ? null : compile(ind.unless(), atoms, stem, regexPacks, p));
      }
      Negation negation = null;
      if (!def.analysis().negationCues().isEmpty()) {
        int[] cues = def.analysis().negationCues().stream()
            .mapToInt(c -> atoms.addPhrase(c.text(), stem)).distinct().toArray();
        negation = new Negation(cues, def.analysis().negationScope(), evidence);
      }
      for (int i = 0; i < def.indicators().size(); i++) {
        PackDef.IndicatorDef ind = def.indicators().get(i);
        Guidance guidance = helpline.isEmpty() ? ind.guidance() : ind.guidance().withHelpline(helpline);
        compiled.add(new Rule(compiled.size(), p, ind, matches.get(i), unlesses.get(i), ind.negatable() ? negation : null,
            guidance.isEmpty() ? Guidance.NONE : guidance));
      }
    }
    this.entityConditions = EntityAtoms.collect(packs, atoms);
    this.allow = allow.isEmpty() ? null : new AllowSpans(allow.stream().map(a -> {
      if (a.rule().regex() != null) {
        regexPacks.add(0); // no rule reads it, so it runs only when the runner asks (lazily)
        return RuleNode.atom(atoms.addRegex(a.rule().regex().pattern()));
      }
      List<RuleNode> parts = AllowSpans.parts(a.rule().phrase().text(), TextNormalizer.basic(), tokenizer).stream()
          .map(part -> RuleNode.atom(atoms.addPhrase(part, null))).toList();
      return parts.size() == 1 ? parts.get(0) : RuleNode.seq(0, false, parts);
    }).toArray(RuleNode[]::new));
    this.matcher = atoms.build();
    // Text goes through the vocabulary-gated folds too; phrases were analysed without them.
    this.normalizer = TextNormalizer.withVocabulary(matcher.vocabulary(), PhraseBook.of(phraseTexts(matcher), packWords));
    List<String> stemLangs = matcher.stemLanguages();
    for (int k = 0; k < stemLangs.size(); k++) {
      stemBit.put(stemLangs.get(k), 1 << k);
    }
    this.rules = compiled.toArray(new Rule[0]);
    this.regexPack = regexPacks.stream().mapToInt(Integer::intValue).toArray();
    // Regexes and entity conditions are the costly atoms: a rule's triggers avoid them where it can.
    boolean[] costly = new boolean[matcher.atomCount()];
    for (int r = 0; r < matcher.regexCount(); r++) {
      costly[matcher.regexAtom(r)] = true;
    }
    int[] entityAtoms = entityConditions.atoms();
    for (int a : entityAtoms) {
      costly[a] = true;
    }
    this.atomRules = indexRules(rules, matcher.atomCount(), a -> costly[a]);
    this.eagerRegex = new boolean[matcher.regexCount()];
    this.lazyAtom = new boolean[matcher.atomCount()];
    for (int r = 0; r < matcher.regexCount(); r++) {
      eagerRegex[r] = atomRules[matcher.regexAtom(r)].length > 0;
      lazyAtom[matcher.regexAtom(r)] = !eagerRegex[r];
    }
    // An entity condition no rule is triggered by is found when a rule whose other parts occur
    // asks for it; one that triggers a rule is found for every text, reading only the entity
    // types it can hold for (contacts and phones, unless it reads money or ages).
    for (int a : entityAtoms) {
      lazyAtom[a] = atomRules[a].length == 0;
    }
  }

  /** Whether an expression reads extracted entities anywhere inside it. */
  private static boolean readsEntities(Expr e) {
    return e instanceof Expr.EntityMatch || e.children().stream().anyMatch(PackCompiler::readsEntities);
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
      return RuleNode.near(n.within(), n.sentence(), children(n.children(), atoms, stem, regexPack, pack));
    }
    Expr.Seq s = (Expr.Seq) e;
    return RuleNode.seq(s.gap(), s.sentence(), children(s.children(), atoms, stem, regexPack, pack));
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
}
