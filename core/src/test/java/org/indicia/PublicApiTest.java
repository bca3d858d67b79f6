package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API stays small (style.md rule 1): the public types of {@code org.indicia} and {@code
 * org.indicia.spi} are exactly these. Adding one is a decision, made here.
 */
class PublicApiTest {
  private static final List<String> API = List.of(
      "Assessment", "Category", "DetectedLanguage", "DetectedLanguage$Source", "Detector", "Detector$Builder",
      "Document", "Entity", "Entity$Type", "Evasion", "Evasion$Kind", "ExampleFailure", "Explanation", "Explanation$AtomHit",
      "Explanation$IndicatorTrace", "Finding", "Finding$Scoring", "Guidance", "IndicatorInfo", "Level", "ReloadingDetector",
      "ReloadingDetector$Reload", "RulePack", "RulePackException", "RulePackException$Fault", "Span",
      "spi.LanguageModule", "spi.LanguageProfile", "spi.LanguageProfile$Builder", "spi.Stemmer");

  @Test
  void publicTypes_areTheAllowList() throws Exception {
    List<String> found = new ArrayList<>();
    found.addAll(publicTypes("org.indicia", ""));
    found.addAll(publicTypes("org.indicia.spi", "spi."));
    assertThat(found).isSubsetOf(API);
    assertThat(found).contains("Detector", "Assessment", "Finding", "Span", "RulePack", "spi.LanguageModule");
  }

  private static List<String> publicTypes(String pkg, String prefix) throws URISyntaxException, Exception {
    Path dir = Path.of(Detector.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(pkg.replace('.', '/'));
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String simple = f.getFileName().toString().replace(".class", "");
        if (simple.equals("package-info") || simple.matches(".*\\$\\d+.*")) {
          continue;
        }
        Class<?> c = Class.forName(pkg + "." + simple, false, PublicApiTest.class.getClassLoader());
        if (Modifier.isPublic(c.getModifiers())) {
          out.add(prefix + simple);
        }
      }
    }
    return out;
  }
}
