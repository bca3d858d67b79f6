package org.indicia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "0123456789abcdef0123456789abcdef-partners\n";

  @TempDir Path dir;

  private static String jsonl(List<Map<String, String>> records) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map<String, String> r : records) {
      sb.append(JSON.writeValueAsString(r)).append('\n');
    }
    return sb.toString();
  }

  private Path ads(String name, int from, int to) throws IOException {
    List<Map<String, String>> recs = new ArrayList<>();
    String[] cities = {"Boston", "Denver", "Miami"};
    for (int i = from; i < to; i++) {
      String contact = i % 2 == 0 ? "508-555-0142" : "five oh eight 555 0142, kik: bella_99";
      recs.add(Map.of("id", "ad" + i, "lang", "en", "city", cities[i % 3],
          "text", "Sweet girl " + (20 + i) + " yo new in town, call " + contact));
    }
    recs.add(Map.of("id", "other-" + name, "lang", "en", "text", "Warehouse job in Leeds, call 617-555-0199"));
    return Cli.write(dir, name, jsonl(recs));
  }

  @Test
  void link_writesOneContactClusterPerLine() throws IOException {
    Cli.Run r = Cli.run("link", ads("a.jsonl", 0, 4).toString());
    assertThat(r.code()).as(r.toString()).isZero();
    List<String> lines = r.outLines();
    JsonNode c = JSON.readTree(lines.get(0));
    assertThat(c.get("kind").asText()).isEqualTo("contact");
    assertThat(c.get("documents")).extracting(JsonNode::asText).containsExactly("ad0", "ad1", "ad2", "ad3");
    assertThat(c.get("shared").toString()).contains("{\"type\":\"phone\",\"value\":\"085550142\"}");
    assertThat(c.get("cities").asInt()).isEqualTo(3);
    assertThat(r.err()).contains("indicia link: 5 documents, 0 failed");
  }

  @Test
  void link_templateClusterShowsSlots() throws IOException {
    List<Map<String, String>> recs = new ArrayList<>();
    String[] names = {"Anna", "Bella", "Chloe"};
    for (int i = 0; i < 3; i++) {
      recs.add(Map.of("id", "t" + i, "text", "Hello I am " + names[i] + ", a discreet upscale companion visiting"
          + " this week only, generous gentlemen, real photos, no rush"));
    }
    Cli.Run r = Cli.run("link", Cli.write(dir, "t.jsonl", jsonl(recs)).toString());
    JsonNode c = JSON.readTree(r.outLines().get(0));
    assertThat(c.get("kind").asText()).isEqualTo("template");
    assertThat(c.get("template").asText()).startsWith("hello i am {1} a discreet upscale");
    assertThat(c.get("slots").get(0)).extracting(JsonNode::asText).containsExactly("anna", "bella", "chloe");
  }

  @Test
  void shareMode_partnersLinkHashedScansExactlyAsRaw_andNothingRawIsWritten() throws IOException {
    Path key = Cli.write(dir, "share.key", KEY);
    Path a = ads("a.jsonl", 0, 3);
    Path b = ads("b.jsonl", 3, 6);
    // each partner scans its own ads in share mode
    Cli.Run sa = Cli.run("scan", "--share-key", key.toString(), a.toString());
    Cli.Run sb = Cli.run("scan", "--share-key", key.toString(), b.toString());
    assertThat(sa.code()).as(sa.toString()).isZero();
    Path ha = Cli.write(dir, "ha.jsonl", sa.out());
    Path hb = Cli.write(dir, "hb.jsonl", sb.out());
    Cli.Run hashed = Cli.run("link", ha.toString(), hb.toString());
    Cli.Run raw = Cli.run("link", a.toString(), b.toString());
    Cli.Run rawShared = Cli.run("link", "--share-key", key.toString(), a.toString(), b.toString());
    assertThat(documents(hashed)).isEqualTo(documents(raw).subList(0, documents(hashed).size()));
    assertThat(documents(rawShared)).isEqualTo(documents(raw));
    assertThat(documents(hashed).get(0)).containsExactly("ad0", "ad1", "ad2", "ad3", "ad4", "ad5");
    for (String out : List.of(sa.out(), sb.out(), hashed.out(), rawShared.out())) {
      assertThat(out).doesNotContain("508-555-0142", "5085550142", "085550142", "bella_99", "five oh", "Sweet", "new in town", "Leeds", "0123456789abcdef");
    }
    assertThat(sa.err() + hashed.err() + rawShared.err()).doesNotContain("0123456789abcdef");
  }

  @Test
  void shareKey_tooShort_isAUsageError() throws IOException {
    Path key = Cli.write(dir, "short.key", "abc");
    Cli.Run r = Cli.run("link", "--share-key", key.toString(), ads("a.jsonl", 0, 2).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("at least 32 bytes");
  }

  @Test
  void malformedLine_reportedAndTheRestLinked() throws IOException {
    Path f = Cli.write(dir, "m.jsonl", "{\"id\":\"a\",\"text\":\"call 508-555-0142\"}\nnot json\n{\"id\":\"b\",\"text\":\"508 555 0142\"}\n");
    Cli.Run r = Cli.run("link", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("m.jsonl:2: not valid JSON");
    assertThat(r.outLines()).hasSize(1);
  }

  private static List<List<String>> documents(Cli.Run r) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : r.outLines()) {
      List<String> ids = new ArrayList<>();
      JSON.readTree(line).get("documents").forEach(d -> ids.add(d.asText()));
      out.add(ids);
    }
    return out;
  }
}
