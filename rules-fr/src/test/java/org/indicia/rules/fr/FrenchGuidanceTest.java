package org.indicia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Finding;
import org.indicia.Guidance;
import org.indicia.IndicatorInfo;
import org.indicia.RulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in French pack's guidance (issue 17): every indicator has worker and reviewer advice,
 * in French, short, with no phone number or address, and it reaches {@link Finding#guidance()}.
 */
class FrenchGuidanceTest {
  /** Common French function words; each text must use several of them. */
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "de", "des", "du", "un",
      "une", "et", "est", "vous", "votre", "vos", "pas", "à", "en", "qui", "que", "ne", "pour",
      "avec", "ou", "sur", "dans", "au", "aux", "ce", "se", "il", "elle", "on");
  /** English function words that French prose does not contain. */
  private static final Set<String> ENGLISH = Set.of("the", "and", "you", "your", "with", "is", "of");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
  /** Eight or more digits, optionally separated: any phone number, however written. */
  private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s.\\-/()]*\\d){7,}");
  private static final Pattern URL_OR_MAIL = Pattern.compile(
      "(?i)https?:|www\\.|@|\\b[\\w-]+\\.(?:fr|com|org|net|be|ch|ca|info|eu)\\b");
  /** A sentence ends at . ! or ? followed by a capital (so "art. 7" does not end one). */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}«])");

  private static RulePack pack;
  private static Detector detector;

  @BeforeAll
  static void load() throws Exception {
    List<URL> urls = new FrenchModule().packs();
    pack = RulePack.load(urls.get(0));
    detector = Detector.builder().addPack(pack).build();
  }

  /** The guidance of {@code indicator} as it reaches a finding, from its first firing hit example. */
  private static Optional<Guidance> guidanceOf(IndicatorInfo indicator) {
    for (String hit : indicator.hitExamples()) {
      Optional<Finding> f = detector.assess(Document.of("g", hit).language("fr")).findings().stream()
          .filter(x -> x.indicator().equals(indicator.id()))
          .findFirst();
      if (f.isPresent()) {
        return Optional.of(f.get().guidance());
      }
    }
    return Optional.empty();
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    WORD.matcher(text.toLowerCase(Locale.ROOT)).results().forEach(m -> out.add(m.group()));
    return out;
  }

  @Test
  void everyIndicator_hasWorkerAndReviewerGuidance_inShortPlainFrench() {
    assertThat(pack.indicators()).hasSizeGreaterThan(50);
    List<String> problems = new ArrayList<>();
    for (IndicatorInfo ind : pack.indicators()) {
      Optional<Guidance> g = guidanceOf(ind);
      if (g.isEmpty()) {
        problems.add(ind.id() + ": no hit example produced a finding");
        continue;
      }
      String worker = g.get().worker();
      String reviewer = g.get().reviewer();
      check(ind.id() + " worker", worker, 3, problems);
      check(ind.id() + " reviewer", reviewer, 2, problems);
      if (worker.toLowerCase(Locale.ROOT).contains("victime")) {
        problems.add(ind.id() + " worker: tells the reader they are a victim");
      }
      if (!g.get().helpline().isEmpty()) {
        problems.add(ind.id() + ": a helpline without the builder setting one");
      }
    }
    assertThat(problems).withFailMessage(() -> String.join("\n", problems)).isEmpty();
  }

  private static void check(String where, String text, int maxSentences, List<String> problems) {
    if (text.isBlank()) {
      problems.add(where + ": blank");
      return;
    }
    Set<String> w = words(text);
    Set<String> fr = w.stream().filter(FRENCH::contains).collect(Collectors.toSet());
    if (fr.size() < 4) {
      problems.add(where + ": not French enough, function words " + fr);
    }
    Set<String> en = w.stream().filter(ENGLISH::contains).collect(Collectors.toSet());
    if (!en.isEmpty()) {
      problems.add(where + ": English words " + en);
    }
    if (PHONE.matcher(text).find()) {
      problems.add(where + ": looks like a phone number");
    }
    if (URL_OR_MAIL.matcher(text).find()) {
      problems.add(where + ": looks like a URL or e-mail address");
    }
    int sentences = SENTENCE_END.split(text.strip()).length;
    if (sentences > maxSentences) {
      problems.add(where + ": " + sentences + " sentences, at most " + maxSentences);
    }
  }

  private static List<String> problemsOf(String text, int maxSentences) {
    List<String> problems = new ArrayList<>();
    check("t", text, maxSentences, problems);
    return problems;
  }

  @Test
  void theChecksThemselves_catchPhonesUrlsEnglishAndLength() {
    assertThat(problemsOf("Appelez le 06 12 34 56 78 pour de l'aide et des conseils.", 3))
        .containsExactly("t: looks like a phone number");
    assertThat(problemsOf("Appelez le +1 (555) 010-0199 pour vous et votre famille.", 3))
        .containsExactly("t: looks like a phone number");
    assertThat(problemsOf("Voir le site exemple.fr pour vous et votre famille.", 3))
        .containsExactly("t: looks like a URL or e-mail address");
    assertThat(problemsOf("Keep your passport with you and the rest.", 3))
        .hasSize(2).anyMatch(p -> p.contains("English words"));
    assertThat(problemsOf("Vous avez le droit. Vous pouvez partir et le dire. Votre patron ne"
        + " peut pas vous retenir.", 2)).containsExactly("t: 3 sentences, at most 2");
    assertThat(problemsOf("Selon la convention 181 de l'OIT, art. 7, vous ne payez pas les frais.",
        1)).isEmpty();
  }

  @Test
  void documentsKept_carriesItsGuidanceAndThePlatformHelpline_throughAssess() throws Exception {
    Detector withHelpline = Detector.builder().addPack(pack)
        .helpline("fr", "Ligne d'écoute de la plateforme : 555-0123.").build();
    Finding f = withHelpline.assess(Document.of("ad-1",
            "À ton arrivée, on garde ton passeport jusqu'à la fin de la saison.").language("fr"))
        .findings().stream()
        .filter(x -> x.indicator().equals("fr.documents.retained"))
        .findFirst()
        .orElseThrow();
    assertThat(f.guidance().worker()).contains("passeport").contains("original");
    assertThat(f.guidance().reviewer()).startsWith("Indice fort");
    assertThat(f.guidance().helpline()).isEqualTo("Ligne d'écoute de la plateforme : 555-0123.");
  }

  @Test
  void feeIndicators_sayTheEmployerPays() {
    for (String id : Arrays.asList("fr.fraud.fees", "fr.concept.fees", "fr.debt.owed")) {
      IndicatorInfo ind = pack.indicators().stream().filter(i -> i.id().equals(id)).findFirst()
          .orElseThrow();
      assertThat(guidanceOf(ind).orElseThrow().worker()).as(id)
          .contains("employeur").contains("convention 181");
    }
  }
}
