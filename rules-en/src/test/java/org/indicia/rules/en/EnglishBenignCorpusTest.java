package org.indicia.rules.en;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Finding;
import org.indicia.Level;
import org.junit.jupiter.api.Test;

/**
 * Synthetic ordinary English ads (jobs and services, including benign look-alikes of the cues)
 * assessed with the built-in detector: at most 2% may reach MEDIUM or above. Prints ids only.
 */
class EnglishBenignCorpusTest {
  private static final double BUDGET = 0.02;

  @Test
  void benignAdsStayBelowMedium() throws Exception {
    Detector detector = Detector.builder().withBuiltInPacks().build();
    List<String[]> ads = read("/benign-en.jsonl");
    assertThat(ads).hasSizeGreaterThanOrEqualTo(220);
    List<String> offenders = new ArrayList<>();
    int low = 0;
    for (String[] ad : ads) {
      Assessment a = detector.assess(Document.of(ad[0], ad[1]).language("en"));
      if (a.level().atLeast(Level.MEDIUM)) {
        offenders.add(ad[0] + " " + a.level() + " "
            + a.findings().stream().map(Finding::indicator).toList());
      } else if (a.level() == Level.LOW) {
        low++;
      }
    }
    double rate = (double) offenders.size() / ads.size();
    System.out.printf(Locale.ROOT, "[rules-en] benign corpus: %d ads, LOW %d, MEDIUM+ %d (%.1f%%) %s%n",
        ads.size(), low, offenders.size(), 100 * rate, offenders);
    assertThat(rate)
        .as("MEDIUM+ rate on the benign corpus; offenders: %s", offenders)
        .isLessThanOrEqualTo(BUDGET);
  }

  static List<String[]> read(String resource) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(
            EnglishBenignCorpusTest.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        out.add(new String[] {n.get("id").asText(), n.get("text").asText()});
      }
    }
    return out;
  }
}
