package org.indicia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Finding;
import org.indicia.Level;
import org.indicia.testing.AssessmentInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * False-positive budget: ordinary French job and service ads (synthetic, written for this
 * project, benign look-alikes included) must rarely reach MEDIUM. Prints ids and indicator ids
 * only, never the text.
 */
class FrenchBenignCorpusTest {
  private static final String CORPUS = "/benign-fr.jsonl";
  private static final double MAX_MEDIUM_RATE = 0.02;

  record Ad(String id, String text) {}

  private static List<Ad> ads;

  @BeforeAll
  static void read() throws Exception {
    ads = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = Objects.requireNonNull(FrenchBenignCorpusTest.class.getResourceAsStream(CORPUS), CORPUS);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = json.readTree(line);
        ads.add(new Ad(o.get("id").asText(), o.get("text").asText()));
      }
    }
  }

  @Test
  void corpusIsWellFormed() {
    assertThat(ads).hasSizeGreaterThanOrEqualTo(220);
    Set<String> ids = new HashSet<>();
    for (Ad ad : ads) {
      assertThat(ad.id()).matches("b-fr-\\d{3}");
      assertThat(ids.add(ad.id())).as("duplicate id %s", ad.id()).isTrue();
      int words = ad.text().trim().split("\\s+").length;
      assertThat(words).as("%s word count", ad.id()).isBetween(40, 200);
    }
  }

  @Test
  void fewOrdinaryAdsReachMedium() throws Exception {
    Detector detector = Detector.builder().withBuiltInPacks().build();
    List<String> offending = new ArrayList<>();
    int low = 0;
    for (Ad ad : ads) {
      Assessment a = AssessmentInvariants.assess(detector, Document.of(ad.id(), ad.text()).language("fr"));
      if (a.level().atLeast(Level.MEDIUM)) {
        offending.add(ad.id() + " " + a.level() + " " + a.findings().stream().map(Finding::indicator).toList());
      } else if (a.level() == Level.LOW) {
        low++;
      }
    }
    double rate = (double) offending.size() / ads.size();
    System.out.printf("benign-fr: %d ads, %d LOW, %d MEDIUM+ (%.2f%%)%n", ads.size(), low, offending.size(), 100 * rate);
    offending.forEach(o -> System.out.println("  MEDIUM+ " + o));
    assertThat(rate)
        .withFailMessage("%.2f%% of benign ads reach MEDIUM+ (budget %.0f%%): %s", 100 * rate, 100 * MAX_MEDIUM_RATE, offending)
        .isLessThanOrEqualTo(MAX_MEDIUM_RATE);
  }
}
