package org.indicia.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.indicia.RulePackException;
import org.indicia.lang.Languages;
import org.indicia.spi.Stemmer;
import org.indicia.text.NormalizedText;
import org.indicia.text.PhraseAnalyzer;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * Finds what is legal in a pack but probably a mistake ({@code indicia lint}): lexicons nobody
 * uses, duplicate or shadowed phrases in one list of alternatives, phrases and regexes that
 * normalization keeps from matching as written, an {@code unless} that cancels its own match, and
 * single common words (the language module's {@link org.indicia.spi.LanguageProfile#commonWords()})
 * that fire a strong or heavy indicator on their own. Phrases are compared
 * after the analysis the engine applies (NFKC, case and accent folding, elisions, stemming when the
 * pack asks). Internal.
 */
public final class PackLinter {
  /** Weight from which an indicator counts as heavy: alone it reaches MEDIUM by default. */
  static final double HEAVY_WEIGHT = 0.5;

  /**
   * A finding of the linter: legal in the format, probably not what the author meant.
   *
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param indicator the indicator concerned, or null for pack-level findings (lexicons)
   */
  public record Warning(String source, int line, int column, String indicator, String message) {
    public Warning {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(source);
      if (line > 0) {
        sb.append(':').append(line).append(':').append(column);
      }
      sb.append(": warning: ");
      if (indicator != null) {
        sb.append("indicator ").append(indicator).append(": ");
      }
      return sb.append(message).toString();
    }
  }

  /** One analysed word: the folded word, its match key (stem or word; prefix for a wildcard). */
  private record Word(String text, String key, boolean wildcard) {}

  /** A phrase as the matcher will see it, and where it was written. */
  private record Alt(String text, List<Word> words, int line, int column, String lexicon) {
    /** What the matcher compares: keys, wildcards marked. Equal keys mean the same atom. */
    List<String> key() {
      List<String> k = new ArrayList<>(words.size());
      for (Word w : words) {
        k.add(w.wildcard() ? w.key() + "*" : w.key());
      }
      return k;
    }

    /** The folded words as written, without stemming: equal means a literal duplicate. */
    List<String> folded() {
      List<String> k = new ArrayList<>(words.size());
      for (Word w : words) {
        k.add(w.wildcard() ? w.text() + "*" : w.text());
      }
      return k;
    }

    String label() {
      return lexicon == null ? "'" + text + "'" : "'" + text + "' (from @" + lexicon + ")";
    }
  }

  private final PackDef def;
  private final Node root;
  private final Tokenizer tokenizer;
  private final PhraseAnalyzer analyzer;
  private final Stemmer stemmer;
  private final Set<String> commonWords;
  private final NormalizedText buffer = new NormalizedText();
  private final Tokens tokens = new Tokens();
  private final Set<String> usedLexicons = new HashSet<>();
  private final List<Warning> warnings = new ArrayList<>();

  private PackLinter(PackDef def, Node root) {
    this.def = def;
    this.root = root;
    this.tokenizer = new Tokenizer(def.analysis().elisions());
    this.analyzer = new PhraseAnalyzer(TextNormalizer.basic(), tokenizer);
    // RulePack refuses stemming where there is no stemmer; otherwise words compare as they are
    this.stemmer = def.analysis().stem() && Languages.canStem(def.language()) ? Languages.newStemmer(def.language()) : null;
    this.commonWords = Languages.profile(def.language()).commonWords();
  }

  /**
   * Lints one pack. A pack the parser refuses is not linted: its {@link RulePackException}
   * propagates.
   *
   * @param source names the pack in warnings and decides the syntax, as in {@code RulePack.parse}
   * @return the warnings, ordered by line and column; empty for a clean pack
   * @throws RulePackException if the pack is not valid
   */
  public static List<Warning> lint(String source, String content) throws RulePackException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    PackDef def = PackParser.parse(source, content);
    Node root = PackReader.read(source, content);
    return new PackLinter(def, root).run();
  }

  private List<Warning> run() {
    for (Map.Entry<String, List<Expr.Phrase>> e : lexiconPhrases().entrySet()) {
      lintList(
          toAlts(e.getValue()),
          null,
          "lexicon '" + e.getKey() + "'",
          false,
          !def.analysis().negationCues().isEmpty());
      for (Expr.Phrase p : e.getValue()) {
        droppedChars(p, null);
      }
    }
    for (Expr.Phrase cue : def.analysis().negationCues()) {
      droppedChars(cue, null);
    }
    for (PackDef.IndicatorDef ind : def.indicators()) {
      visit(ind.match(), ind);
      if (ind.unless() != null) {
        visit(ind.unless(), ind);
        unlessCoversMatch(ind);
      }
      commonWordsAlone(ind);
      missingExamples(ind);
      bareEntityAlone(ind);
    }
    if (def.framing() != null) {
      framingLexicons(def.framing().advisory());
      if (def.framing().situated() != null) {
        framingLexicons(def.framing().situated());
      }
    }
    unusedLexicons();
    warnings.sort(
        Comparator.comparingInt(Warning::line)
            .thenComparingInt(Warning::column)
            .thenComparing(Warning::message));
    return List.copyOf(warnings);
  }

  // ---------------------------------------------------------------- walking the expressions

  private void visit(Expr e, PackDef.IndicatorDef ind) {
    if (e instanceof Expr.Phrase p) {
      droppedChars(p, ind.id());
    } else if (e instanceof Expr.Lexicon l) {
      usedLexicons.add(l.name());
    } else if (e instanceof Expr.Regex r) {
      regexChars(r, ind.id());
    } else if (e instanceof Expr.Any a) {
      alternatives(a, ind.id(), ind.negatable() && !def.analysis().negationCues().isEmpty());
      a.children().forEach(c -> visit(c, ind));
    } else {
      e.children().forEach(c -> visit(c, ind));
    }
  }

  /** Framing cues are counted, not matched as evidence: only their lexicons need marking used. */
  private void framingLexicons(Expr e) {
    if (e instanceof Expr.Lexicon l) {
      usedLexicons.add(l.name());
    }
    e.children().forEach(this::framingLexicons);
  }

  /** The phrases of an {@code any} list: its phrase children and the phrases of its lexicons. */
  private void alternatives(Expr.Any any, String indicator, boolean negatable) {
    List<Alt> alts = new ArrayList<>();
    Set<String> lexicons = new HashSet<>();
    for (Expr c : any.children()) {
      if (c instanceof Expr.Phrase p) {
        alts.add(alt(p, null, p.line(), p.column()));
      } else if (c instanceof Expr.Lexicon l) {
        if (!lexicons.add(l.name())) {
          warn(
              l.line(),
              l.column(),
              indicator,
              "lexicon @" + l.name() + " appears twice in one list");
          continue;
        }
        for (Expr.Phrase p : l.phrases()) {
          alts.add(alt(p, l.name(), l.line(), l.column()));
        }
      }
    }
    lintList(alts, indicator, "this list", true, negatable);
  }

  // ---------------------------------------------------------------- duplicates and shadowing

  /**
   * Reports duplicates and shadowed phrases among alternatives. Phrases are indexed by their
   * analysed form, so each phrase costs a lookup per sub-phrase (at most 136 for 16 words) plus a
   * comparison with each wildcard phrase, not a comparison with every other phrase.
   *
   * @param perLexicon whether pairs from one lexicon are skipped (the lexicon's own pass reports
   *     them, so each is reported once)
   * @param negatable whether hits may be negated: then a phrase shadows only phrases it starts,
   *     since a negation cue inside the longer phrase can cancel the shorter one's hit alone
   */
  private void lintList(
      List<Alt> alts, String indicator, String where, boolean perLexicon, boolean negatable) {
    Map<List<String>, List<Integer>> index = new HashMap<>();
    List<Integer> wildcards = new ArrayList<>();
    for (int i = 0; i < alts.size(); i++) {
      index.computeIfAbsent(alts.get(i).key(), k -> new ArrayList<>()).add(i);
      if (alts.get(i).words().stream().anyMatch(Word::wildcard)) {
        wildcards.add(i);
      }
    }
    List<String> sameStem = new ArrayList<>();
    Alt firstSameStem = null;
    for (int j = 0; j < alts.size(); j++) {
      Alt b = alts.get(j);
      Integer dup = first(index.get(b.key()), alts, j, perLexicon, true);
      if (dup != null) {
        Alt a = alts.get(dup);
        if (a.folded().equals(b.folded())) {
          warn(
              b.line(),
              b.column(),
              indicator,
              where + ": " + b.label() + " duplicates " + a.label() + " (line " + a.line() + ")");
        } else {
          firstSameStem = firstSameStem == null ? b : firstSameStem;
          sameStem.add(b.label() + " = " + a.label());
        }
        continue;
      }
      Integer by = shadower(b, j, alts, index, wildcards, perLexicon, negatable);
      if (by != null) {
        Alt a = alts.get(by);
        warn(
            b.line(),
            b.column(),
            indicator,
            where
                + ": "
                + b.label()
                + " is shadowed by "
                + a.label()
                + " (line "
                + a.line()
                + "): every text it matches, the other matches"
                + " too, so it adds no match (only wider evidence or a shorter near/seq gap)");
      }
    }
    if (firstSameStem != null) {
      warn(
          firstSameStem.line(),
          firstSameStem.column(),
          indicator,
          where
              + ": "
              + sameStem.size()
              + (sameStem.size() == 1 ? " phrase is" : " phrases are")
              + " the same as another after stemming, so each adds nothing: "
              + String.join(", ", sameStem.subList(0, Math.min(5, sameStem.size())))
              + (sameStem.size() > 5 ? " and " + (sameStem.size() - 5) + " more" : ""));
    }
  }

  /** A strictly more general alternative than {@code alts[j]}, or null. */
  private static Integer shadower(
      Alt b,
      int j,
      List<Alt> alts,
      Map<List<String>, List<Integer>> index,
      List<Integer> wildcards,
      boolean perLexicon,
      boolean prefixOnly) {
    List<String> key = b.key();
    for (int s = 0; s < (prefixOnly ? 1 : key.size()); s++) {
      for (int e = s + 1; e <= key.size(); e++) {
        if (e - s == key.size()) {
          continue;
        }
        Integer i = first(index.get(key.subList(s, e)), alts, j, perLexicon, false);
        if (i != null) {
          return i;
        }
      }
    }
    for (int i : wildcards) {
      Alt a = alts.get(i);
      if (i != j
          && !a.key().equals(key)
          && !skip(a, b, perLexicon)
          && contains(b.words(), a.words(), prefixOnly)) {
        return i;
      }
    }
    return null;
  }

  /** The first candidate other than {@code j} (and before it, for duplicates) not skipped. */
  private static Integer first(
      List<Integer> candidates, List<Alt> alts, int j, boolean perLexicon, boolean before) {
    if (candidates == null) {
      return null;
    }
    for (int i : candidates) {
      if (i != j && (!before || i < j) && !skip(alts.get(i), alts.get(j), perLexicon)) {
        return i;
      }
    }
    return null;
  }

  private static boolean skip(Alt a, Alt b, boolean perLexicon) {
    return perLexicon && a.lexicon() != null && a.lexicon().equals(b.lexicon());
  }

  /**
   * Whether every match of {@code longer} contains a match of {@code shorter} (at its start, when
   * {@code prefixOnly}).
   */
  private static boolean contains(List<Word> longer, List<Word> shorter, boolean prefixOnly) {
    for (int k = 0; k + shorter.size() <= longer.size() && (k == 0 || !prefixOnly); k++) {
      boolean all = true;
      for (int i = 0; i < shorter.size() && all; i++) {
        all = covers(shorter.get(i), longer.get(k + i));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Whether every token matching {@code specific} also matches {@code general}. */
  private static boolean covers(Word general, Word specific) {
    if (!general.wildcard()) {
      return !specific.wildcard() && general.key().equals(specific.key());
    }
    return specific.wildcard()
        ? specific.key().startsWith(general.key())
        : specific.text().startsWith(general.key()) && specific.key().startsWith(general.key());
  }

  // ---------------------------------------------------------------- can never match as written

  /** Letters, digits and symbols of a phrase that normalization drops, so no token holds them. */
  private void droppedChars(Expr.Phrase p, String indicator) {
    String text = p.text();
    TextNormalizer.basic().normalize(text, text.length(), buffer);
    tokenizer.tokenize(buffer.buffer(), buffer.length(), tokens);
    boolean[] covered = new boolean[text.length()];
    for (int t = 0; t < tokens.count(); t++) {
      int from = buffer.sourceStart(tokens.start(t));
      int to = buffer.sourceEnd(tokens.end(t) - 1);
      for (int c = from; c < to; c++) {
        covered[c] = true;
      }
    }
    StringBuilder dropped = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!covered[i]
          && meaningful(cp)
          && !elided(text, i)
          && dropped.indexOf(new String(Character.toChars(cp))) < 0) {
        dropped.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    if (dropped.length() > 0) {
      warn(
          p.line(),
          p.column(),
          indicator,
          "'"
              + dropped
              + "' in phrase '"
              + text
              + "' is dropped by normalization; the phrase matches as '"
              + analysedText()
              + "'");
    }
  }

  /** Whether the char at {@code i} belongs to a clitic the tokenizer drops before an apostrophe. */
  private static boolean elided(String text, int i) {
    int end = i;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > i && end < text.length() && isApostrophe(text.charAt(end));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
  }

  private static boolean meaningful(int cp) {
    if (cp == '*' || cp == '@' || cp < 128 && !Character.isLetterOrDigit(cp)) {
      return false;
    }
    int t = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || t == Character.MATH_SYMBOL
        || t == Character.CURRENCY_SYMBOL
        || t == Character.OTHER_SYMBOL;
  }

  private String analysedText() {
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < tokens.count(); t++) {
      if (t > 0) {
        sb.append(' ');
      }
      sb.append(buffer.buffer(), tokens.start(t), tokens.end(t) - tokens.start(t));
    }
    return sb.toString();
  }

  /** Regexes run on folded text: a char that folds to something else can never match. */
  private void regexChars(Expr.Regex r, String indicator) {
    String src = r.source();
    for (int i = 0; i < src.length(); ) {
      int cp = src.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        continue;
      }
      String s = new String(Character.toChars(cp));
      String folded = TextNormalizer.basic().normalize(s);
      if (!folded.equals(s.toLowerCase(Locale.ROOT))) {
        warn(
            r.line(),
            r.column(),
            indicator,
            "regex /"
                + src
                + "/ contains '"
                + s
                + "', which the normalized text never holds (it reads '"
                + folded
                + "'): that part can never match");
        return;
      }
    }
  }

  /** An {@code unless} phrase inside a {@code match} phrase cancels every hit of it. */
  private void unlessCoversMatch(PackDef.IndicatorDef ind) {
    List<Alt> match = disjunction(ind.match());
    List<Alt> unless = disjunction(ind.unless());
    if (match == null || unless == null) {
      return;
    }
    List<String> dead = new ArrayList<>();
    String example = null;
    for (Alt m : match) {
      for (Alt u : unless) {
        if (contains(m.words(), u.words(), false)) {
          dead.add(m.label());
          if (example == null) {
            example = m.label() + " contains unless " + u.label();
          }
          break;
        }
      }
    }
    if (dead.size() == match.size()) {
      warn(
          ind.match().line(),
          ind.match().column(),
          ind.id(),
          "unless matches wherever match does (" + example + "): the indicator can never fire");
    } else if (!dead.isEmpty()) {
      warn(
          ind.match().line(),
          ind.match().column(),
          ind.id(),
          String.join(", ", dead)
              + " can never fire: an unless phrase lies inside ("
              + example
              + ")");
    }
  }

  // ---------------------------------------------------------------- entity conditions alone

  /**
   * An {@code entity:} condition restricted by nothing but its type, standing as the whole match
   * (or as one alternative of it), fires on every text with such an entity: most ads have a phone.
   */
  private void bareEntityAlone(PackDef.IndicatorDef ind) {
    List<Expr> alternatives = ind.match() instanceof Expr.Any a ? a.children() : List.of(ind.match());
    for (Expr e : alternatives) {
      if (e instanceof Expr.EntityMatch m && m.obscured() == null && m.platforms().isEmpty()
          && m.currencies().isEmpty() && m.below() == null && m.above() == null) {
        warn(m.line(), m.column(), ind.id(), m.label() + " restricts only the type and fires on every text"
            + " with such an entity; add obscured/platform/below/above, or combine it with near/seq/all");
      }
    }
  }

  // ---------------------------------------------------------------- common words alone

  private void commonWordsAlone(PackDef.IndicatorDef ind) {
    if (!ind.strong() && ind.weight() < HEAVY_WEIGHT) {
      return;
    }
    List<Alt> alts = disjunction(ind.match());
    if (alts == null) {
      return;
    }
    String why = ind.strong() ? "a strong indicator" : "an indicator of weight " + ind.weight();
    for (Alt a : alts) {
      if (a.words().size() != 1) {
        continue;
      }
      Word w = a.words().get(0);
      String common =
          w.wildcard()
              ? commonWithPrefix(w.key())
              : commonWords.contains(w.text()) ? w.text() : null;
      if (common != null) {
        String what =
            w.wildcard()
                ? a.label() + " matches the common word '" + common + "'"
                : a.label() + " is a common word";
        warn(
            a.line(),
            a.column(),
            ind.id(),
            what
                + " and fires "
                + why
                + " on its own; combine it with near/seq/all or lower the weight");
      }
    }
  }

  private String commonWithPrefix(String prefix) {
    return commonWords.stream().filter(c -> c.startsWith(prefix)).sorted().findFirst().orElse(null);
  }

  /**
   * The phrases of an expression that is a plain disjunction (phrases, lexicons, {@code any}, and
   * one-child composites), each of which alone makes it match; null for anything else.
   */
  private List<Alt> disjunction(Expr e) {
    if (e instanceof Expr.Phrase p) {
      return List.of(alt(p, null, p.line(), p.column()));
    }
    if (e instanceof Expr.Lexicon l) {
      return toAlts(l.phrases(), l.name(), l.line(), l.column());
    }
    List<Expr> kids = e.children();
    if (!(e instanceof Expr.Any) && kids.size() != 1) {
      return null;
    }
    List<Alt> out = new ArrayList<>();
    for (Expr c : kids) {
      List<Alt> sub = disjunction(c);
      if (sub == null) {
        return null;
      }
      out.addAll(sub);
    }
    return out;
  }

  // ---------------------------------------------------------------- lexicons

  /** Each lexicon's phrases with their own locations, in pack order. */
  private Map<String, List<Expr.Phrase>> lexiconPhrases() {
    Map<String, List<Expr.Phrase>> out = new java.util.LinkedHashMap<>();
    Node.MapNode lex = lexiconNode();
    if (lex == null) {
      return out;
    }
    for (Map.Entry<String, Node> e : lex.entries().entrySet()) {
      List<Expr.Phrase> phrases = new ArrayList<>();
      if (e.getValue() instanceof Node.ListNode list) {
        for (Node item : list.items()) {
          if (item instanceof Node.ScalarNode s) {
            phrases.add(new Expr.Phrase(s.value().strip(), s.line(), s.column()));
          }
        }
      }
      out.put(e.getKey(), phrases);
    }
    return out;
  }

  private Node.MapNode lexiconNode() {
    if (root instanceof Node.MapNode m && m.entries().get("lexicons") instanceof Node.MapNode lex) {
      return lex;
    }
    return null;
  }

  private void unusedLexicons() {
    Node.MapNode lex = lexiconNode();
    if (lex == null) {
      return;
    }
    for (Map.Entry<String, int[]> e : lex.keyLocations().entrySet()) {
      if (!usedLexicons.contains(e.getKey())) {
        int[] at = e.getValue();
        warn(at[0], at[1], null, "lexicon '" + e.getKey() + "' is never used");
      }
    }
  }

  // ---------------------------------------------------------------- analysis

  private List<Alt> toAlts(List<Expr.Phrase> phrases) {
    List<Alt> out = new ArrayList<>(phrases.size());
    for (Expr.Phrase p : phrases) {
      out.add(alt(p, null, p.line(), p.column()));
    }
    return out;
  }

  private List<Alt> toAlts(List<Expr.Phrase> phrases, String lexicon, int line, int column) {
    List<Alt> out = new ArrayList<>(phrases.size());
    for (Expr.Phrase p : phrases) {
      out.add(alt(p, lexicon, line, column));
    }
    return out;
  }

  /** Analyses a phrase with the matcher's analyzer, then stems it as the matcher does. */
  private Alt alt(Expr.Phrase p, String lexicon, int line, int column) {
    String text = p.text();
    List<Word> words = new ArrayList<>();
    for (PhraseAnalyzer.Word w : analyzer.words(text)) {
      String key = w.wildcard() || stemmer == null ? w.text() : stemmer.stem(w.text()).toString();
      words.add(new Word(w.text(), key, w.wildcard()));
    }
    return new Alt(text, List.copyOf(words), line, column, lexicon);
  }

  /** Loadable without examples, but untested: built-in packs and {@code lint --strict} refuse it. */
  private void missingExamples(PackDef.IndicatorDef ind) {
    if (ind.hits().isEmpty() || ind.misses().isEmpty()) {
      warn(ind.line(), ind.column(), ind.id(),
          "no examples to test it (" + ind.hits().size() + " hit, " + ind.misses().size()
              + " miss; at least one of each is required in built-in packs and by lint --strict)");
    }
  }

  private void warn(int line, int column, String indicator, String message) {
    warnings.add(new Warning(def.source(), line, column, indicator, message));
  }
}
