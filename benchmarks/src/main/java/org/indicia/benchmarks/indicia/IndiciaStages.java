package org.indicia.benchmarks.indicia;

import java.util.List;
import java.util.Set;
import org.indicia.lang.LanguageRouter;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;

/**
 * The one place that knows the entry points of Indicia's pipeline stages, so that {@code
 * StageBenchmark} does not change when they do. Each {@link Stage} owns its scratch buffers: make
 * one per benchmark thread.
 */
public final class IndiciaStages {

  private static final Set<String> LOADED = Set.of("en", "fr");

  private IndiciaStages() {}

  /** One stage applied to one text; the result only keeps the work from being optimized away. */
  public interface Stage {
    int apply(String text);
  }

  /** The text normalizer (NFKC, case and accent folding, offset map) alone. */
  public static Stage normalizer() {
    TextNormalizer normalizer = TextNormalizer.basic();
    NormalizedText out = new NormalizedText();
    return text -> {
      normalizer.normalize(text, text.length(), out);
      return out.length();
    };
  }

  /**
   * Language detection between English and French as the detector runs it: the router reads the
   * normalized tokens (stop words first, OpenNLP's model when unsure), so this stage includes
   * normalization and tokenization; subtract {@link #normalizer()} to isolate it.
   */
  public static Stage languageDetector() {
    TextNormalizer normalizer = TextNormalizer.basic();
    Tokenizer tokenizer = new Tokenizer(List.of());
    LanguageRouter router = new LanguageRouter(LOADED);
    NormalizedText normalized = new NormalizedText();
    Tokens tokens = new Tokens();
    return text -> {
      normalizer.normalize(text, text.length(), normalized);
      tokenizer.tokenize(normalized.buffer(), normalized.length(), tokens);
      return router.identify(text, normalized, tokens, LOADED).size();
    };
  }
}
