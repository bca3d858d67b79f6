package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.indicia.Assessment;
import org.indicia.DetectedLanguage;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Language detection with both built-in modules loaded, on real job ads of 100+ chars from
 * {@code ../shared/data} (skipped where that folder is absent): the top language must be right in
 * at least 98 % of texts. Prints counts only, never text.
 */
class LanguageDetectionAccuracyTest {
  private static List<String> column(Path csv, String... columns) throws IOException {
    List<String> out = new ArrayList<>();
    for (Map<String, String> row : SharedData.csv(csv)) {
      StringBuilder sb = new StringBuilder();
      for (String c : columns) {
        sb.append(row.getOrDefault(c, "")).append('\n');
      }
      String text = sb.toString().strip();
      if (text.length() >= 100) {
        out.add(text);
      }
    }
    return out;
  }

  @Test
  void realJobAds_detectedAtLeast98Percent() throws Exception {
    Optional<Path> en = SharedData.file("emscad_fake_job_postings/emscad_original_ids_1_500.csv");
    Optional<Path> fr = SharedData.file("fr_job_ads/france_travail_api_offers.csv");
    assumeTrue(en.isPresent() && fr.isPresent(), SharedData.ABSENT);
    Detector detector = Detector.builder().withBuiltInPacks().build();
    int[] right = new int[2];
    int[] total = new int[2];
    String[] langs = {"en", "fr"};
    List<List<String>> texts = List.of(column(en.get(), "title", "description"), column(fr.get(), "intitule", "description"));
    for (int l = 0; l < 2; l++) {
      for (String t : texts.get(l)) {
        Assessment a = detector.assess(Document.of("d", t));
        DetectedLanguage top = a.languages().get(0);
        total[l]++;
        if (top.code().equals(langs[l])) {
          right[l]++;
        }
      }
    }
    double accuracy = (right[0] + right[1]) / (double) (total[0] + total[1]);
    System.out.printf("language detection: en %d/%d, fr %d/%d, accuracy %.4f%n", right[0], total[0], right[1], total[1], accuracy);
    assertThat(total[0]).isGreaterThan(400);
    assertThat(total[1]).isGreaterThan(250);
    assertThat(accuracy).isGreaterThanOrEqualTo(0.98);
  }
}
