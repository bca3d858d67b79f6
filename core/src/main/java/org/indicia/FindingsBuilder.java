package org.indicia;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.indicia.match.Hits;
import org.indicia.pack.PackDef;
import org.indicia.rule.Match;
import org.indicia.score.Scorer;
import org.indicia.spi.CategoryModel;
import org.indicia.text.Folds;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokens;

/**
 * The findings builder: from the rules that fired and their evidence to the {@link Assessment} —
 * scores, {@link Finding}s with spans and snippets in original offsets, and the evasions the
 * evidence shows. Immutable and thread-safe.
 */
final class FindingsBuilder {
  /** Evidence spans kept per finding before each further match adds only its first (see {@link #spans}). */
  static final int MAX_SPANS = 16;
  /** Chars of context each side of a snippet. */
  static final int SNIPPET_CONTEXT = 40;
  /**
   * The weight a learned reading shows in its category's score: the weight of the packs' widest
   * concept cues, so a category only a model read never outweighs one a rule found.
   */
  static final double LEARNED_WEIGHT = 0.01;

  private final Scorer scorer;
  private final String[] packName;
  private final List<String> overlays;

  FindingsBuilder(Scorer scorer, String[] packName) {
    this(scorer, packName, List.of());
  }

  /** @param overlays the overlays applied, as {@code name@version}, for every assessment */
  FindingsBuilder(Scorer scorer, String[] packName, List<String> overlays) {
    this.scorer = scorer;
    this.packName = packName;
    this.overlays = List.copyOf(overlays);
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

  Assessment assessment(Document doc, String original, int end, DocumentRunner.Scratch s,
      List<DetectedLanguage> langs, List<String> applied, List<PackCompiler.Rule> fired, List<List<Match>> evidence,
      List<Entity> entities, Framing framing, BiFunction<Framing, Level, Framing> learned,
      Function<Set<Category>, List<DocumentRunner.Learned>> readings) {
    List<Scorer.Input> inputs = new ArrayList<>(fired.size());
    for (PackCompiler.Rule r : fired) {
      PackDef.IndicatorDef d = r.def();
      inputs.add(new Scorer.Input(d.category(), d.weight(), d.strong(), d.corroborate(), d.sensitive()));
    }
    Scorer.Result result = scorer.score(inputs);
    int n = fired.size();
    List<List<Span>> spans = new ArrayList<>(n);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      spans.add(spans(original, s, evidence.get(i)));
      order[i] = i;
    }
    // by first evidence offset, then indicator id
    Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(spans.get(a).get(0).start(), spans.get(b).get(0).start());
      return c != 0 ? c : fired.get(a).def().id().compareTo(fired.get(b).def().id());
    });
    List<Finding> findings = new ArrayList<>(n);
    for (int i : order) {
      PackCompiler.Rule r = fired.get(i);
      PackDef.IndicatorDef d = r.def();
      List<Span> sp = spans.get(i);
      findings.add(new Finding(d.id(), d.category(), d.weight(), d.strong(), result.counted()[i],
          result.scoring()[i], packName[r.pack()], d.description(), d.source(), d.tags(), sp,
          snippet(original, end, sp.get(0)), r.guidance()));
    }
    if (!framing.advisory() && result.level().compareTo(Level.LOW) > 0 && framing != Framing.NONE) {
      framing = learned.apply(framing, result.level()); // the learned readings, for the texts whose level they could hold
    }
    // Advisory or ordinary text keeps its findings; only the level is held, a warning-sign list or
    // a parent's phone rule not being a situation someone is in.
    Level level = framing.held() && result.level().compareTo(Level.LOW) > 0 ? Level.LOW : result.level();
    Map<Category, Double> categories = result.categories();
    List<Evasion> evasions = evasions(original, s, evidence, findings);
    if (!framing.held() && result.score() > 0) { // a rule's counted finding to corroborate, in a text not held
      List<DocumentRunner.Learned> read = readings.apply(result.categories().keySet());
      if (!read.isEmpty()) {
        categories = new EnumMap<>(categories);
        for (DocumentRunner.Learned l : read) {
          findings.add(learnedFinding(original, end, l));
          categories.put(l.reading().category(), LEARNED_WEIGHT);
        }
        categories = Collections.unmodifiableMap(categories);
      }
    }
    return new Assessment(doc.id(), level, result.score(), categories, langs, findings,
        end < original.length(), applied, evasions, entities, framing, overlays);
  }

  /** A learned reading as a finding: after the rules' findings, its evidence the model's strongest features. */
  private Finding learnedFinding(String original, int end, DocumentRunner.Learned l) {
    CategoryModel.Reading r = l.reading();
    String category = r.category().name().toLowerCase(Locale.ROOT);
    List<Span> spans = r.evidence().isEmpty() ? List.of(new Span(0, 0, "")) : r.evidence();
    return new Finding(l.language() + ".learned." + category, r.category(), LEARNED_WEIGHT, false, true,
        Finding.Scoring.LEARNED, packName[l.pack()],
        String.format(Locale.ROOT, "Learned reading: the words of this text read as %s to the %s category model"
            + " (probability %.2f); the evidence is the words that weighed most. It corroborates the rules'"
            + " findings and never raises the score or the level.", category.replace('_', ' '), l.language(),
            r.probability()),
        "category model trained on the language's labelled blind sets", List.of("learned"), spans,
        snippet(original, end, spans.get(0)), l.guidance());
  }

  /**
   * The evidence spans of {@code matches}, in text order without repeats: up to {@link #MAX_SPANS}
   * from the first matches, then the first span of each further match, so every match shows.
   */
  List<Span> spans(String original, DocumentRunner.Scratch s, List<Match> matches) {
    long[] ranges = new long[MAX_SPANS];
    int n = 0;
    Hits hits = s.hits;
    for (Match m : matches) {
      for (int h : m.hits()) {
        int a = s.tokens.start(hits.tokenStart(h));
        int b = s.tokens.end(hits.tokenEnd(h) - 1);
        long range = ((long) s.text.toSourceStart(a) << 32) | s.text.toSourceEnd(b);
        if (!contains(ranges, n, range)) {
          if (n == ranges.length) {
            ranges = Arrays.copyOf(ranges, n * 2);
          }
          ranges[n++] = range;
        }
        if (n >= MAX_SPANS) {
          break;
        }
      }
    }
    Arrays.sort(ranges, 0, n);
    List<Span> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int start = (int) (ranges[i] >>> 32);
      int stop = (int) ranges[i];
      out.add(new Span(start, stop, original.substring(start, stop)));
    }
    return out;
  }

  private static boolean contains(long[] a, int n, long v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  /**
   * The disguises inside the evidence: for every token of every evidence hit, one {@link Evasion}
   * per fold its chars came through, spanning the token's original characters, kept when a
   * finding's (capped) spans show it.
   */
  private static List<Evasion> evasions(String original, DocumentRunner.Scratch s, List<List<Match>> evidence,
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

  static Span span(String original, NormalizedText text, Tokens tokens, int tokStart, int tokEnd) {
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
    char[] out = new char[to - from + 2]; // a char array: '…' would inflate a Latin-1 StringBuilder
    int n = 0;
    if (from > 0) {
      out[n++] = '…';
    }
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = original.charAt(i);
      if (c <= ' ' || (c >= 0x7f && (Character.isWhitespace(c) || Character.isISOControl(c)))) {
        space = true;
        continue;
      }
      if (space && n > 0) {
        out[n++] = ' ';
      }
      space = false;
      out[n++] = c;
    }
    if (to < end) {
      out[n++] = '…';
    }
    return new String(out, 0, n);
  }
}
