package org.indicia.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indicia.spi.LanguageProfile;
import org.indicia.spi.Stemmer;
import org.junit.jupiter.api.Test;

/**
 * Core alone knows no language: with no language module on core's test class path every profile
 * is empty, and what core does with a profile comes from the profile given.
 */
class LanguagesTest {
  @Test
  void withoutModules_profilesAreEmpty() {
    assertThat(Languages.profile("en").isEmpty()).isTrue();
    assertThat(Languages.profile("fr").stopwords()).isEmpty();
    assertThat(Languages.profile("fr").commonWords()).isEmpty();
  }

  @Test
  void stemmer_fallsBackToSnowballByLanguageName_orIsRefused() {
    assertThat(Languages.canStem("es")).isTrue();
    assertThat(Languages.newStemmer("es").stem("pasaportes").toString()).isEqualTo("pasaport");
    assertThat(Languages.canStem("xx")).isFalse();
    assertThatThrownBy(() -> Languages.newStemmer("xx")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void router_readsTheProfilesItIsGiven() {
    LanguageProfile a = LanguageProfile.builder("aa").stopwords(List.of("zo", "za", "zu", "zi")).build();
    LanguageProfile b = LanguageProfile.builder("bb").stopwords(List.of("ko", "ka", "ku", "ki", "zo")).build();
    LanguageRouter router = new LanguageRouter(List.of(a, b), Map.of());
    var text = new org.indicia.text.NormalizedText();
    String s = "zo za zu zi ka";
    org.indicia.text.TextNormalizer.basic().normalize(s, s.length(), text);
    var tokens = new org.indicia.text.Tokens();
    new org.indicia.text.Tokenizer(List.of()).tokenize(text.buffer(), text.length(), tokens);
    // zo is both languages': it counts for neither; za zu zi for aa, ka for bb
    assertThat(router.identify(s, text, tokens, Set.of("aa", "bb")))
        .extracting(d -> d.code() + ":" + d.confidence())
        .containsExactly("aa:0.75");
  }

  @Test
  void profile_refusesBadInput() {
    assertThatThrownBy(() -> LanguageProfile.builder("Spanish")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LanguageProfile.builder("es").stopwords(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stemmer.snowball("klingon")).isInstanceOf(IllegalArgumentException.class);
  }
}
