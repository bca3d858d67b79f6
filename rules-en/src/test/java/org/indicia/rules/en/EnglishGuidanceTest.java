package org.indicia.rules.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Finding;
import org.indicia.Guidance;
import org.indicia.IndicatorInfo;
import org.indicia.RulePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every indicator of the built-in English pack carries guidance for workers and reviewers, in
 * English, without phone numbers or links (a platform adds its own helpline), and it reaches
 * {@link Finding#guidance()} through {@link Detector#assess}. The guidance is read the way a
 * caller sees it: from the finding each indicator's first hit example produces.
 */
class EnglishGuidanceTest {
  private static final Set<String> ENGLISH = Set.of("the", "a", "an", "to", "and", "of", "you",
      "your", "is", "are", "or", "for", "with", "in", "not", "it", "be", "on", "that", "any", "no",
      "can", "may", "who", "whether");
  private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "une", "est",
      "vous", "votre", "pour", "avec", "dans", "pas", "qui");
  /** Seven or more digits, whatever separates them: any phone number. */
  private static final Pattern PHONE = Pattern.compile("(?:\\+?\\d[\\s().\\-/]*){7,}");
  /** A scheme, a www host, an e-mail address or a bare domain. */
  private static final Pattern LINK = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://|\\bwww\\.|\\S@\\S+\\.\\S"
      + "|\\b[a-z0-9-]+\\.(?:com|org|net|int|gov|edu|info|io|uk|us|eu|fr|ca)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

  private static final List<RulePack> PACKS = new ArrayList<>();
  /** Indicator id to its guidance, as the finding of its first hit example carries it. */
  private static final Map<String, Guidance> GUIDANCE = new LinkedHashMap<>();
  private static final List<String> NOT_FIRED = new ArrayList<>();
  private static int indicators;

  @BeforeAll
  static void collect() throws Exception {
    for (URL url : new EnglishModule().packs()) {
      RulePack pack = RulePack.load(url);
      PACKS.add(pack);
      Detector detector = Detector.builder().addPack(pack).build();
      for (IndicatorInfo ind : pack.indicators()) {
        indicators++;
        String example = ind.hitExamples().get(0);
        detector.assess(Document.of(ind.id(), example).language("en")).findings().stream()
            .filter(f -> f.indicator().equals(ind.id()))
            .findFirst()
            .ifPresentOrElse(f -> GUIDANCE.put(ind.id(), f.guidance()), () -> NOT_FIRED.add(ind.id()));
      }
    }
  }

  @Test
  void everyIndicator_hasWorkerAndReviewerGuidanceInEnglish() {
    assertThat(PACKS).isNotEmpty();
    assertThat(NOT_FIRED).as("indicators whose first hit example did not fire").isEmpty();
    assertThat(GUIDANCE).hasSize(indicators);
    List<String> problems = new ArrayList<>();
    GUIDANCE.forEach((id, g) -> {
      check(id + " worker", g.worker(), 3, problems);
      check(id + " reviewer", g.reviewer(), 2, problems);
      if (!g.helpline().isEmpty()) {
        problems.add(id + ": a helpline without the builder setting one");
      }
      if (g.worker().toLowerCase(Locale.ROOT).contains("victim")) {
        problems.add(id + " worker: calls the reader a victim");
      }
    });
    System.out.printf(Locale.ROOT, "[rules-en] guidance on %d/%d indicators%n",
        GUIDANCE.values().stream().filter(g -> !g.worker().isBlank() && !g.reviewer().isBlank()).count(),
        indicators);
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  private static void check(String what, String text, int maxSentences, List<String> problems) {
    if (text.isBlank()) {
      problems.add(what + ": missing");
      return;
    }
    List<String> words = Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z']+"));
    long english = words.stream().filter(ENGLISH::contains).distinct().count();
    if (english < 3) {
      problems.add(what + ": only " + english + " English function words");
    }
    List<String> french = words.stream().filter(FRENCH::contains).distinct().toList();
    if (!french.isEmpty()) {
      problems.add(what + ": French words " + french);
    }
    long sentences = SENTENCE_END.matcher(text).results().count();
    if (sentences < 1 || sentences > maxSentences) {
      problems.add(what + ": " + sentences + " sentences, want 1-" + maxSentences);
    }
  }

  @Test
  void noGuidance_hasAPhoneNumberOrALink() {
    // The patterns themselves catch what they must, or this test could not fail.
    for (String bad : List.of("Call 555-0100 today.", "Call +1 (555) 010 0123.",
        "See https://example.org.", "Visit www.example.org", "Write to help@example.org.",
        "Go to example.com for help.")) {
      assertThat(PHONE.matcher(bad).find() || LINK.matcher(bad).find()).as(bad).isTrue();
    }
    assertThat(PHONE.matcher("ILO Convention 181 and 14 hours a day in 2012").find()).isFalse();
    List<String> offenders = new ArrayList<>();
    GUIDANCE.forEach((id, g) -> {
      for (String text : List.of(g.worker(), g.reviewer())) {
        if (PHONE.matcher(text).find() || LINK.matcher(text).find()) {
          offenders.add(id + ": " + text);
        }
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void assess_carriesThePackGuidanceAndThePlatformHelpline() throws Exception {
    String text = "The agency will keep your passport until the contract ends.";
    Detector plain = Detector.builder().withBuiltInPacks().build();
    Detector withHelpline = Detector.builder().withBuiltInPacks()
        .helpline("en", "Questions about a job offer? Call 555-0100.").build();

    Finding f = retained(plain, text);
    assertThat(f.guidance().worker()).contains("passport").contains("yours to keep");
    assertThat(f.guidance().reviewer()).startsWith("A strong cue");
    assertThat(f.guidance().helpline()).isEmpty();

    Finding g = retained(withHelpline, text);
    assertThat(g.guidance()).isEqualTo(
        f.guidance().withHelpline("Questions about a job offer? Call 555-0100."));
  }

  private static Finding retained(Detector detector, String text) {
    return detector.assess(Document.of("g", text).language("en")).findings().stream()
        .filter(x -> x.indicator().equals("en.documents.retained"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("en.documents.retained did not fire"));
  }
}
