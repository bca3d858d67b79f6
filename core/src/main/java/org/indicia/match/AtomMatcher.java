package org.indicia.match;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokenizer;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokens;

/**
 * One compiled matcher for every literal atom of every loaded pack, plus the few regex atoms.
 *
 * <p>Design. Matching is at the word level, not the char level: the text is tokenized once, each
 * token is hashed once and looked up in a {@link TermTable} (exact words, suffix-wildcard
 * prefixes, and per-language Snowball stems), giving it a few term ids ("symbols"); a {@link
 * PhraseTrie} over term ids then finds every phrase starting at each token. Cost is one hash and
 * a few probes per token plus one trie step per candidate phrase start — linear in text length
 * and nearly independent of the number of phrases, the same two-stage shape as YARA's atoms and
 * Lucene Monitor's term prefilter (engine-anchors.md, lesson 1). Char-level Aho-Corasick visits
 * every char through a state table; a token hash touches each char once with no table walk.
 *
 * <p>Stemming is costly (OpenNLP allocates), so a token is stemmed only when it could stem to a
 * pack stem: Snowball stems keep the word's prefix up to their last letter (happy → happi, logée
 * → log), so the token must start with some stem minus its last char; a prefix table answers that
 * in the same hashing pass.
 *
 * <p>Immutable after {@link Builder#build()}, thread-safe; per-thread state lives in {@link
 * Scratch}. Internal.
 */
public final class AtomMatcher {
  static final int NS_EXACT = 0;
  static final int NS_WILDCARD = 1;
  static final int NS_STEM = 2; // + language index
  /** Most symbols (term ids) one token carries. */
  static final int MAX_SYMBOLS = 8;
  /** Most words in one phrase. */
  public static final int MAX_PHRASE_WORDS = 16;

  private final TermTable exact;
  private final TermTable wildcards;
  private final boolean[] wildcardLength;
  private final String[] stemLanguages;
  private final TermTable[] stems;
  private final TermTable[] stemPrefixes;
  private final boolean[][] stemPrefixLength;
  private final int maxProbeLength;
  private final PhraseTrie trie;
  private final Pattern[] regexes;
  private final int[] regexAtom;
  private final int atomCount;
  private final String[] atomText;

  private AtomMatcher(Builder b) {
    exact = b.exact;
    wildcards = b.wildcards;
    stemLanguages = b.stemLanguages.toArray(new String[0]);
    stems = b.stems.toArray(new TermTable[0]);
    stemPrefixes = b.stemPrefixes.toArray(new TermTable[0]);
    int max = 0;
    wildcardLength = lengths(wildcards, true);
    max = Math.max(max, wildcardLength.length);
    stemPrefixLength = new boolean[stems.length][];
    for (int k = 0; k < stems.length; k++) {
      stemPrefixLength[k] = lengths(stemPrefixes[k], false);
      max = Math.max(max, stemPrefixLength[k].length);
    }
    maxProbeLength = max;
    exact.freeze();
    wildcards.freeze();
    for (TermTable t : stems) {
      t.freeze();
    }
    for (TermTable t : stemPrefixes) {
      t.freeze();
    }
    trie = b.trie;
    trie.freeze();
    regexes = b.regexes.toArray(new Pattern[0]);
    regexAtom = b.regexAtoms.stream().mapToInt(Integer::intValue).toArray();
    atomCount = b.atomText.size();
    atomText = b.atomText.toArray(new String[0]);
  }

  private static boolean[] lengths(TermTable t, boolean unused) {
    int max = 0;
    for (int i = 0; i < t.size(); i++) {
      max = Math.max(max, t.key(i).length());
    }
    boolean[] out = new boolean[t.size() == 0 ? 0 : max + 1];
    for (int i = 0; i < t.size(); i++) {
      out[t.key(i).length()] = true;
    }
    return out;
  }

  /** Number of atoms (phrases and regexes); atom ids are {@code [0, atomCount)}. */
  public int atomCount() {
    return atomCount;
  }

  /** How an atom was written (the phrase or {@code /regex/}), for explanations. */
  public String atomText(int atom) {
    return atomText[atom];
  }

  /** Languages whose stem tables exist, in stem-namespace order. */
  public List<String> stemLanguages() {
    return List.of(stemLanguages);
  }

  /**
   * Finds every atom in the tokenized text.
   *
   * @param stemMask bit k set: stem tokens for {@link #stemLanguages()}.get(k)
   */
  public void scan(NormalizedText text, Tokens tokens, int stemMask, Scratch s, Hits out) {
    out.reset();
    int n = tokens.count();
    s.ensure(n);
    char[] chars = text.buffer();
    for (int t = 0; t < n; t++) {
      s.symbolCount[t] = symbols(chars, tokens.start(t), tokens.end(t), stemMask, s, t * MAX_SYMBOLS);
    }
    for (int t = 0; t < n; t++) {
      if (s.symbolCount[t] > 0) {
        walk(PhraseTrie.ROOT, t, t, tokens, s, out);
      }
    }
    for (int r = 0; r < regexes.length; r++) {
      com.google.re2j.Matcher m = regexes[r].matcher(text);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        // Widen the match to the tokens it touches; a match on separators alone is no hit.
        int first = tokens.firstEndingAfter(m.start());
        int last = tokens.firstEndingAfter(m.end() - 1);
        if (last >= n || tokens.start(last) >= m.end()) {
          last--;
        }
        if (first < n && first <= last) {
          out.add(regexAtom[r], first, last + 1);
        }
      }
    }
  }

  private void walk(int state, int t, int first, Tokens tokens, Scratch s, Hits out) {
    int base = t * MAX_SYMBOLS;
    for (int k = 0; k < s.symbolCount[t]; k++) {
      int next = trie.next(state, s.symbols[base + k]);
      if (next < 0) {
        continue;
      }
      int[] atoms = trie.atoms(next);
      if (atoms != null) {
        for (int a : atoms) {
          out.add(a, first, t + 1);
        }
      }
      int u = t + 1;
      if (u < tokens.count() && u - first < MAX_PHRASE_WORDS && tokens.clause(u) == tokens.clause(first)
          && s.symbolCount[u] > 0) {
        walk(next, u, first, tokens, s, out);
      }
    }
  }

  /** Writes the token's term ids at {@code s.symbols[at...]}; returns how many. */
  private int symbols(char[] c, int off, int end, int stemMask, Scratch s, int at) {
    int len = end - off;
    int n = 0;
    int h = 0;
    int probe = Math.min(len, maxProbeLength - 1);
    int stemCandidates = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + c[off + i];
      int l = i + 1;
      if (l <= probe) {
        if (l < wildcardLength.length && wildcardLength[l]) {
          int w = wildcards.get(c, off, l, h);
          if (w >= 0 && n < MAX_SYMBOLS) {
            s.symbols[at + n++] = (NS_WILDCARD << 24) | w;
          }
        }
        for (int k = 0; k < stems.length; k++) {
          if ((stemMask & (1 << k)) != 0 && l < stemPrefixLength[k].length && stemPrefixLength[k][l]
              && stemPrefixes[k].get(c, off, l, h) >= 0) {
            stemCandidates |= 1 << k;
          }
        }
      }
    }
    int e = exact.get(c, off, len, h);
    if (e >= 0 && n < MAX_SYMBOLS) {
      s.symbols[at + n++] = e; // NS_EXACT
    }
    for (int k = 0; stemCandidates != 0 && k < stems.length; k++) {
      if ((stemCandidates & (1 << k)) != 0 && n < MAX_SYMBOLS) {
        String stem = s.stemmer(k, stemLanguages[k]).stem(new String(c, off, len)).toString();
        int id = stems[k].get(stem);
        if (id >= 0) {
          s.symbols[at + n++] = ((NS_STEM + k) << 24) | id;
        }
      }
    }
    return n;
  }

  /** Per-thread state of {@link #scan}: token symbols and stemmers. */
  public static final class Scratch {
    int[] symbols = new int[64 * MAX_SYMBOLS];
    int[] symbolCount = new int[64];
    private final Map<Integer, SnowballStemmer> stemmers = new HashMap<>();

    void ensure(int tokens) {
      if (symbolCount.length < tokens) {
        int n = Math.max(tokens, symbolCount.length * 2);
        symbolCount = new int[n];
        symbols = new int[n * MAX_SYMBOLS];
      }
    }

    SnowballStemmer stemmer(int k, String language) {
      return stemmers.computeIfAbsent(k, x -> Stemmers.create(language));
    }
  }

  /** Collects atoms; phrases are analysed exactly as text will be. */
  public static final class Builder {
    private final TextNormalizer normalizer;
    private final Tokenizer tokenizer;
    private final TermTable exact = new TermTable();
    private final TermTable wildcards = new TermTable();
    private final List<String> stemLanguages = new ArrayList<>();
    private final List<TermTable> stems = new ArrayList<>();
    private final List<TermTable> stemPrefixes = new ArrayList<>();
    private final List<SnowballStemmer> stemmers = new ArrayList<>();
    private final PhraseTrie trie = new PhraseTrie();
    private final Map<String, Integer> atomsByPath = new HashMap<>();
    private final List<String> atomText = new ArrayList<>();
    private final List<Pattern> regexes = new ArrayList<>();
    private final List<Integer> regexAtoms = new ArrayList<>();
    private final NormalizedText buffer = new NormalizedText();
    private final Tokens tokens = new Tokens();

    public Builder(TextNormalizer normalizer, Tokenizer tokenizer) {
      this.normalizer = normalizer;
      this.tokenizer = tokenizer;
    }

    /**
     * Adds a phrase; returns its atom id (the same id for a phrase that analyses the same way).
     *
     * @param stemLanguage the language whose Snowball stemmer applies to non-wildcard words, or
     *     null for none
     * @throws IllegalArgumentException if the phrase has no words or too many after analysis
     */
    public int addPhrase(String phrase, String stemLanguage) {
      normalizer.normalize(phrase, phrase.length(), buffer);
      tokenizer.tokenize(buffer.buffer(), buffer.length(), tokens);
      int n = tokens.count();
      if (n == 0) {
        throw new IllegalArgumentException("no words");
      }
      if (n > MAX_PHRASE_WORDS) {
        throw new IllegalArgumentException("more than " + MAX_PHRASE_WORDS + " words");
      }
      int[] path = new int[n];
      char[] c = buffer.buffer();
      for (int i = 0; i < n; i++) {
        int s = tokens.start(i);
        int e = tokens.end(i);
        String word = new String(c, s, e - s);
        boolean wildcard = e < buffer.length() && c[e] == '*';
        if (wildcard) {
          path[i] = (NS_WILDCARD << 24) | wildcards.add(word);
        } else if (stemLanguage != null) {
          int k = stemIndex(stemLanguage);
          String stem = stemmers.get(k).stem(word).toString();
          path[i] = ((NS_STEM + k) << 24) | stems.get(k).add(stem);
          if (stem.length() > 1) {
            stemPrefixes.get(k).add(stem.substring(0, stem.length() - 1));
          } else {
            stemPrefixes.get(k).add(stem);
          }
        } else {
          path[i] = exact.add(word);
        }
      }
      String key = Arrays.toString(path);
      Integer known = atomsByPath.get(key);
      if (known != null) {
        return known;
      }
      int atom = atomText.size();
      atomText.add(phrase);
      atomsByPath.put(key, atom);
      trie.add(path, atom);
      return atom;
    }

    /** Adds a regex atom; returns its id. */
    public int addRegex(Pattern pattern) {
      int atom = atomText.size();
      atomText.add("/" + pattern.pattern() + "/");
      regexes.add(pattern);
      regexAtoms.add(atom);
      return atom;
    }

    /** The stem namespace index of a language, created on first use. */
    public int stemIndex(String language) {
      int k = stemLanguages.indexOf(language);
      if (k < 0) {
        if (stemLanguages.size() >= 16) {
          throw new IllegalArgumentException("too many stemming languages");
        }
        stemmers.add(Stemmers.create(language));
        stemLanguages.add(language);
        stems.add(new TermTable());
        stemPrefixes.add(new TermTable());
        k = stemLanguages.size() - 1;
      }
      return k;
    }

    /** Whether {@code language} has a Snowball stemmer. */
    public static boolean canStem(String language) {
      return Stemmers.supports(language);
    }

    public AtomMatcher build() {
      return new AtomMatcher(this);
    }
  }
}
