package org.indicia.match;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicia.lang.Languages;
import org.indicia.spi.Stemmer;
import org.indicia.text.NormalizedText;
import org.indicia.text.PhraseAnalyzer;
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
  /** Chars either side of a required literal that a prefiltered regex reads. */
  public static final int REGEX_WINDOW = 64;
  /** Longest match an anchored regex may have, in chars (then widened to a word edge). */
  public static final int ANCHORED_REACH = 256;
  /** Most words in one phrase. */
  public static final int MAX_PHRASE_WORDS = 16;

  private final TermTable exact;
  /** Every word of every phrase as analysed before stemming: the normalizer's vocabulary. */
  private final TermTable words;
  private final int vocabularyLength;
  private final TermTable wildcards;
  private final boolean[] wildcardLength;
  private final String[] stemLanguages;
  private final TermTable[] stems;
  private final TermTable[] stemPrefixes;
  private final boolean[][] stemPrefixLength;
  private final int maxProbeLength;
  private final PhraseTrie trie;
  /** Exact term id → the root's child along it, or -1 (exact ids are dense from 0). */
  private final int[] rootExact;
  /** The regex atoms and how they run. */
  private final RegexRunner regexes;
  private final int atomCount;
  private final String[] atomText;
  /** Stemmers for {@link #vocabulary} probes, per thread (the normalizer has no scratch to lend). */
  private final ThreadLocal<Probes> probes;

  private AtomMatcher(Builder b) {
    exact = b.exact;
    words = b.words;
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
    words.freeze();
    wildcards.freeze();
    for (TermTable t : stems) {
      t.freeze();
    }
    for (TermTable t : stemPrefixes) {
      t.freeze();
    }
    trie = b.trie;
    trie.freeze();
    rootExact = new int[exact.size()];
    for (int id = 0; id < rootExact.length; id++) {
      rootExact[id] = trie.next(PhraseTrie.ROOT, id);
    }
    regexes = new RegexRunner(b.regexes, b.regexAtoms);
    atomCount = b.atomText.size();
    atomText = b.atomText.toArray(new String[0]);
    vocabularyLength = vocabularyLength(b);
    int languages = stems.length;
    probes = ThreadLocal.withInitial(() -> new Probes(languages));
  }

  /**
   * The longest word the vocabulary may accept: a wildcard or a stem matches words longer than
   * any phrase word, so those leave some room.
   */
  private static int vocabularyLength(Builder b) {
    int max = 0;
    for (int i = 0; i < b.words.size(); i++) {
      max = Math.max(max, b.words.key(i).length());
    }
    if (b.wildcards.size() > 0 || !b.stems.isEmpty()) {
      max = Math.max(max + 8, 32);
    }
    return Math.min(max, 64);
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
   * @param runRegex per regex (in {@link #regexAtom} order): run it now; the others run on demand
   *     through {@link #findRegex}, or not at all
   */
  public void scan(NormalizedText text, Tokens tokens, int stemMask, boolean[] runRegex, Scratch s, Hits out) {
    scan(text, tokens, stemMask, runRegex, NO_REGEX, s, out);
  }

  private static final boolean[] NO_REGEX = new boolean[0];

  /**
   * As {@link #scan(NormalizedText, Tokens, int, boolean[], Scratch, Hits)}; the literals of the
   * regexes flagged in {@code laterRegex} are found in the same pass, for {@link #findRegex}.
   */
  public void scan(NormalizedText text, Tokens tokens, int stemMask, boolean[] runRegex, boolean[] laterRegex,
      Scratch s, Hits out) {
    out.reset();
    int n = tokens.count();
    s.ensure(n);
    char[] chars = text.buffer();
    // Without stems or wildcards a token's symbols are one probe with the tokenizer's hash: the
    // cache would only add its own probe.
    boolean cached = stemMask != 0 || wildcardLength.length != 0;
    for (int t = 0; t < n; t++) {
      int off = tokens.start(t);
      int len = tokens.end(t) - off;
      int h = tokens.hash(t);
      int at = t * MAX_SYMBOLS;
      if (!cached) {
        s.symbolCount[t] = symbols(chars, off, off + len, h, stemMask, s, at);
        continue;
      }
      int k = s.symbolCache.get(chars, off, len, h, stemMask, s.symbols, at);
      if (k < 0) {
        k = symbols(chars, off, off + len, h, stemMask, s, at);
        s.symbolCache.put(chars, off, len, h, stemMask, s.symbols, at, k);
      }
      s.symbolCount[t] = k;
    }
    for (int t = 0; t < n; t++) {
      if (s.symbolCount[t] > 0) {
        walk(PhraseTrie.ROOT, t, t, tokens, s, out);
      }
    }
    regexes.scan(text, tokens, runRegex, laterRegex, s.regex, out);
  }

  /** Number of regex atoms. */
  public int regexCount() {
    return regexes.count();
  }

  /** The atom id of regex {@code r}. */
  public int regexAtom(int r) {
    return regexes.atom(r);
  }

  /** Finds the hits of regex {@code r} (an on-demand regex) in the text {@link #scan} last read with {@code s}. */
  public void findRegex(int r, NormalizedText text, Tokens tokens, Scratch s, Hits out) {
    regexes.find(r, text, tokens, s.regex, out);
  }

  private void walk(int state, int t, int first, Tokens tokens, Scratch s, Hits out) {
    int base = t * MAX_SYMBOLS;
    for (int k = 0; k < s.symbolCount[t]; k++) {
      int symbol = s.symbols[base + k];
      // Most walks start at the root on an exact word: an array read instead of a hash probe.
      int next = state == PhraseTrie.ROOT && symbol < rootExact.length ? rootExact[symbol] : trie.next(state, symbol);
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
  private int symbols(char[] c, int off, int end, int tokenHash, int stemMask, Scratch s, int at) {
    int len = end - off;
    int n = 0;
    int h = 0;
    // Prefix probes (wildcards, stem candidates) need the hash of each prefix; without them the
    // tokenizer's whole-token hash is enough and the chars are not read again.
    int probe = stemMask == 0 && wildcardLength.length == 0 ? 0 : Math.min(len, maxProbeLength - 1);
    int stemCandidates = 0;
    for (int i = 0; i < probe; i++) {
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
    int e = exact.get(c, off, len, tokenHash);
    if (e >= 0 && n < MAX_SYMBOLS) {
      s.symbols[at + n++] = e; // NS_EXACT
    }
    for (int k = 0; stemCandidates != 0 && k < stems.length; k++) {
      if ((stemCandidates & (1 << k)) != 0 && n < MAX_SYMBOLS) {
        int id = s.stemId(k, new String(c, off, len), this);
        if (id >= 0) {
          s.symbols[at + n++] = ((NS_STEM + k) << 24) | id;
        }
      }
    }
    return n;
  }

  /**
   * The words this matcher can match, for the normalizer's vocabulary-gated folds: a word of some
   * phrase (before stemming), a word starting with a wildcard's prefix, or a word whose Snowball
   * stem is a phrase stem in any stemmed language. Only called for disguise candidates (a few
   * words per text), so the stem check may allocate, like {@link #scan}'s; a Snowball stemmer
   * keeps state, so each thread has its own for this.
   */
  public TextNormalizer.Vocabulary vocabulary() {
    return new TextNormalizer.Vocabulary() {
      @Override
      public boolean contains(char[] c, int off, int len) {
        return isWord(c, off, len);
      }

      @Override
      public int maxLength() {
        return vocabularyLength;
      }
    };
  }

  /**
   * A thread's vocabulary probes: its Snowball stemmers (they keep state) and the answers of
   * recent probes, direct-mapped by hash. Ads repeat the words the normalizer asks about
   * ("full-time", "e-mail"), and an answer may cost a Snowball call.
   */
  private static final class Probes {
    static final int SLOTS = 4096;
    final Stemmer[] stemmers;
    final char[][] words = new char[SLOTS][];
    final boolean[] answers = new boolean[SLOTS];

    Probes(int languages) {
      stemmers = new Stemmer[languages];
    }
  }

  private boolean isWord(char[] c, int off, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + c[off + i];
    }
    Probes p = probes.get();
    int slot = (h ^ (h >>> 16)) & (Probes.SLOTS - 1);
    char[] known = p.words[slot];
    if (known != null && Arrays.equals(known, 0, known.length, c, off, off + len)) {
      return p.answers[slot];
    }
    boolean answer = probe(c, off, len, p.stemmers);
    p.words[slot] = Arrays.copyOfRange(c, off, off + len);
    p.answers[slot] = answer;
    return answer;
  }

  private boolean probe(char[] c, int off, int len, Stemmer[] mine) {
    int h = 0;
    int stemCandidates = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + c[off + i];
      int l = i + 1;
      if (l < wildcardLength.length && wildcardLength[l] && wildcards.get(c, off, l, h) >= 0) {
        return true;
      }
      for (int k = 0; k < stems.length; k++) {
        if (l < stemPrefixLength[k].length && stemPrefixLength[k][l] && stemPrefixes[k].get(c, off, l, h) >= 0) {
          stemCandidates |= 1 << k;
        }
      }
    }
    if (words.get(c, off, len, h) >= 0) {
      return true;
    }
    for (int k = 0; stemCandidates != 0 && k < stems.length; k++) {
      if ((stemCandidates & (1 << k)) != 0) {
        if (mine[k] == null) {
          mine[k] = Languages.newStemmer(stemLanguages[k]);
        }
        String stem = mine[k].stem(new String(c, off, len)).toString();
        if (stems[k].get(stem) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Per-thread state of {@link #scan}: token symbols and stemmers. */
  public static final class Scratch {
    final RegexRunner.Scratch regex = new RegexRunner.Scratch();
    final SymbolCache symbolCache = new SymbolCache();
    int[] symbols = new int[64 * MAX_SYMBOLS];
    int[] symbolCount = new int[64];
    private final Map<Integer, Stemmer> stemmers = new HashMap<>();

    /** Share of tokens whose symbols came from the cache (over this scratch's life), for benchmarks. */
    public double symbolCacheHitRate() {
      return symbolCache.hitRate();
    }

    void ensure(int tokens) {
      if (symbolCount.length < tokens) {
        int n = Math.max(tokens, symbolCount.length * 2);
        symbolCount = new int[n];
        symbols = new int[n * MAX_SYMBOLS];
      }
    }

    /**
     * Word → stem term id (or -1), per stemming language, kept across the documents this scratch
     * serves: ad vocabularies repeat, and a Snowball call costs about a microsecond. Cleared when
     * it reaches {@link #STEM_CACHE_SIZE} entries, so memory stays bounded.
     */
    private final Map<Integer, Map<String, Integer>> stemCache = new HashMap<>();

    static final int STEM_CACHE_SIZE = 20_000;

    int stemId(int k, String word, AtomMatcher m) {
      Map<String, Integer> cache = stemCache.computeIfAbsent(k, x -> new HashMap<>());
      Integer id = cache.get(word);
      if (id == null) {
        Stemmer stemmer = stemmers.computeIfAbsent(k, x -> Languages.newStemmer(m.stemLanguages[k]));
        id = m.stems[k].get(stemmer.stem(word).toString());
        if (cache.size() >= STEM_CACHE_SIZE) {
          cache.clear();
        }
        cache.put(word, id);
      }
      return id;
    }
  }

  /** Collects atoms; phrases are analysed exactly as text will be. */
  public static final class Builder {
    private final PhraseAnalyzer analyzer;
    private final TermTable exact = new TermTable();
    private final TermTable words = new TermTable();
    private final TermTable wildcards = new TermTable();
    private final List<String> stemLanguages = new ArrayList<>();
    private final List<TermTable> stems = new ArrayList<>();
    private final List<TermTable> stemPrefixes = new ArrayList<>();
    private final List<Stemmer> stemmers = new ArrayList<>();
    private final PhraseTrie trie = new PhraseTrie();
    private final Map<String, Integer> atomsByPath = new HashMap<>();
    private final List<String> atomText = new ArrayList<>();
    private final List<Pattern> regexes = new ArrayList<>();
    private final List<Integer> regexAtoms = new ArrayList<>();

    public Builder(TextNormalizer normalizer, Tokenizer tokenizer) {
      this.analyzer = new PhraseAnalyzer(normalizer, tokenizer);
    }

    /**
     * Adds a phrase; returns its atom id (the same id for a phrase that analyses the same way).
     *
     * @param stemLanguage the language whose stemmer applies to non-wildcard words, or
     *     null for none
     * @throws IllegalArgumentException if the phrase has no words or too many after analysis
     */
    public int addPhrase(String phrase, String stemLanguage) {
      List<PhraseAnalyzer.Word> analyzed = analyzer.words(phrase);
      int n = analyzed.size();
      if (n == 0) {
        throw new IllegalArgumentException("no words");
      }
      if (n > MAX_PHRASE_WORDS) {
        throw new IllegalArgumentException("more than " + MAX_PHRASE_WORDS + " words");
      }
      int[] path = new int[n];
      for (int i = 0; i < n; i++) {
        String word = analyzed.get(i).text();
        boolean wildcard = analyzed.get(i).wildcard();
        if (!wildcard) {
          words.add(word);
        }
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

    /**
     * Adds an atom the scan never finds, whose hits the caller appends ({@link Hits#append}); the
     * same label gives the same id. For {@code entity:} conditions.
     */
    public int addExternal(String label) {
      Integer known = atomsByPath.get(label);
      if (known != null) {
        return known;
      }
      int atom = atomText.size();
      atomText.add(label);
      atomsByPath.put(label, atom);
      return atom;
    }

    /** The stem namespace index of a language, created on first use. */
    public int stemIndex(String language) {
      int k = stemLanguages.indexOf(language);
      if (k < 0) {
        if (stemLanguages.size() >= 16) {
          throw new IllegalArgumentException("too many stemming languages");
        }
        stemmers.add(Languages.newStemmer(language));
        stemLanguages.add(language);
        stems.add(new TermTable());
        stemPrefixes.add(new TermTable());
        k = stemLanguages.size() - 1;
      }
      return k;
    }

    /** Whether {@code language} has a stemmer (its module's, or Snowball's). */
    public static boolean canStem(String language) {
      return Languages.canStem(language);
    }

    public AtomMatcher build() {
      return new AtomMatcher(this);
    }
  }
}
