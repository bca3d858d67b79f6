package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * indicia-bom manages exactly the published artifacts: every module of the parent POM except the
 * BOM itself and those that skip deployment (benchmarks). A new published module fails here until
 * it is added to bom/pom.xml.
 */
class BomTest {
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(indicia-[^<]+)</artifactId>");

  @Test
  void bomManagesEveryPublishedModule() throws Exception {
    Path root = Path.of("").toAbsolutePath().getParent();
    String parent = Files.readString(root.resolve("pom.xml"));
    List<String> published = new ArrayList<>();
    Matcher modules = MODULE.matcher(parent);
    while (modules.find()) {
      String pom = Files.readString(root.resolve(modules.group(1)).resolve("pom.xml"));
      // The module's own artifactId: the first indicia-* one after </parent> (or the first at all).
      String own = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
      Matcher id = ARTIFACT.matcher(own);
      assertThat(id.find()).as(modules.group(1)).isTrue();
      if (!id.group(1).equals("indicia-bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(id.group(1));
      }
    }
    assertThat(published).contains("indicia-core", "indicia-cli").doesNotContain("indicia-benchmarks");

    String bom = Files.readString(root.resolve("bom/pom.xml"));
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"));
    List<String> inBom = new ArrayList<>();
    Matcher m = ARTIFACT.matcher(managed);
    while (m.find()) {
      inBom.add(m.group(1));
    }
    assertThat(inBom).containsExactlyInAnyOrderElementsOf(published);
    assertThat(bom).doesNotContain("<parent>");
  }
}
