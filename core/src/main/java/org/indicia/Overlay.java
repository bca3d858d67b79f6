package org.indicia;

import java.nio.file.Path;
import java.util.Objects;
import org.indicia.overlay.OverlayDef;
import org.indicia.overlay.OverlayParser;
import org.indicia.pack.PackFiles;

/**
 * A policy overlay: a platform's changes to packs it does not own — indicators disabled or
 * reweighted by id or glob, category weight factors, level thresholds, and {@code allow} phrases
 * or regexes whose text never counts as evidence. Loaded and validated like a pack (errors are
 * {@link RulePackException}s with file, line and column); resolved against the packs when the
 * detector is built ({@link Detector.Builder#overlay(Overlay)}), where an id that matches no
 * loaded indicator is refused. Immutable. See {@code docs/overlays.md} for the format.
 *
 * <pre>{@code
 * Detector d = Detector.builder().withBuiltInPacks().overlay(Path.of("my-portal.yaml")).build();
 * }</pre>
 */
public final class Overlay {
  private final OverlayDef def;

  private Overlay(OverlayDef def) {
    this.def = def;
  }

  /**
   * Parses an overlay from text; {@code sourceName} names it in errors and decides the syntax
   * (JSON for {@code *.json} or text starting with '{', YAML otherwise).
   *
   * @throws RulePackException if the overlay is not valid
   */
  public static Overlay parse(String sourceName, String content) throws RulePackException {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    return new Overlay(OverlayParser.parse(sourceName, content));
  }

  /**
   * Reads an overlay file (UTF-8, a regular file of bounded size, as pack files).
   *
   * @throws RulePackException if the file cannot be read or the overlay is not valid
   */
  public static Overlay load(Path path) throws RulePackException {
    Objects.requireNonNull(path, "path");
    return parse(path.toString(), PackFiles.read(path));
  }

  OverlayDef def() {
    return def;
  }

  /** The overlay's id ({@code overlay:}). */
  public String name() {
    return def.name();
  }

  public String version() {
    return def.version();
  }

  /** {@code name@version}, as assessments name the overlay. */
  public String nameAtVersion() {
    return def.nameAtVersion();
  }

  /** Where the overlay was read from. */
  public String source() {
    return def.source();
  }

  @Override
  public String toString() {
    return "Overlay[" + nameAtVersion() + ", " + def.indicators().size() + " indicator entries, "
        + def.allow().size() + " allow rules]";
  }
}
