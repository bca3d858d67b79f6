package org.indicia.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.indicia.Entity;
import org.indicia.link.LinkKeys;

/**
 * A secret shared between partner organisations, used to replace entity values by keyed hashes:
 * {@code hmac-sha256:} and the hex HMAC-SHA256 of the entity's canonical form ({@link
 * LinkKeys#key} for contacts, {@code type:value} otherwise). Equal contacts give equal hashes
 * under one key, so hashed documents link exactly as raw ones; without the key a hash cannot be
 * checked against guesses. A plain SHA-256 of a phone number could: there are only about 10^10
 * numbers per country, hashed in minutes. The key never appears in {@link #toString}, logs or
 * exceptions. Immutable and thread-safe.
 */
public final class ShareKey {
  /** Fewest key bytes accepted: 256 bits, the HMAC-SHA256 block-strength recommendation (RFC 2104). */
  public static final int MIN_BYTES = 32;

  private final byte[] key;
  private final String id;

  private ShareKey(byte[] key) {
    this.key = key.clone();
    this.id = fingerprint(key);
  }

  /**
   * A key from its bytes.
   *
   * @throws IllegalArgumentException if shorter than {@value #MIN_BYTES} bytes
   */
  public static ShareKey of(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException("a share key needs at least " + MIN_BYTES + " bytes, got " + key.length
          + " (make one with: head -c 32 /dev/urandom > share.key)");
    }
    return new ShareKey(key);
  }

  /**
   * Reads a key file: its bytes, used as they are (a file of random bytes, or text of at least
   * 32 bytes; one trailing line break is dropped so keys typed into editors work).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it holds fewer than {@value #MIN_BYTES} bytes
   */
  public static ShareKey load(Path file) throws IOException {
    byte[] b = Files.readAllBytes(Objects.requireNonNull(file, "file"));
    int n = b.length;
    if (n > 0 && b[n - 1] == '\n') {
      n--;
      if (n > 0 && b[n - 1] == '\r') {
        n--;
      }
    }
    return of(java.util.Arrays.copyOf(b, n));
  }

  /** The keyed hash of an entity's canonical form: {@code hmac-sha256:<64 hex digits>}. */
  public String hash(Entity e) {
    if (e.value().startsWith(LinkKeys.HASHED_PREFIX)) {
      return e.value(); // already hashed
    }
    String key = LinkKeys.key(e);
    String canonical = key != null ? key : e.type().key() + ":" + e.value();
    return LinkKeys.HASHED_PREFIX + HexFormat.of().formatHex(mac(canonical));
  }

  /** The entity with its value replaced by {@link #hash}. */
  public Entity protect(Entity e) {
    return e.withValue(hash(e));
  }

  /** Every entity protected, in order. */
  public List<Entity> protect(List<Entity> entities) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(protect(e));
    }
    return out;
  }

  /**
   * A short public fingerprint of the key (the first 8 hex digits of SHA-256 of an HMAC of a fixed
   * label), so partners can check they hold the same key without revealing it.
   */
  public String fingerprint() {
    return id;
  }

  private byte[] mac(String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e); // every Java SE has it
    }
  }

  private static String fingerprint(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] d = MessageDigest.getInstance("SHA-256").digest(mac.doFinal("indicia-key-fingerprint".getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "ShareKey[" + id + "]";
  }
}
