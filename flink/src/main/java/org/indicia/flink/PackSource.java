package org.indicia.flink;

import java.util.Objects;

/**
 * A rule pack as it travels on the broadcast stream: its name and its YAML or JSON text. A pack
 * with the name of one already serving replaces it; an empty text removes it. The name also
 * names the pack in errors ({@code name:line:column}) and decides the syntax as {@code
 * RulePack.parse} does (JSON for {@code *.json} or text starting with '{').
 *
 * @param name the pack's name, e.g. its file name; not blank
 * @param text the pack's YAML or JSON text, or empty to remove the pack
 */
public record PackSource(String name, String text) implements java.io.Serializable {
  public PackSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a pack source needs a name");
    }
  }

  /** An update that removes the pack named {@code name}. */
  public static PackSource removal(String name) {
    return new PackSource(name, "");
  }

  /** Whether this update removes its pack. */
  public boolean removes() {
    return text.isEmpty();
  }
}
