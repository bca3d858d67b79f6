package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example in the README compiles against the built modules and runs: the first
 * {@code java} block of README.md is extracted, compiled with the JDK's compiler on the test
 * class path, and its {@code main} run with the built-in packs.
 */
class ReadmeExampleTest {
  @Test
  void readmeEmbeddingExample_compilesAndRuns(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has a java block").isTrue();
    String source = m.group(1);
    assertThat(source.lines().count()).as("the example stays short").isLessThanOrEqualTo(30);
    Matcher cls = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(cls.find()).isTrue();
    Path file = dir.resolve(cls.group(1) + ".java");
    Files.writeString(file, source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, null, diagnostics, "-cp", classpath, "-d", dir.toString(), file.toString());
    assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      loader.loadClass(cls.group(1)).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).matches("(MEDIUM|HIGH) 0\\.\\d+ .*en.*");
    assertThat(lines).anyMatch(l -> l.contains("[DOCUMENT_RETENTION, en-core@"));
    assertThat(lines).anyMatch(l -> l.matches("  \\d+\\.\\.\\d+ '.+'"));
  }

  @Test
  void readmePackExample_loadsAndItsExamplesPass() throws Exception {
    String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README has a yaml block").isTrue();
    org.indicia.RulePack pack = org.indicia.RulePack.parse("README.md", m.group(1));
    assertThat(pack.indicators()).isNotEmpty();
    assertThat(pack.checkExamples()).isEmpty();
  }
}
