package org.indicia.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indicia.Entity;
import org.indicia.entity.EntityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareKeyTest {
  private static final ShareKey KEY = ShareKey.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  private static final ShareKey OTHER = ShareKey.of("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

  private static List<Entity> extract(String text) {
    return EntityExtractor.extract(text, text.length(), List.of("US"));
  }

  @Test
  void hash_sameContactInAnyDisguise_sameHash() {
    String a = KEY.hash(extract("Call 508-555-0142").get(0));
    String b = KEY.hash(extract("five oh eight 555 0142").get(0));
    String c = KEY.hash(extract("5085550142").get(0));
    assertThat(a).isEqualTo(b).isEqualTo(c).startsWith("hmac-sha256:").hasSize("hmac-sha256:".length() + 64);
    assertThat(OTHER.hash(extract("Call 508-555-0142").get(0))).isNotEqualTo(a);
  }

  @Test
  void hash_isTheHmacOfTheCanonicalForm() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    String expected = java.util.HexFormat.of().formatHex(mac.doFinal("phone:085550142".getBytes(StandardCharsets.UTF_8)));
    assertThat(KEY.hash(extract("508-555-0142").get(0))).isEqualTo("hmac-sha256:" + expected);
  }

  @Test
  void protect_keepsEverythingButTheValue() {
    Entity e = extract("kik: bella_99").get(0);
    Entity p = KEY.protect(e);
    assertThat(p.span()).isEqualTo(e.span());
    assertThat(p.platform()).isEqualTo("kik");
    assertThat(p.value()).doesNotContain("bella");
    assertThat(KEY.protect(p)).isEqualTo(p); // hashing twice changes nothing
  }

  @Test
  void key_shortRefused_neverPrinted(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ShareKey.of(new byte[16])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    Path f = dir.resolve("k");
    Files.writeString(f, "0123456789abcdef0123456789abcdef\n");
    ShareKey k = ShareKey.load(f);
    assertThat(k.hash(extract("508-555-0142").get(0))).isEqualTo(KEY.hash(extract("508-555-0142").get(0)));
    assertThat(k.toString()).doesNotContain("0123456789abcdef").isEqualTo("ShareKey[" + k.fingerprint() + "]");
    assertThat(k.fingerprint()).hasSize(8);
  }
}
