package org.indicia.testing;

/** Overlays written in YAML for tests. */
public final class OverlayYaml {
  private OverlayYaml() {}

  /** The minimal overlay of issue 19, verbatim: it must work as written with the built-in packs. */
  public static final String MINIMAL = """
      overlay: my-portal
      version: 1.0.0
      indicators:
        en.offer.no_requirements: {disable: true}
        en.fees.upfront: {weight: 0.2}
      allow:
        - "accommodation is provided for all seasonal staff"
      """;
}
