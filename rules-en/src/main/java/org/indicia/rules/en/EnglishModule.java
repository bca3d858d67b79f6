package org.indicia.rules.en;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import org.indicia.spi.LanguageModule;
import org.indicia.spi.LanguageProfile;

/** The English language module: found by {@code Detector.builder().withBuiltInPacks()}. */
public final class EnglishModule implements LanguageModule {
  /** Resource names of this module's packs, in load order. */
  static final List<String> PACKS = List.of("en-core.yaml");

  @Override
  public String language() {
    return "en";
  }

  @Override
  public List<URL> packs() {
    return PACKS.stream()
        .map(name -> Objects.requireNonNull(EnglishModule.class.getResource(name), name))
        .toList();
  }

  @Override
  public LanguageProfile profile() {
    return EnglishProfile.PROFILE;
  }
}
