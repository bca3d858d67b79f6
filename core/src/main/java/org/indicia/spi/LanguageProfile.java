package org.indicia.spi;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the engine needs to know about a language beyond its packs: the words that route a text
 * to it, the marks and elisions that betray it in a short message, its stemmer and the common
 * words the linter warns about. Every word is folded as the normalizer folds text (lower case,
 * accents removed). Immutable; build one with {@link #builder(String)}.
 *
 * <p>Every list may be empty: a language without stop words is routed by OpenNLP's language
 * model; without a stemmer, packs of the language that ask for stemming use OpenNLP's Snowball
 * stemmer named after the language, when there is one.
 */
public final class LanguageProfile {
  private final String language;
  private final List<String> stopwords;
  private final List<String> cues;
  private final String marks;
  private final List<String> elisions;
  private final Set<String> commonWords;
  private final Supplier<Stemmer> stemmer;
  private final LazyModel<ReadingModel> advisoryModel;
  private final LazyModel<ReadingModel> ordinaryModel;
  private final LazyModel<CategoryModel> categoryModel;

  private LanguageProfile(Builder b) {
    this.language = b.language;
    this.stopwords = List.copyOf(b.stopwords);
    this.cues = List.copyOf(b.cues);
    this.marks = b.marks;
    this.elisions = List.copyOf(b.elisions);
    this.commonWords = Set.copyOf(b.commonWords);
    this.stemmer = b.stemmer;
    this.advisoryModel = new LazyModel<>("advisory", b.advisoryModel, ReadingModel::read);
    this.ordinaryModel = new LazyModel<>("ordinary", b.ordinaryModel, ReadingModel::read);
    this.categoryModel = new LazyModel<>("category", b.categoryModel, CategoryModel::read);
  }

  /** A profile with nothing but the language: routed by the language model, no lint word list. */
  public static LanguageProfile of(String language) {
    return builder(language).build();
  }

  /** @param language the ISO 639-1 code, e.g. {@code "es"} */
  public static Builder builder(String language) {
    return new Builder(language);
  }

  /** The ISO 639-1 code. */
  public String language() {
    return language;
  }

  /**
   * Function words, counted over a text to route it (four or more decide); none should be a
   * stop word of another language.
   */
  public List<String> stopwords() {
    return stopwords;
  }

  /**
   * Everyday words of short messages (SMS, ads) that are not stop words: one point each for the
   * language when a text is too short for the stop-word count.
   */
  public List<String> shortTextCues() {
    return cues;
  }

  /** Letters and marks only this language writes (e.g. {@code "éèç«»"}); may be empty. */
  public String marks() {
    return marks;
  }

  /**
   * Elided clitics written before an apostrophe ({@code l}, {@code qu}): a short-text cue for the
   * language. (Elisions the tokenizer drops are a pack's {@code analysis: elisions}.)
   */
  public List<String> elisions() {
    return elisions;
  }

  /**
   * Frequent words of job ads and everyday messages: alone they say nothing, so the linter warns
   * when a strong indicator fires on one of them.
   */
  public Set<String> commonWords() {
    return commonWords;
  }

  /** A new stemmer for one thread, or empty when the profile names none. */
  public Optional<Stemmer> newStemmer() {
    return stemmer == null ? Optional.empty() : Optional.of(stemmer.get());
  }

  /**
   * The language's advisory model (a {@link ReadingModel} of advisory material: the learned side
   * of framing), read on first use, or empty when the profile names none.
   *
   * @throws IllegalStateException naming the resource, if it cannot be read or is not a model
   */
  public Optional<ReadingModel> advisoryModel() {
    return advisoryModel.get(language);
  }

  /**
   * The language's ordinary model (a {@link ReadingModel} of texts that are not concerning: ads,
   * chats and notices that share the concerning texts' words), read on first use, or empty when
   * the profile names none.
   *
   * @throws IllegalStateException naming the resource, if it cannot be read or is not a model
   */
  public Optional<ReadingModel> ordinaryModel() {
    return ordinaryModel.get(language);
  }

  /**
   * The language's category model (a {@link CategoryModel}: the learned readings of categories
   * that packs of the language may show beside their findings), read on first use, or empty when
   * the profile names none.
   *
   * @throws IllegalStateException naming the resource, if it cannot be read or is not a model
   */
  public Optional<CategoryModel> categoryModel() {
    return categoryModel.get(language);
  }

  /** A model named by its resource, read on first use, then kept: a model is up to a few megabytes of text. */
  private static final class LazyModel<T> {
    private final String kind;
    private final URL url;
    private final Function<Reader, T> parser;
    private volatile T model;

    LazyModel(String kind, URL url, Function<Reader, T> parser) {
      this.kind = kind;
      this.url = url;
      this.parser = parser;
    }

    Optional<T> get(String language) {
      T m = model;
      if (m == null && url != null) {
        try (Reader r = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
          m = parser.apply(r);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
          throw new IllegalStateException(kind + " model of " + language + " (" + url + "): " + e.getMessage(), e);
        }
        model = m;
      }
      return Optional.ofNullable(m);
    }
  }

  /** Whether the profile holds nothing but its language (the default of {@link LanguageModule}). */
  public boolean isEmpty() {
    return stopwords.isEmpty() && cues.isEmpty() && marks.isEmpty() && elisions.isEmpty() && commonWords.isEmpty()
        && stemmer == null && advisoryModel.url == null && ordinaryModel.url == null
        && categoryModel.url == null;
  }

  /** Whether the profile names a stemmer. */
  public boolean hasStemmer() {
    return stemmer != null;
  }

  @Override
  public String toString() {
    return "LanguageProfile[" + language + ": " + stopwords.size() + " stop words, " + cues.size() + " cues, "
        + commonWords.size() + " common words" + (stemmer == null ? "" : ", stemmer") + "]";
  }

  /** Builds a {@link LanguageProfile}. Words are lower-cased; blank words are refused. */
  public static final class Builder {
    private final String language;
    private final List<String> stopwords = new ArrayList<>();
    private final List<String> cues = new ArrayList<>();
    private String marks = "";
    private final List<String> elisions = new ArrayList<>();
    private final Set<String> commonWords = new LinkedHashSet<>();
    private Supplier<Stemmer> stemmer;
    private URL advisoryModel;
    private URL ordinaryModel;
    private URL categoryModel;

    private Builder(String language) {
      Objects.requireNonNull(language, "language");
      if (!language.matches("[a-z]{2,3}")) {
        throw new IllegalArgumentException("language must be an ISO 639 code such as es: " + language);
      }
      this.language = language;
    }

    /** Adds routing stop words (see {@link LanguageProfile#stopwords()}). */
    public Builder stopwords(Collection<String> words) {
      add(stopwords, words, "stop word");
      return this;
    }

    /** Adds short-text cues (see {@link LanguageProfile#shortTextCues()}). */
    public Builder shortTextCues(Collection<String> words) {
      add(cues, words, "short-text cue");
      return this;
    }

    /** Sets the letters and marks only this language writes. */
    public Builder marks(String chars) {
      this.marks = Objects.requireNonNull(chars, "marks");
      return this;
    }

    /** Adds elided clitics, without their apostrophe ({@code l}, {@code qu}). */
    public Builder elisions(Collection<String> clitics) {
      add(elisions, clitics, "elision");
      return this;
    }

    /** Adds lint common words (see {@link LanguageProfile#commonWords()}). */
    public Builder commonWords(Collection<String> words) {
      add(commonWords, words, "common word");
      return this;
    }

    /** Sets the stemmer factory (e.g. {@code Stemmer.snowball("spanish")}); called once per thread. */
    public Builder stemmer(Supplier<Stemmer> factory) {
      this.stemmer = Objects.requireNonNull(factory, "stemmer");
      return this;
    }

    /**
     * Sets the resource of the language's advisory model (a file written by {@code indicia
     * train-framing}); read when the engine first needs it.
     */
    public Builder advisoryModel(URL resource) {
      this.advisoryModel = Objects.requireNonNull(resource, "advisoryModel");
      return this;
    }

    /**
     * Sets the resource of the language's ordinary model (a file written by {@code indicia
     * train-framing --kind ordinary}); read when the engine first needs it.
     */
    public Builder ordinaryModel(URL resource) {
      this.ordinaryModel = Objects.requireNonNull(resource, "ordinaryModel");
      return this;
    }

    /**
     * Sets the resource of the language's category model (a file written by {@code indicia
     * train-categories}); read when the engine first needs it.
     */
    public Builder categoryModel(URL resource) {
      this.categoryModel = Objects.requireNonNull(resource, "categoryModel");
      return this;
    }

    public LanguageProfile build() {
      return new LanguageProfile(this);
    }

    private static void add(Collection<String> into, Collection<String> words, String what) {
      for (String w : Objects.requireNonNull(words, what + "s")) {
        if (w == null || w.isBlank()) {
          throw new IllegalArgumentException("blank " + what);
        }
        into.add(w.toLowerCase(Locale.ROOT));
      }
    }
  }
}
