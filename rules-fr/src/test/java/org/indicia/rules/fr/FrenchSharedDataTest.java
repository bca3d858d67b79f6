package org.indicia.rules.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.indicia.Assessment;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.Finding;
import org.indicia.Level;
import org.indicia.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the MEDIUM+ rate of the French pack on real, unlabelled French text in {@code
 * ../shared/data} (ordinary job ads; machine-translated SMS ham). Skipped, with a reason, where the
 * folder is absent. Reports counts, row numbers and indicator ids only: never the texts.
 */
class FrenchSharedDataTest {
  private static Detector detector;

  @BeforeAll
  static void build() throws Exception {
    detector = Detector.builder().withBuiltInPacks().build();
  }

  @Test
  void franceTravailOffers() throws Exception {
    Rate r = measure("fr_job_ads/france_travail_api_offers.csv",
        row -> row.getOrDefault("intitule", "") + "\n" + row.getOrDefault("description", ""),
        row -> true, "id");
    // the README's rates, which a pack change may not raise (issue 11), as counts
    assertThat(r.medium()).as("France Travail offers at MEDIUM+").isLessThanOrEqualTo(0);
  }

  @Test
  void joblizeOffers() throws Exception {
    Rate r = measure("fr_job_ads/joblize_fr_job_ads_dedup.csv",
        row -> row.getOrDefault("title", "") + "\n" + row.getOrDefault("description", ""),
        row -> true, null);
    assertThat(r.medium()).as("Joblize offers at MEDIUM+").isLessThanOrEqualTo(1);
  }

  @Test
  void smsHam() throws Exception {
    Rate r = measure("sms_spam_fr_machine_translated/sms_spam_en_fr.csv",
        row -> row.getOrDefault("text_fr", ""),
        row -> "ham".equals(row.get("label")), null);
    assertThat(r.medium()).as("French SMS ham at MEDIUM+").isLessThanOrEqualTo(8);
  }

  record Rate(String name, int n, int low, int medium) {
    double rate() {
      return n == 0 ? 0 : (double) medium / n;
    }
  }

  private static Rate measure(String relative, Function<Map<String, String>, String> text,
      Predicate<Map<String, String>> keep, String idColumn) throws Exception {
    assumeTrue(SharedData.dir().isPresent(), SharedData.ABSENT);
    Optional<Path> file = SharedData.file(relative);
    assumeTrue(file.isPresent(), "shared/data/" + relative + " not found: real-data check not run here");

    int n = 0;
    int low = 0;
    int row = 0;
    List<String> offending = new ArrayList<>();
    Map<String, Integer> byIndicator = new TreeMap<>();
    for (Map<String, String> r : SharedData.csv(file.get())) {
      row++;
      if (!keep.test(r)) {
        continue;
      }
      n++;
      String id = idColumn != null && r.get(idColumn) != null ? r.get(idColumn) : "row-" + row;
      Assessment a = detector.assess(Document.of(id, text.apply(r)).language("fr"));
      for (Finding f : a.findings()) {
        byIndicator.merge(f.indicator(), 1, Integer::sum);
      }
      if (a.level().atLeast(Level.MEDIUM)) {
        offending.add(id + " " + a.level() + " " + a.findings().stream().map(Finding::indicator).toList());
      } else if (a.level() == Level.LOW) {
        low++;
      }
    }
    Rate rate = new Rate(relative, n, low, offending.size());
    System.out.printf("%s: %d texts, %d LOW, %d MEDIUM+ (%.2f%%)%n", relative, n, low, offending.size(), 100 * rate.rate());
    System.out.println("  findings per indicator: " + byIndicator);
    offending.forEach(o -> System.out.println("  MEDIUM+ " + o));
    assertThat(n).as("rows read from %s", relative).isPositive();
    return rate;
  }
}
