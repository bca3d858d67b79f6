package org.indicia.overlay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indicia.Category;
import org.indicia.RulePackException;
import org.indicia.RulePackException.Fault;
import org.indicia.pack.PackDef;
import org.indicia.text.PhraseAnalyzer;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;

/**
 * Overlays resolved against the loaded packs: what each indicator becomes, the level thresholds
 * and the allow rules. Overlays apply in the order given, each entry in document order, so a later
 * entry's value for a property wins; category factors multiply the resulting weight (capped at 1).
 * Immutable. Internal.
 */
public final class OverlayPlan {
  /** No overlay: changes nothing. */
  public static final OverlayPlan NONE =
      new OverlayPlan(List.of(), Map.of(), Map.of(), null, null, List.of(), List.of());

  private final List<String> names;
  private final Map<String, IndicatorChange> changes;
  private final Map<Category, Double> factors;
  private final double[] thresholds;
  private final String thresholdsFrom;
  private final List<Allow> allow;
  private final List<String> warnings;

  private OverlayPlan(List<String> names, Map<String, IndicatorChange> changes, Map<Category, Double> factors,
      double[] thresholds, String thresholdsFrom, List<Allow> allow, List<String> warnings) {
    this.names = List.copyOf(names);
    this.changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    this.factors = factors.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(factors));
    this.thresholds = thresholds;
    this.thresholdsFrom = thresholdsFrom;
    this.allow = List.copyOf(allow);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * What an overlay did to one indicator.
   *
   * @param factor the product of the category factors applied to its weight (1 when none)
   * @param overlays the overlays that changed it, as {@code name@version}
   */
  public record IndicatorChange(String id, Category category, boolean disabled, double weightBefore, double weightAfter,
      boolean strongBefore, boolean strongAfter, boolean corroborateBefore, boolean corroborateAfter, double factor,
      List<String> overlays) {
    public IndicatorChange {
      overlays = List.copyOf(overlays);
    }
  }

  /** An allow rule and the overlay it comes from. */
  public record Allow(OverlayDef.AllowRule rule, String overlay) {}

  /**
   * Resolves {@code overlays} against {@code packs}.
   *
   * @param lenient whether an id or glob matching no loaded indicator is a warning rather than an
   *     error
   * @throws RulePackException at the overlay's entry when an id or glob matches no indicator (unless
   *     lenient), or an allow phrase has no words
   */
  public static OverlayPlan resolve(List<OverlayDef> overlays, List<PackDef> packs, boolean lenient)
      throws RulePackException {
    if (overlays.isEmpty()) {
      return NONE;
    }
    Map<String, PackDef.IndicatorDef> all = new LinkedHashMap<>();
    for (PackDef p : packs) {
      for (PackDef.IndicatorDef d : p.indicators()) {
        all.put(d.id(), d);
      }
    }
    Map<String, State> states = new LinkedHashMap<>();
    EnumMap<Category, Double> factors = new EnumMap<>(Category.class);
    EnumMap<Category, List<String>> factorFrom = new EnumMap<>(Category.class);
    double[] thresholds = null;
    String thresholdsFrom = null;
    List<Allow> allow = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> names = new ArrayList<>();
    PhraseAnalyzer analyzer = new PhraseAnalyzer(TextNormalizer.basic(), new Tokenizer(List.of()));
    for (OverlayDef o : overlays) {
      String name = o.nameAtVersion();
      names.add(name);
      for (OverlayDef.IndicatorRule r : o.indicators()) {
        boolean any = false;
        for (PackDef.IndicatorDef d : all.values()) {
          if (r.matches(d.id())) {
            any = true;
            states.computeIfAbsent(d.id(), k -> new State(d)).apply(r, name);
          }
        }
        if (!any) {
          RulePackException e = new RulePackException(Fault.UNKNOWN_INDICATOR, o.source(), r.line(), r.column(), null,
              r.pattern());
          if (!lenient) {
            throw e;
          }
          warnings.add(e.getMessage());
        }
      }
      for (OverlayDef.CategoryRule c : o.categories().values()) {
        factors.merge(c.category(), c.factor(), (a, b) -> a * b);
        factorFrom.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(name);
      }
      if (o.thresholds() != null) {
        thresholds = new double[] {o.thresholds().low(), o.thresholds().medium(), o.thresholds().high()};
        thresholdsFrom = name;
      }
      for (OverlayDef.AllowRule a : o.allow()) {
        if (a.phrase() != null) {
          if (analyzer.words(a.phrase().text()).isEmpty()) { // any length: it is cut into parts
            throw new RulePackException(Fault.EMPTY_PHRASE, o.source(), a.line(), a.column(), null, a.text());
          }
        }
        allow.add(new Allow(a, name));
      }
    }
    for (Map.Entry<Category, Double> f : factors.entrySet()) {
      for (PackDef.IndicatorDef d : all.values()) {
        if (d.category() == f.getKey()) {
          states.computeIfAbsent(d.id(), k -> new State(d)).factor(f.getValue(), factorFrom.get(f.getKey()));
        }
      }
    }
    Map<String, IndicatorChange> changes = new LinkedHashMap<>();
    states.forEach((id, s) -> changes.put(id, s.change()));
    return new OverlayPlan(names, changes, factors, thresholds, thresholdsFrom, allow, warnings);
  }

  /** An indicator's properties as the overlays' entries set them, in order. */
  private static final class State {
    final PackDef.IndicatorDef def;
    boolean disabled;
    double weight;
    boolean strong;
    boolean corroborate;
    double factor = 1;
    final List<String> overlays = new ArrayList<>();

    State(PackDef.IndicatorDef def) {
      this.def = def;
      weight = def.weight();
      strong = def.strong();
      corroborate = def.corroborate();
    }

    void apply(OverlayDef.IndicatorRule r, String overlay) {
      disabled |= r.disable();
      if (r.weight() != null) {
        weight = r.weight();
      }
      if (r.strong() != null) {
        strong = r.strong();
      }
      if (r.corroborate() != null) {
        corroborate = r.corroborate();
      }
      note(overlay);
    }

    void factor(double f, List<String> from) {
      factor *= f;
      from.forEach(this::note);
    }

    private void note(String overlay) {
      if (!overlays.contains(overlay)) {
        overlays.add(overlay);
      }
    }

    IndicatorChange change() {
      return new IndicatorChange(def.id(), def.category(), disabled, def.weight(), Math.min(1, weight * factor),
          def.strong(), strong, def.corroborate(), corroborate, factor, overlays);
    }
  }

  /** Whether this plan changes nothing (no overlay, or only empty ones). */
  public boolean isEmpty() {
    return changes.isEmpty() && thresholds == null && allow.isEmpty();
  }

  /** The overlays applied, as {@code name@version}, in order. */
  public List<String> names() {
    return names;
  }

  /** Per changed indicator id, what changed, in pack order. */
  public Map<String, IndicatorChange> changes() {
    return changes;
  }

  /** The category factors, multiplied across overlays. */
  public Map<Category, Double> factors() {
    return factors;
  }

  /** The level thresholds {low, medium, high} the last overlay setting them gives, or null. */
  public double[] thresholds() {
    return thresholds == null ? null : thresholds.clone();
  }

  /** The overlay whose thresholds apply, or null. */
  public String thresholdsFrom() {
    return thresholdsFrom;
  }

  public List<Allow> allow() {
    return allow;
  }

  /** What a lenient resolution let through (ids and globs matching no loaded indicator). */
  public List<String> warnings() {
    return warnings;
  }

  /** The pack with its indicators as the overlays leave them: disabled ones removed, the rest changed. */
  public PackDef apply(PackDef pack) {
    if (changes.isEmpty()) {
      return pack;
    }
    List<PackDef.IndicatorDef> out = new ArrayList<>(pack.indicators().size());
    for (PackDef.IndicatorDef d : pack.indicators()) {
      IndicatorChange c = changes.get(d.id());
      if (c == null) {
        out.add(d);
      } else if (!c.disabled()) {
        out.add(new PackDef.IndicatorDef(d.id(), d.category(), c.weightAfter(), c.strongAfter(), c.corroborateAfter(),
            d.sensitive(), d.negatable(), d.tags(), d.description(), d.source(), d.match(), d.unless(), d.hits(),
            d.misses(), d.line(), d.column(), d.guidance()));
      }
    }
    return new PackDef(pack.source(), pack.id(), pack.language(), pack.version(), pack.description(), pack.analysis(),
        pack.lexicons(), out, pack.framing());
  }
}
