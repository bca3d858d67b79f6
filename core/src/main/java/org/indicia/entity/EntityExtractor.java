package org.indicia.entity;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.indicia.Entity;
import org.indicia.Span;

/**
 * Extracts {@link Entity entities} from an original text: contacts first (e-mails, URLs,
 * handles), then phones outside them, then money and ages outside phones. Stateless and
 * thread-safe. Internal: the engine and {@code org.indicia.link} call it.
 */
public final class EntityExtractor {
  private static final Pattern PLATFORM_BEFORE = Pattern.compile(
      "(?i)(whats ?app|watsapp|wsp|telegram|signal|viber|line)[^\\pL\\pN]{0,6}$");

  /** By start, then type. */
  private static final Comparator<Entity> ORDER =
      Comparator.comparingInt((Entity e) -> e.span().start()).thenComparing(Entity::type);

  private EntityExtractor() {}

  /**
   * The entities in {@code text[0, end)}, ordered by start then type.
   *
   * @param regions ISO 3166 regions ({@code "US"}, {@code "FR"}) whose numbering plans are tried
   *     first for numbers written without a country code; a number valid in one of them is given
   *     in E.164, one valid only in a fallback region as its digits
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is outside the text
   */
  public static List<Entity> extract(String text, int end, List<String> regions) {
    return withAmounts(text, end, contactsAndPhones(text, end, regions));
  }

  /**
   * The contacts and phones among {@link #extract}'s entities, in the same order: what a
   * condition on those types needs, without the cost of reading amounts and ages.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is outside the text
   */
  public static List<Entity> contactsAndPhones(String text, int end, List<String> regions) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(regions, "regions");
    checkEnd(text, end);
    List<Entity> out = new ArrayList<>();
    ContactFinder.find(text, new Cues(text, end), out);
    for (PhoneFinder.Found f : PhoneFinder.find(text, end, regions)) {
      if (!ContactFinder.overlapsAny(out, f.start(), f.end())) {
        out.add(new Entity(Entity.Type.PHONE, f.value(), new Span(f.start(), f.end(), text.substring(f.start(), f.end())),
            f.obscured(), platformBefore(text, f.start()), ""));
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * {@link #extract}'s entities, given its {@link #contactsAndPhones} of the same text: money and
   * ages outside them are added.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is outside the text
   */
  public static List<Entity> withAmounts(String text, int end, List<Entity> contactsAndPhones) {
    Objects.requireNonNull(text, "text");
    checkEnd(text, end);
    List<Entity> out = new ArrayList<>(contactsAndPhones);
    List<Entity> amounts = new ArrayList<>(out);
    AmountFinder.find(text, new Cues(text, end), amounts);
    for (Entity e : amounts.subList(out.size(), amounts.size())) {
      if (!ContactFinder.overlapsAny(out, e.span().start(), e.span().end())) {
        out.add(e);
      }
    }
    out.sort(ORDER); // stable: the contacts and phones keep their order among themselves
    return List.copyOf(out);
  }

  private static void checkEnd(String text, int end) {
    if (end < 0 || end > text.length()) {
      throw new IllegalArgumentException("end " + end + " outside text of length " + text.length());
    }
  }

  /** The region whose numbering plan a document language suggests: en → US, fr → FR. */
  public static List<String> regionsFor(List<String> languages) {
    List<String> out = new ArrayList<>();
    for (String l : languages) {
      String r = switch (l.toLowerCase(Locale.ROOT)) {
        case "en" -> "US";
        case "fr" -> "FR";
        default -> null;
      };
      if (r != null && !out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private static String platformBefore(String text, int start) {
    Matcher m = PLATFORM_BEFORE.matcher(text.substring(Math.max(0, start - 20), start));
    if (!m.find()) {
      return "";
    }
    String w = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
    return w.equals("watsapp") || w.equals("wsp") ? "whatsapp" : w;
  }
}
