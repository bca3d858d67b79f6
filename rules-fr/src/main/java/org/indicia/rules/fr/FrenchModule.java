package org.indicia.rules.fr;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import org.indicia.spi.LanguageModule;
import org.indicia.spi.LanguageProfile;

/** The French language module: found by {@code Detector.builder().withBuiltInPacks()}. */
public final class FrenchModule implements LanguageModule {
  /** Resource names of this module's packs, in load order. */
  static final List<String> PACKS = List.of("fr-core.yaml");

  @Override
  public String language() {
    return "fr";
  }

  @Override
  public List<URL> packs() {
    return PACKS.stream()
        .map(name -> Objects.requireNonNull(FrenchModule.class.getResource(name), name))
        .toList();
  }

  @Override
  public LanguageProfile profile() {
    return FrenchProfile.PROFILE;
  }
}
