package org.indicia.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.indicia.DetectedLanguage;
import org.indicia.text.NormalizedText;
import org.indicia.text.TextNormalizer;
import org.indicia.text.Tokenizer;
import org.indicia.text.Tokens;
import org.junit.jupiter.api.Test;

class LanguageRouterTest {
  private static final Set<String> LOADED = Set.of("en", "fr");
  private static final LanguageRouter ROUTER = new LanguageRouter(LOADED);

  private static List<String> codes(String text) {
    NormalizedText n = new NormalizedText();
    TextNormalizer.basic().normalize(text, text.length(), n);
    Tokens t = new Tokens();
    new Tokenizer(List.of("l", "d", "qu")).tokenize(n.buffer(), n.length(), t);
    return ROUTER.identify(text, n, t, LOADED).stream().map(DetectedLanguage::code).toList();
  }

  @Test
  void english() {
    assertThat(codes("We are hiring warehouse staff. Accommodation is provided and you will be paid weekly."))
        .containsExactly("en");
  }

  @Test
  void french_withAndWithoutAccents() {
    assertThat(codes("Nous recrutons des serveurs pour la saison. Vous êtes logé et nourri.")).containsExactly("fr");
    assertThat(codes("Nous recrutons des serveurs pour la saison, vous etes loge et nourri")).containsExactly("fr");
  }

  @Test
  void bilingual_getsBoth() {
    String text = "Hiring cleaners for the hotel, you will be trained on site and paid every week.\n"
        + "Nous recrutons des agents d'entretien pour l'hôtel, vous serez formés sur place.";
    assertThat(codes(text)).containsExactlyInAnyOrder("en", "fr");
  }

  @Test
  void englishAdWithFrenchContactLine_getsBoth() {
    String text = "Warehouse job in the city centre, with all the overtime you want and a bonus at the end of the month. "
        + "Pour plus d'infos, contactez-nous sur WhatsApp, nous sommes là pour vous.";
    assertThat(codes(text)).contains("en", "fr");
  }

  /** Tagalog-English: "sa" and "la" count as French stop words, yet the text is mostly neither language. */
  @Test
  void textMostlyInAnUnloadedLanguage_getsEveryLanguageWithAStopWord() {
    String text = "Kuya ingat kayo sa agency na yan sa Malate, kinuha nila yung passport ko pagdating sa airport, "
        + "sabi for processing lang daw, tapos pinatulog ako ng amo sa kusina, walang day off, walang sweldo "
        + "tatlong buwan na, hindi ako makatawag kay nanay kasi kinuha rin nila yung cellphone ko";
    assertThat(codes(text)).contains("en", "fr");
    assertThat(codes("Nous recrutons des serveurs pour la saison. Vous êtes logé et nourri.")).containsExactly("fr");
  }

  @Test
  void shortTexts_areDecidedByEverySignal_amongTheLoadedLanguages() {
    assertThat(codes("Tu bosses demain matin ?")).containsExactly("fr");
    assertThat(codes("Je suis toujours pas payée")).containsExactly("fr");
    assertThat(codes("Il a gardé mon passeport")).containsExactly("fr");
    assertThat(codes("Call me tonight pls")).containsExactly("en");
    assertThat(codes("Never get a day off")).containsExactly("en");
  }

  @Test
  void textWithoutSignals_tiesAndGivesNothing() {
    assertThat(codes("555-0123 / 555-0199")).isEmpty();
  }

  @Test
  void shortText_usesTheModelOrGivesUp() {
    // Too few stop words: the model decides, or nothing (then every loaded language applies).
    List<String> c = codes("Logé nourri blanchi");
    assertThat(c).isSubsetOf("en", "fr");
  }
}
