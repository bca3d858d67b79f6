package org.indicia.link;

import java.util.Locale;
import org.indicia.Entity;

/**
 * The canonical form of a contact: what two documents must have in common to be linked, and what
 * share mode hashes. A phone is its last nine digits (so {@code +15085550142} written with or
 * without its country code links; two numbers equal in their last nine digits in different
 * countries would link too, a rare collision), an e-mail its lower-case address, a handle its
 * lower-case name on any platform (one name on Kik and Snapchat is one person more often than
 * not). URLs, money and ages are not contacts. Values already hashed (prefix {@value
 * #HASHED_PREFIX}) are their own key.
 */
public final class LinkKeys {
  /** Prefix of a keyed-hash value written by share mode. */
  public static final String HASHED_PREFIX = "hmac-sha256:";

  private LinkKeys() {}

  /** Whether entities of this type link documents. */
  public static boolean isContact(Entity.Type type) {
    return type == Entity.Type.PHONE || type == Entity.Type.EMAIL || type == Entity.Type.HANDLE;
  }

  /** The canonical {@code type:value} key of a contact, or null if it links nothing. */
  public static String key(Entity e) {
    if (!isContact(e.type())) {
      return null;
    }
    String v = e.value();
    if (v.startsWith(HASHED_PREFIX)) {
      return e.type().key() + ":" + v;
    }
    switch (e.type()) {
      case PHONE:
        String digits = v.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
          return null;
        }
        return "phone:" + digits.substring(Math.max(0, digits.length() - 9));
      case HANDLE:
        String name = v.toLowerCase(Locale.ROOT);
        return name.length() < 3 ? null : "handle:" + name;
      default:
        return "email:" + v.toLowerCase(Locale.ROOT);
    }
  }
}
