package org.indicia;

import java.util.Locale;
import java.util.Objects;

/**
 * A contact or a stated value found in a text: a phone number, e-mail address, URL, messaging
 * handle, money amount or age, with its original characters and a normalized value. Contacts
 * tie ads together ({@code indicia link}); an obscured one is itself a cue (an ad that writes its
 * number as {@code "five oh eight, 555..."} does not want to be found by search).
 *
 * @param type what was found
 * @param value the normalized value: E.164 ({@code +15085550142}) for a phone whose region is
 *     known or given, else its digits; a lower-case address for an e-mail; host and path, lower
 *     case without scheme or {@code www.}, for a URL; the lower-case name without {@code @} for a
 *     handle; a plain decimal ({@code 1500.5}) for money; whole years for an age
 * @param span the original characters
 * @param obscured whether the value was disguised: spelled-out or mixed digits, letters or emoji
 *     for digits, odd separators, split across lines, {@code (at)} and {@code dot} for e-mails
 * @param platform for a handle (and a phone given as a messaging contact), the platform in lower
 *     case ({@code whatsapp}, {@code telegram}, {@code snapchat}, {@code kik}, {@code signal},
 *     {@code line}, {@code instagram}); otherwise {@code ""}
 * @param currency for money, the ISO 4217 code ({@code USD}, {@code EUR}, ...); otherwise
 *     {@code ""}
 */
public record Entity(Type type, String value, Span span, boolean obscured, String platform, String currency) {
  /** Kinds of entity. */
  public enum Type {
    PHONE, EMAIL, URL, HANDLE, MONEY, AGE;

    /** The lower-case name used in packs and in JSON ({@code phone}, {@code email}, ...). */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value is empty, or a platform or currency is given
   *     for a type that has none
   */
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(currency, "currency");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty entity value");
    }
    if (!platform.isEmpty() && type != Type.HANDLE && type != Type.PHONE) {
      throw new IllegalArgumentException("platform on a " + type.key() + " entity");
    }
    if (!currency.isEmpty() != (type == Type.MONEY)) {
      throw new IllegalArgumentException("currency is required on money and only there: " + type.key());
    }
  }

  /** This entity with another value (a keyed hash, for sharing), everything else kept. */
  public Entity withValue(String newValue) {
    return new Entity(type, newValue, span, obscured, platform, currency);
  }
}
