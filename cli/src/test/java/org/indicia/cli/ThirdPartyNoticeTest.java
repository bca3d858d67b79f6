package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The command-line jar bundles its runtime dependencies, so its META-INF/THIRD-PARTY.txt must name
 * each one, at the version bundled, with its licence. The build lists them (maven-dependency-plugin,
 * runtime-dependencies.txt); a dependency added or upgraded without updating THIRD-PARTY.txt fails
 * here.
 */
class ThirdPartyNoticeTest {
  private static final Pattern LISTED = Pattern.compile("^\\s+([^:\\s]+):([^:]+):jar:([^:]+):(compile|runtime)\\b");

  private static String resource(String name) throws IOException {
    try (InputStream in = ThirdPartyNoticeTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A file of the CLI's own classes (other jars on the test classpath have a META-INF/NOTICE too). */
  private static String own(String name) throws Exception {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Files.readString(classes.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void everyRuntimeDependency_isListedWithItsLicence() throws Exception {
    List<String> dependencies = new ArrayList<>();
    for (String line : resource("/runtime-dependencies.txt").split("\\R")) {
      Matcher m = LISTED.matcher(line);
      if (m.find()) {
        dependencies.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
      }
    }
    assertThat(dependencies).as("runtime dependencies found by the build").hasSizeGreaterThan(10);
    String notice = own("META-INF/THIRD-PARTY.txt");
    List<String> missing = new ArrayList<>();
    for (String d : dependencies) {
      if (!Pattern.compile("(?m)^" + Pattern.quote(d) + " -- \\S").matcher(notice).find()) {
        missing.add(d);
      }
    }
    assertThat(missing).as("dependencies missing from THIRD-PARTY.txt (as 'g:a:v -- licence')").isEmpty();
  }

  @Test
  void licenceTextsOtherThanApache_areIncluded() throws Exception {
    String notice = own("META-INF/THIRD-PARTY.txt");
    assertThat(notice)
        .contains("Permission is hereby granted, free  of charge") // MIT, SLF4J
        .contains("UNICODE LICENSE V3") // ICU
        .contains("Copyright (c) 2009 The Go Authors"); // RE2/J
    assertThat(own("META-INF/LICENSE")).contains("Apache License", "Version 2.0, January 2004");
    assertThat(own("META-INF/NOTICE")).contains("Indicia");
  }
}
