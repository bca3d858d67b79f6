package org.indicia;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A detector whose packs can be replaced while it serves. Each call reads the current {@link
 * Detector} once and runs on it to the end, so an assessment never mixes pack versions, and its
 * {@link Assessment#packs()} name the versions that produced it. The builder's overlays are read
 * and resolved with its packs, so packs and overlays swap together ({@link Assessment#overlays()}
 * names those applied). A reload that fails (a broken pack or overlay, a duplicate id, an overlay
 * naming an indicator the new packs lack) keeps the previous configuration serving and says why.
 * Thread-safe.
 *
 * <pre>{@code
 * ReloadingDetector live = ReloadingDetector.of(Detector.builder().withBuiltInPacks().build());
 * ReloadingDetector.Reload r = live.reload(Detector.builder().withBuiltInPacks().addPack(path));
 * if (!r.swapped()) log.warn("packs not reloaded: {}", r.error().get().getMessage());
 * }</pre>
 */
public final class ReloadingDetector {
  private static final Logger LOG = LoggerFactory.getLogger(ReloadingDetector.class);

  private final AtomicReference<Detector> current;

  private ReloadingDetector(Detector initial) {
    this.current = new AtomicReference<>(initial);
  }

  /** Starts serving {@code initial}. */
  public static ReloadingDetector of(Detector initial) {
    return new ReloadingDetector(Objects.requireNonNull(initial, "initial"));
  }

  /** The outcome of a reload: whether the new packs serve now, and if not, why. */
  public record Reload(boolean swapped, List<String> packs, Optional<RulePackException> error) {
    public Reload {
      packs = List.copyOf(packs);
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Builds a detector from {@code builder} and, if that succeeds, serves it from now on; calls
   * already running finish on the previous one. If the build fails, nothing changes.
   *
   * @return the packs now serving, and the error when the reload was refused
   */
  public Reload reload(Detector.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    try {
      Detector next = builder.build();
      current.set(next);
      List<String> packs = names(next);
      LOG.info("reloaded: {} packs now serving {}, overlays {}", packs.size(), packs, next.overlays());
      return new Reload(true, packs, Optional.empty());
    } catch (RulePackException e) {
      LOG.warn("reload refused, previous packs keep serving: {} at {}:{} ({})", e.fault(), e.source(), e.line(),
          e.indicator().orElse("-"));
      return new Reload(false, names(current.get()), Optional.of(e));
    }
  }

  private static List<String> names(Detector d) {
    return d.packs().stream().map(RulePack::idAtVersion).toList();
  }

  /** The detector serving now. */
  public Detector current() {
    return current.get();
  }

  /** Assesses on the detector serving at the time of the call. */
  public Assessment assess(String text) {
    return current.get().assess(text);
  }

  /** Assesses on the detector serving at the time of the call. */
  public Assessment assess(Document document) {
    return current.get().assess(document);
  }
}
