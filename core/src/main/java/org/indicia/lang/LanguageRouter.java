package org.indicia.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.indicia.DetectedLanguage;
import org.indicia.spi.LanguageProfile;
import java.util.function.Consumer;
import org.indicia.match.TermTable;
import org.indicia.pack.Expr;
import org.indicia.pack.PackDef;
import org.indicia.text.TextNormalizer;
import org.indicia.text.NormalizedText;
import org.indicia.text.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which loaded languages a text is in, cheaply first.
 *
 * <ol>
 *   <li><b>Stop words.</b> Function words of the loaded languages (their {@link LanguageProfile}s,
 *       from the language modules) are counted over the text's
 *       tokens (one hash probe per token, no allocation). With at least {@value #MIN_STOPWORDS}
 *       of them the majority language is taken, with confidence = its share; a minority language
 *       with at least {@value #MIN_MINORITY} stop words and {@value #MIN_MINORITY_SHARE} of the
 *       total is added too, so a bilingual ad or an English ad with a French contact line gets both
 *       packs; when the majority's stop words are under {@value #MIN_DENSITY} of the tokens (a text
 *       mostly in another language, such as Tagalog-English, whose homographs count), every loaded
 *       language with a stop word is added.
 *   <li><b>Short texts.</b> Otherwise, when every loaded language has a stop-word list, {@link
 *       ShortText} adds up every signal among the loaded languages: the stop words counted,
 *       short-message words, one-language pack vocabulary, accents and elisions, and OpenNLP's
 *       probabilities (below) renormalized over the loaded languages; the leader wins by a
 *       margin, both languages apply when both have strong signals of their own, and a tie gives
 *       nothing.
 *   <li><b>OpenNLP.</b> With a loaded language that has no stop-word list, OpenNLP's
 *       language-detection model ({@code opennlp-models-langdetect}, loaded once per JVM from
 *       the classpath) reads the first {@value #SAMPLE_CHARS} chars of the original text; its
 *       probabilities are renormalized over the loaded languages and the best is taken when its
 *       share reaches {@value #MIN_MODEL_SHARE}. The model costs ~0.3 ms a call, ten times a
 *       whole assessment, which is why it is never the first resort.
 *   <li>Otherwise nothing: the engine applies every loaded language (source FALLBACK).
 * </ol>
 *
 * Thread-safe. Internal.
 */
public final class LanguageRouter {
  static final int MIN_STOPWORDS = 4;
  static final int MIN_MINORITY = 2;
  static final double MIN_MINORITY_SHARE = 0.10;
  /** Below this share of the tokens, the majority's stop words do not rule a minority language out. */
  static final double MIN_DENSITY = 0.12;
  static final int SAMPLE_CHARS = 400;
  static final double MIN_MODEL_SHARE = 0.70;

  private static final Logger LOG = LoggerFactory.getLogger(LanguageRouter.class);

  private final List<String> languages; // with stop words, sorted
  private final TermTable stopwords = new TermTable();
  private final int[] stopwordLanguage;
  private final boolean stopwordsCoverAll;
  private final int maxStopword;
  private final ShortText shortText;

  /** @param loaded the languages of the loaded packs (at least two) */
  public LanguageRouter(Set<String> loaded) {
    this(loaded, Map.of());
  }

  /**
   * @param loaded the languages of the loaded packs (at least two); their profiles are those of
   *     the language modules found ({@link Languages})
   * @param vocabulary per loaded language, the words of its packs' phrases (normalized); a word
   *     only one language's packs use is a short-text signal for that language
   */
  public LanguageRouter(Set<String> loaded, Map<String, ? extends Collection<String>> vocabulary) {
    this(loaded.stream().map(Languages::profile).toList(), vocabulary);
  }

  /**
   * @param profiles the profiles of the loaded languages (at least two), one per language
   * @param vocabulary as above
   */
  public LanguageRouter(Collection<LanguageProfile> profiles, Map<String, ? extends Collection<String>> vocabulary) {
    Map<String, LanguageProfile> byLanguage = new TreeMap<>();
    for (LanguageProfile p : profiles) {
      if (byLanguage.put(p.language(), p) != null) {
        throw new IllegalArgumentException("two profiles of " + p.language());
      }
    }
    List<String> langs = new ArrayList<>();
    List<LanguageProfile> routed = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (LanguageProfile p : byLanguage.values()) {
      if (p.stopwords().isEmpty()) {
        continue;
      }
      langs.add(p.language());
      routed.add(p);
      for (String w : p.stopwords()) {
        int id = stopwords.add(w);
        if (id == owner.size()) {
          owner.add(langs.size() - 1);
        } else if (owner.get(id) != langs.size() - 1) {
          owner.set(id, -1); // a function word of two loaded languages tells them apart no better than none
        }
      }
    }
    stopwords.freeze();
    this.maxStopword = routed.stream().flatMap(p -> p.stopwords().stream()).mapToInt(String::length).max().orElse(0);
    this.languages = List.copyOf(langs);
    this.stopwordLanguage = owner.stream().mapToInt(Integer::intValue).toArray();
    this.stopwordsCoverAll = langs.size() == byLanguage.size();
    this.shortText = new ShortText(routed, vocabulary);
    Model.get(); // load the model now (once per JVM), not inside the first request that needs it
  }

  /**
   * The languages of a text among the loaded ones, most likely first; empty when unsure.
   *
   * @param original the original text (the model reads its start)
   * @param text the normalized text and its tokens (the stop-word count reads them)
   */
  public List<DetectedLanguage> identify(CharSequence original, NormalizedText text, Tokens tokens, Set<String> loaded) {
    if (stopwordsCoverAll) {
      int[] counts = new int[languages.size()];
      List<DetectedLanguage> byStopwords = byStopwords(text, tokens, counts);
      if (!byStopwords.isEmpty()) {
        return byStopwords;
      }
      return shortText.identify(original, text, tokens, counts, modelShares(original, loaded));
    }
    return byModel(original, loaded);
  }

  private List<DetectedLanguage> byStopwords(NormalizedText text, Tokens tokens, int[] counts) {
    char[] c = text.buffer();
    for (int t = 0; t < tokens.count(); t++) {
      int s = tokens.start(t);
      int len = tokens.end(t) - s;
      if (len > maxStopword) {
        continue;
      }
      int id = stopwords.get(c, s, len, TermTable.hash(c, s, len));
      if (id >= 0 && stopwordLanguage[id] >= 0) {
        counts[stopwordLanguage[id]]++;
      }
    }
    int total = 0;
    int best = 0;
    for (int k = 0; k < counts.length; k++) {
      total += counts[k];
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    if (total < MIN_STOPWORDS) {
      return List.of();
    }
    List<DetectedLanguage> out = new ArrayList<>(2);
    out.add(new DetectedLanguage(languages.get(best), (double) counts[best] / total, DetectedLanguage.Source.DETECTED));
    // A majority made of a few words in a long text is another language's homographs ("sa", "la" in
    // Tagalog-English read as French): the text is mostly in no loaded language, so every loaded
    // language with any stop word applies, not only the one the homographs point to.
    boolean sparse = counts[best] < MIN_DENSITY * tokens.count();
    for (int k = 0; k < counts.length; k++) {
      if (k != best && (sparse ? counts[k] > 0
          : counts[k] >= MIN_MINORITY && (double) counts[k] / total >= MIN_MINORITY_SHARE)) {
        out.add(new DetectedLanguage(languages.get(k), (double) counts[k] / total, DetectedLanguage.Source.DETECTED));
      }
    }
    return out;
  }

  /**
   * OpenNLP's probabilities of the loaded languages, renormalized to sum to 1 over them; empty
   * when the model is absent or gives none of them any weight.
   */
  private static Map<String, Double> modelShares(CharSequence original, Set<String> loaded) {
    ThreadSafeLanguageDetectorME model = Model.get();
    if (model == null) {
      return Map.of();
    }
    CharSequence sample = original.subSequence(0, Math.min(original.length(), SAMPLE_CHARS));
    Map<String, Double> share = new TreeMap<>();
    double sum = 0;
    for (Language l : model.predictLanguages(sample)) {
      String code = Iso.toIso1(l.getLang());
      if (code != null && loaded.contains(code)) {
        share.merge(code, l.getConfidence(), Double::sum);
        sum += l.getConfidence();
      }
    }
    if (sum <= 0) {
      return Map.of();
    }
    for (Map.Entry<String, Double> e : share.entrySet()) {
      e.setValue(e.getValue() / sum);
    }
    return share;
  }

  private static List<DetectedLanguage> byModel(CharSequence original, Set<String> loaded) {
    String best = null;
    double bestShare = 0;
    for (Map.Entry<String, Double> e : modelShares(original, loaded).entrySet()) {
      double s = e.getValue();
      if (s > bestShare) {
        best = e.getKey();
        bestShare = s;
      }
    }
    if (best == null || bestShare < MIN_MODEL_SHARE) {
      return List.of();
    }
    return List.of(new DetectedLanguage(best, Math.min(1.0, bestShare), DetectedLanguage.Source.DETECTED));
  }

  /**
   * Per language, the words of its packs' phrases (lexicons and indicator phrases, normalized as
   * the text is; wildcard prefixes left out): the pack-vocabulary signal for short texts.
   */
  public static Map<String, Set<String>> vocabulary(List<PackDef> packs) {
    Map<String, Set<String>> out = new TreeMap<>();
    TextNormalizer normalizer = TextNormalizer.basic();
    for (PackDef def : packs) {
      Set<String> words = out.computeIfAbsent(def.language(), l -> new java.util.HashSet<>());
      Consumer<String> add = phrase -> {
        String n = normalizer.normalize(phrase);
        for (String w : n.split("[^\\p{L}\\p{N}*]+")) {
          if (!w.isEmpty() && w.indexOf('*') < 0) {
            words.add(w);
          }
        }
      };
      def.lexicons().values().forEach(l -> l.forEach(add));
      for (PackDef.IndicatorDef ind : def.indicators()) {
        phrases(ind.match(), add);
      }
    }
    return out;
  }

  private static void phrases(Expr e, Consumer<String> out) {
    if (e instanceof Expr.Phrase p) {
      out.accept(p.text());
    } else if (e instanceof Expr.Lexicon l) {
      l.phrases().forEach(p -> out.accept(p.text()));
    }
    e.children().forEach(c -> phrases(c, out));
  }

  /** ISO 639-3 codes of the model → ISO 639-1 codes of packs. */
  private static final class Iso {
    private static final Map<String, String> MAP = Map.ofEntries(
        Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("deu", "de"), Map.entry("spa", "es"),
        Map.entry("ita", "it"), Map.entry("nld", "nl"), Map.entry("por", "pt"), Map.entry("ron", "ro"),
        Map.entry("rus", "ru"), Map.entry("pol", "pl"), Map.entry("ara", "ar"), Map.entry("ukr", "uk"),
        Map.entry("tur", "tr"), Map.entry("vie", "vi"), Map.entry("zho", "zh"), Map.entry("cmn", "zh"),
        Map.entry("tgl", "tl"), Map.entry("tha", "th"), Map.entry("hin", "hi"), Map.entry("ind", "id"));

    static String toIso1(String iso3) {
      return MAP.get(iso3.toLowerCase(Locale.ROOT));
    }
  }

  /** The model, loaded on first use (about half a second), once per JVM. */
  private static final class Model {
    private static final ThreadSafeLanguageDetectorME INSTANCE = load();

    static ThreadSafeLanguageDetectorME get() {
      return INSTANCE;
    }

    private static ThreadSafeLanguageDetectorME load() {
      // Through the class loader: on the module path, Class.getResourceAsStream would look in
      // core's own module only, and the model is in opennlp-models-langdetect.
      try (InputStream in = LanguageRouter.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
        if (in == null) {
          LOG.warn("OpenNLP language model langdetect-183.bin not on the classpath; short texts get every loaded language");
          return null;
        }
        return new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException | RuntimeException e) {
        LOG.warn("OpenNLP language model failed to load ({}); short texts get every loaded language", e.getClass().getSimpleName());
        return null;
      }
    }
  }
}
