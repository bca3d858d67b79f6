package org.indicia;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API stays small (style.md rule 1): the public types of {@code org.indicia} and {@code
 * org.indicia.spi} are exactly these, the module exports those two packages only, and every other
 * package of the jar is internal, its public types (public only because another core package
 * or, through a qualified export, the CLI or benchmarks use them) listed here too. Adding one is
 * a decision, made here. (The language modules' jars are checked by language-tests'
 * ModulePathTest: they export nothing.)
 */
class PublicApiTest {
  private static final List<String> API = List.of(
      "Assessment", "Category", "DetectedLanguage", "DetectedLanguage$Source", "Detector", "Detector$Builder",
      "Document", "Entity", "Entity$Type", "Evasion", "Evasion$Kind", "ExampleFailure", "Explanation", "Explanation$AtomHit",
      "Explanation$IndicatorTrace", "Explanation$OverlayEffect", "Explanation$OverlayEffect$Kind", "Finding",
      "Finding$Scoring", "Framing", "Guidance", "IndicatorInfo", "Level", "Overlay", "ReloadingDetector",
      "ReloadingDetector$Reload", "RulePack", "RulePackException", "RulePackException$Fault", "Span",
      "spi.CategoryModel", "spi.CategoryModel$Reading", "spi.LanguageModule", "spi.LanguageProfile", "spi.LanguageProfile$Builder", "spi.ReadingModel", "spi.ReadingModel$Reading", "spi.Stemmer");

  /** Internal packages: exported to no one, or by name to the CLI and benchmarks only. */
  private static final Map<String, List<String>> INTERNAL = Map.of(
      "entity", List.of("EntityExtractor"),
      "lang", List.of("LanguageRouter", "Languages"),
      "link", List.of("Cluster", "LinkDocument", "LinkKeys", "Linker"),
      "match", List.of("AtomMatcher", "AtomMatcher$Builder", "AtomMatcher$Scratch", "Hits", "PhraseSet", "TermTable"),
      "overlay", List.of("AllowSpans", "OverlayDef", "OverlayParser", "OverlayPlan"),
      "pack", List.of("Expr", "Node", "PackDef", "PackFiles", "PackLinter", "PackParser", "PackReader"),
      "rule", List.of("HitIndex", "Match", "Negation", "RuleNode"),
      "score", List.of("Scorer"),
      "share", List.of("ShareKey"),
      "text", List.of("CharPairs", "Folds", "NormalizedText", "PhraseAnalyzer", "PhraseBook", "TextNormalizer", "Tokenizer", "Tokens"));

  @Test
  void module_exportsTheApiAndSpiOnly_andEveryOtherPackageIsKnownInternal() throws Exception {
    // Through a finder, which lists every package of the module, not only those module-info names
    ModuleDescriptor d = ModuleFinder.of(classes()).find("org.indicia.core").orElseThrow().descriptor();
    assertThat(d.name()).isEqualTo("org.indicia.core");
    assertThat(d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder("org.indicia", "org.indicia.spi");
    Set<String> internal = new TreeSet<>(d.packages());
    internal.removeAll(Set.of("org.indicia", "org.indicia.spi"));
    assertThat(internal).containsExactlyInAnyOrderElementsOf(
        INTERNAL.keySet().stream().map(p -> "org.indicia." + p).toList());
    for (Map.Entry<String, List<String>> e : INTERNAL.entrySet()) {
      List<String> top = publicTypes("org.indicia." + e.getKey(), "").stream().filter(t -> !t.contains("$")).toList();
      assertThat(top).as(e.getKey()).isSubsetOf(e.getValue());
    }
  }

  @Test
  void publicTypes_areTheAllowList() throws Exception {
    List<String> found = new ArrayList<>();
    found.addAll(publicTypes("org.indicia", ""));
    found.addAll(publicTypes("org.indicia.spi", "spi."));
    assertThat(found).isSubsetOf(API);
    assertThat(found).contains("Detector", "Assessment", "Finding", "Span", "RulePack", "spi.LanguageModule");
  }

  private static List<String> publicTypes(String pkg, String prefix) throws URISyntaxException, Exception {
    Path dir = classes().resolve(pkg.replace('.', '/'));
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

  private static Path classes() throws URISyntaxException {
    return Path.of(Detector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
