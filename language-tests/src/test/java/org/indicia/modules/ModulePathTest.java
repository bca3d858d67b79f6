package org.indicia.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boundary as a consumer on the module path meets it: core exports {@code org.indicia} and
 * {@code org.indicia.spi} only (and a few internals to the CLI and benchmarks by name), the
 * language modules provide the SPI, and every dependency resolves as a module (automatic where
 * it has no descriptor). A tiny consumer module is compiled and run in a fresh JVM.
 */
class ModulePathTest {
  /** The runtime jars of core and the language modules, from this test's class path. */
  private static final List<String> RUNTIME = List.of("jackson-core", "jackson-databind", "jackson-annotations",
      "jackson-dataformat-yaml", "snakeyaml", "icu4j", "opennlp-tools", "opennlp-models-langdetect", "re2j",
      "slf4j-api", "slf4j-nop", "libphonenumber", "hash4j");

  private static List<Path> modulePath() {
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      String s = p.toString().replace('\\', '/');
      String name = p.getFileName().toString();
      boolean ours = s.matches(".*/(core|rules-en|rules-fr)/[^/]+/(classes|indicia-(core|rules-en|rules-fr)-[^/]*\\.jar)")
          && !name.contains("tests");
      boolean dependency = RUNTIME.stream().anyMatch(d -> name.startsWith(d + "-") && name.endsWith(".jar"));
      if (ours || dependency) {
        out.add(p);
      }
    }
    return out;
  }

  private static Path find(String module) {
    return modulePath().stream()
        .filter(p -> ModuleFinder.of(p).find(module).isPresent())
        .findFirst().orElseThrow(() -> new AssertionError(module + " not on the class path: " + modulePath()));
  }

  @Test
  void core_exportsExactlyTheApiAndTheSpi_andUsesTheSpi() {
    ModuleDescriptor core = ModuleFinder.of(find("org.indicia.core")).find("org.indicia.core").orElseThrow().descriptor();
    Set<String> open = core.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertThat(open).containsExactlyInAnyOrder("org.indicia", "org.indicia.spi");
    assertThat(core.exports().stream().filter(ModuleDescriptor.Exports::isQualified).flatMap(e -> e.targets().stream()))
        .allMatch(t -> t.equals("org.indicia.cli") || t.equals("org.indicia.benchmarks"));
    assertThat(core.uses()).containsExactly("org.indicia.spi.LanguageModule");
  }

  @Test
  void languageModules_provideTheSpi() {
    for (String m : List.of("org.indicia.rules.en", "org.indicia.rules.fr")) {
      ModuleDescriptor d = ModuleFinder.of(find(m)).find(m).orElseThrow().descriptor();
      assertThat(d.provides()).singleElement()
          .satisfies(p -> assertThat(p.service()).isEqualTo("org.indicia.spi.LanguageModule"));
      assertThat(d.exports()).isEmpty();
    }
  }

  @Test
  void aConsumerModule_detectsWithTheBuiltInPacks(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), "module demo { requires org.indicia.core; }");
    write(src.resolve("demo/Main.java"), """
        package demo;
        import org.indicia.Assessment;
        import org.indicia.Detector;
        public class Main {
          public static void main(String[] args) throws Exception {
            Detector d = Detector.builder().withBuiltInPacks().build();
            Assessment a = d.assess("They took my passport when I arrived and I cannot leave the house.");
            Assessment f = d.assess("Ils ont pris mon passeport et je ne peux pas sortir de la maison.");
            System.out.println(d.languages().stream().sorted().toList() + " " + a.languages().get(0).code() + " "
                + !a.findings().isEmpty() + " " + f.languages().get(0).code() + " " + !f.findings().isEmpty());
          }
        }
        """);
    String mp = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Path out = dir.resolve("out");
    assertThat(compile(mp, out, src)).isEmpty();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "--module-path", mp + File.pathSeparator + out, "-m", "demo/demo.Main")
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo("[en, fr] en true fr true");
  }

  @Test
  void aConsumerModule_cannotReachTheInternals(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), "module nosy { requires org.indicia.core; }");
    write(src.resolve("nosy/Nosy.java"), """
        package nosy;
        public class Nosy {
          Object linter = org.indicia.pack.PackLinter.class;
        }
        """);
    String mp = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    assertThat(compile(mp, dir.resolve("out"), src)).contains("org.indicia.pack").contains("not visible");
  }

  /** Compiles a module's sources; returns javac's messages (empty when it compiled cleanly). */
  private static String compile(String modulePath, Path out, Path src) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = List.of("--module-path", modulePath, "-d", out.toString());
    List<Path> sources;
    try (var files = Files.walk(src)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    StringWriter messages = new StringWriter();
    try (var fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(messages, fm, null, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
      return ok ? "" : messages.toString();
    }
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
