package org.indicia;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.indicia.RulePackException.Fault;
import org.indicia.overlay.OverlayPlan;
import org.indicia.score.Scorer;
import org.indicia.spi.LanguageModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens text for indicators of human trafficking and forced labour. Built once from rule packs,
 * then immutable and thread-safe: share one detector across threads and reuse it.
 *
 * <pre>{@code
 * Detector detector = Detector.builder().withBuiltInPacks().build();
 * Assessment a = detector.assess("We keep your passport until the debt is repaid.");
 * a.level(); a.findings();
 * }</pre>
 */
public final class Detector {
  /** Default longest text assessed, in chars; longer texts are assessed up to it and marked truncated. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(Detector.class);

  private final Engine engine;

  private Detector(Engine engine) {
    this.engine = engine;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses a text with no id and no language hint.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public Assessment assess(String text) {
    return assess(Document.of("", Objects.requireNonNull(text, "text")));
  }

  /**
   * Assesses a document; its language hint, if any, decides which packs apply.
   *
   * @throws NullPointerException if {@code document} is null
   */
  public Assessment assess(Document document) {
    Assessment a = engine.assess(Objects.requireNonNull(document, "document"));
    if (LOG.isTraceEnabled()) { // ids and counts only: never the text
      LOG.trace("assessed id={} chars={} level={} findings={}", document.id(), document.text().length(),
          a.level(), a.findings().size());
    }
    return a;
  }

  /**
   * Assesses a document and reports how: normalized text, tokens, atom hits, each candidate
   * indicator's result. Slower than {@link #assess}; for authors and reviewers.
   */
  public Explanation explain(Document document) {
    return engine.explain(Objects.requireNonNull(document, "document"));
  }

  /** The packs this detector holds, in load order. */
  public List<RulePack> packs() {
    return engine.packs();
  }

  /** The languages of the loaded packs. */
  public Set<String> languages() {
    return engine.languages();
  }

  /** The longest text assessed, in chars. */
  public int maxTextLength() {
    return engine.maxLength();
  }

  /** The overlays applied, as {@code name@version}, in order; empty when none. */
  public List<String> overlays() {
    return engine.plan().names();
  }

  /**
   * What a lenient build ({@link Builder#lenientOverlays()}) let through: overlay ids and globs
   * that match no loaded indicator, each with its file, line and column. Empty otherwise.
   */
  public List<String> overlayWarnings() {
    return engine.plan().warnings();
  }

  /** Configures a {@link Detector}. Not thread-safe; {@link #build()} does not change it. */
  public static final class Builder {
    private final List<RulePack> packs = new ArrayList<>();
    private boolean builtIn;
    private int maxTextLength = -1;
    private double[] thresholds;
    private final Map<String, String> helplines = new HashMap<>();
    private final List<Overlay> overlays = new ArrayList<>();
    private boolean lenientOverlays;

    private Builder() {}

    /**
     * Sets the platform's helpline text, added to the {@link Guidance} of every finding (for
     * example "Worried about a job offer? Call our helpline at ..."). Indicia ships no helpline:
     * the numbers and services are the platform's to choose. A text set for a language with
     * {@link #helpline(String, String)} takes precedence for that language's packs.
     *
     * @throws IllegalArgumentException if blank
     */
    public Builder helpline(String text) {
      return helpline("", text);
    }

    /**
     * Sets the helpline text for the packs of one language (ISO 639-1, e.g. {@code fr}).
     *
     * @throws IllegalArgumentException if {@code text} is blank or {@code language} not two or
     *     three lowercase letters
     */
    public Builder helpline(String language, String text) {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(text, "text");
      if (!language.isEmpty() && !language.matches("[a-z]{2,3}")) {
        throw new IllegalArgumentException("language must be a code such as en: " + language);
      }
      if (text.isBlank()) {
        throw new IllegalArgumentException("helpline text is blank");
      }
      helplines.put(language, text.strip());
      return this;
    }

    /** Adds the packs of every language module on the classpath (see {@link LanguageModule}). */
    public Builder withBuiltInPacks() {
      if (builtIn) {
        throw new IllegalStateException("withBuiltInPacks() was already called");
      }
      builtIn = true;
      return this;
    }

    /** Adds a loaded pack. */
    public Builder addPack(RulePack pack) {
      packs.add(Objects.requireNonNull(pack, "pack"));
      return this;
    }

    /**
     * Reads and adds a pack file.
     *
     * @throws RulePackException if it cannot be read or is not valid
     */
    public Builder addPack(Path path) throws RulePackException {
      return addPack(RulePack.load(Objects.requireNonNull(path, "path")));
    }

    /**
     * Adds a policy overlay: changes to the packs' indicators, category weights, level
     * thresholds and allowed text, applied when the detector is built. Overlays apply in the order
     * added; for the same property a later one wins, category factors multiply, and the last
     * overlay's thresholds replace those set with {@link #thresholds}. Every id and glob must match
     * an indicator of the packs loaded ({@link #lenientOverlays()} to only warn).
     */
    public Builder overlay(Overlay overlay) {
      overlays.add(Objects.requireNonNull(overlay, "overlay"));
      return this;
    }

    /**
     * Reads and adds an overlay file (see {@link #overlay(Overlay)}).
     *
     * @throws RulePackException if it cannot be read or is not valid
     */
    public Builder overlay(Path path) throws RulePackException {
      return overlay(Overlay.load(Objects.requireNonNull(path, "path")));
    }

    /**
     * Lets overlays name ids and globs that match no loaded indicator: {@link #build()} reports them
     * in {@link Detector#overlayWarnings()} instead of refusing (for an overlay shared by detectors
     * with different packs). Off by default, so a pack release that renames an indicator is caught.
     */
    public Builder lenientOverlays() {
      lenientOverlays = true;
      return this;
    }

    /**
     * Sets the longest text assessed, in chars (default {@value #DEFAULT_MAX_TEXT_LENGTH}).
     *
     * @throws IllegalArgumentException if not positive
     * @throws IllegalStateException if already set
     */
    public Builder maxTextLength(int chars) {
      if (chars <= 0) {
        throw new IllegalArgumentException("maxTextLength must be positive: " + chars);
      }
      if (maxTextLength != -1) {
        throw new IllegalStateException("maxTextLength was already set");
      }
      maxTextLength = chars;
      return this;
    }

    /**
     * Sets the score thresholds of LOW, MEDIUM and HIGH (defaults 0.25, 0.5, 0.75).
     *
     * @throws IllegalArgumentException unless {@code 0 < low < medium < high <= 1}
     * @throws IllegalStateException if already set
     */
    public Builder thresholds(double low, double medium, double high) {
      new Scorer(low, medium, high); // validates
      if (thresholds != null) {
        throw new IllegalStateException("thresholds were already set");
      }
      thresholds = new double[] {low, medium, high};
      return this;
    }

    /**
     * Compiles the packs into a detector.
     *
     * @throws RulePackException if a built-in pack is invalid or lacks examples (see {@link
     *     RulePack#requireExamples()}), two packs share a pack id or an indicator id, or an overlay
     *     names an indicator no pack has (at the overlay's line and column)
     * @throws IllegalStateException if no pack was added
     */
    public Detector build() throws RulePackException {
      List<RulePack> all = new ArrayList<>();
      if (builtIn) {
        all.addAll(builtInPacks(ServiceLoader.load(LanguageModule.class, Detector.class.getClassLoader())));
      }
      all.addAll(packs);
      if (all.isEmpty()) {
        throw new IllegalStateException(
            "no packs: call withBuiltInPacks() with a language module on the classpath, or addPack()");
      }
      checkUnique(all);
      double[] t = thresholds == null ? new double[] {0.25, 0.5, 0.75} : thresholds;
      int max = maxTextLength == -1 ? DEFAULT_MAX_TEXT_LENGTH : maxTextLength;
      long start = System.nanoTime();
      OverlayPlan plan = OverlayPlan.resolve(overlays.stream().map(Overlay::def).toList(),
          all.stream().map(RulePack::def).toList(), lenientOverlays);
      Scorer scorer = new Scorer(t[0], t[1], t[2]);
      double[] o = plan.thresholds();
      Detector d = new Detector(new Engine(all, o == null ? scorer : new Scorer(o[0], o[1], o[2]), max,
          Map.copyOf(helplines), plan, scorer));
      if (LOG.isDebugEnabled()) {
        LOG.debug("compiled {} packs ({} indicators) in {} ms",
            all.size(), all.stream().mapToInt(p -> p.indicators().size()).sum(), (System.nanoTime() - start) / 1_000_000);
      }
      return d;
    }

    /** The packs of these language modules; each must carry examples, which test it. */
    static List<RulePack> builtInPacks(Iterable<LanguageModule> modules) throws RulePackException {
      List<RulePack> out = new ArrayList<>();
      for (LanguageModule m : modules) {
        List<java.net.URL> urls;
        try {
          urls = m.packs();
        } catch (RuntimeException e) { // a module that cannot list its packs is a broken pack source
          throw new RulePackException(Fault.IO, m.getClass().getName(), 0, 0, null,
              "language module failed to list its packs: " + e);
        }
        for (java.net.URL url : urls) {
          out.add(RulePack.load(url).requireExamples());
        }
      }
      return out;
    }

    private static void checkUnique(List<RulePack> packs) throws RulePackException {
      Map<String, RulePack> packIds = new HashMap<>();
      Map<String, RulePack> ids = new HashMap<>();
      for (RulePack p : packs) {
        RulePack prior = packIds.putIfAbsent(p.id(), p);
        if (prior != null) {
          throw new RulePackException(Fault.DUPLICATE_PACK, p.source(), 0, 0, null,
              p.id() + "@" + p.version() + " (also from " + prior.source() + ")");
        }
        for (var ind : p.def().indicators()) {
          RulePack owner = ids.putIfAbsent(ind.id(), p);
          if (owner != null) {
            throw new RulePackException(Fault.DUPLICATE_ID, p.source(), ind.line(), ind.column(), ind.id(),
                ind.id() + " (also in pack " + owner.id() + ")");
          }
        }
      }
    }
  }
}
