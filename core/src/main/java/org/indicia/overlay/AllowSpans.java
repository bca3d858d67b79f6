package org.indicia.overlay;

import java.util.ArrayList;
import java.util.List;
import org.indicia.match.AtomMatcher;
import org.indicia.match.Hits;
import org.indicia.rule.HitIndex;
import org.indicia.rule.Match;
import org.indicia.rule.RuleNode;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * The allow rules compiled into the detector's matcher, so allowed text is found with the same
 * normalizer, folds and tokens as pack phrases. A phrase is cut where a clause ends (pack phrases
 * never cross one, boilerplate sentences do) and every {@link AtomMatcher#MAX_PHRASE_WORDS} words,
 * its parts then required back to back ({@code seq} with no gap). Per document, {@link #find}
 * gives the token ranges the rules matched, and {@link Ranges#keep} drops the matches that
 * overlap them. Immutable and thread-safe; {@link Ranges} is per call. Internal.
 */
public final class AllowSpans {
  private final RuleNode[] rules;

  /** @param rules per allow rule, in plan order, its expression over the matcher's atoms */
  public AllowSpans(RuleNode[] rules) {
    this.rules = rules.clone();
  }

  /**
   * An allow phrase's parts, as written: cut where {@code tokenizer} starts a new clause and
   * every {@link AtomMatcher#MAX_PHRASE_WORDS} words; empty when it has no words.
   */
  public static List<String> parts(String phrase, TextNormalizer normalizer, Tokenizer tokenizer) {
    NormalizedText text = new NormalizedText();
    normalizer.normalize(phrase, phrase.length(), text);
    Tokens tokens = new Tokens();
    tokenizer.tokenize(text.buffer(), text.length(), tokens);
    List<String> out = new ArrayList<>();
    int first = 0;
    for (int t = 1; t <= tokens.count(); t++) {
      if (t == tokens.count() || tokens.clause(t) != tokens.clause(first)
          || t - first == AtomMatcher.MAX_PHRASE_WORDS) {
        int from = text.toSourceStart(tokens.start(first));
        int to = text.toSourceEnd(tokens.end(t - 1));
        if (to < phrase.length() && phrase.charAt(to) == '*') {
          to++; // a wildcard stays with its word
        }
        out.add(phrase.substring(from, to));
        first = t;
      }
    }
    return out;
  }

  /** The token ranges the allow rules match in the indexed document (all hits, whatever folds). */
  public Ranges find(HitIndex index) {
    Ranges r = new Ranges();
    for (int rule = 0; rule < rules.length; rule++) {
      for (Match m : rules[rule].eval(index, null)) {
        r.add(m.start(), m.end(), rule);
      }
    }
    return r;
  }

  /** The allowed token ranges of one document, with the rule that allowed each. */
  public static final class Ranges {
    private int[] start = new int[4];
    private int[] end = new int[4];
    private int[] rule = new int[4];
    private int count;

    private void add(int s, int e, int r) {
      if (count == start.length) {
        start = java.util.Arrays.copyOf(start, count * 2);
        end = java.util.Arrays.copyOf(end, count * 2);
        rule = java.util.Arrays.copyOf(rule, count * 2);
      }
      start[count] = s;
      end[count] = e;
      rule[count] = r;
      count++;
    }

    public int count() {
      return count;
    }

    /** The index of the range overlapping tokens {@code [s, e)}, or -1. */
    public int overlapping(int s, int e) {
      for (int i = 0; i < count; i++) {
        if (s < end[i] && start[i] < e) {
          return i;
        }
      }
      return -1;
    }

    public int start(int i) {
      return start[i];
    }

    public int end(int i) {
      return end[i];
    }

    /** The allow rule (plan order) of range {@code i}. */
    public int rule(int i) {
      return rule[i];
    }

    /** The matches none of whose hits overlaps an allowed range ({@code matches} itself when all are kept). */
    public List<Match> keep(List<Match> matches, Hits hits) {
      if (count == 0) {
        return matches;
      }
      List<Match> out = null;
      for (int i = 0; i < matches.size(); i++) {
        boolean allowed = firstAllowedHit(matches.get(i), hits) >= 0;
        if (allowed && out == null) {
          out = new ArrayList<>(matches.subList(0, i));
        } else if (!allowed && out != null) {
          out.add(matches.get(i));
        }
      }
      return out == null ? matches : out;
    }

    /** The first hit of {@code m} inside allowed text, or -1. */
    public int firstAllowedHit(Match m, Hits hits) {
      for (int h : m.hits()) {
        if (overlapping(hits.tokenStart(h), hits.tokenEnd(h)) >= 0) {
          return h;
        }
      }
      return -1;
    }
  }
}
