package org.indicia.entity;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.indicia.Entity;

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
    Prepared p = prepare(text, end);
    return withAmounts(p, contactsAndPhones(p, regions));
  }

  /**
   * A text made ready for extraction: lower-cased and indexed once for both stages ({@link
   * #contactsAndPhones}, {@link #withAmounts}). Immutable, so it may be shared between threads.
   */
  public static final class Prepared {
    private final String text;
    private final int end;
    private final Cues cues;
    /** The phone search's pass over the text, made on first use (most texts need it twice or never). */
    private volatile PhoneFinder.Scan phones;

    private Prepared(String text, int end) {
      this.text = text;
      this.end = end;
      this.cues = new Cues(text, end);
    }

    /** The money and age candidates, before overlaps with contacts and phones; made on first use. */
    private volatile List<Entity> amounts;

    private List<Entity> amounts() {
      List<Entity> a = amounts;
      if (a == null) {
        Collected found = new Collected();
        AmountFinder.find(text, cues, found);
        a = List.copyOf(found.list());
        amounts = a;
      }
      return a;
    }

    /** {@link PhoneFinder#scan} of this text; racing threads each make an equal one. */
    private PhoneFinder.Scan phones(List<String> regions) {
      PhoneFinder.Scan s = phones;
      if (s == null) {
        s = PhoneFinder.scan(text, end, regions);
        phones = s;
      }
      return s;
    }
  }

  /**
   * Prepares {@code text[0, end)} for extraction.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code end} is outside the text
   */
  public static Prepared prepare(String text, int end) {
    Objects.requireNonNull(text, "text");
    checkEnd(text, end);
    return new Prepared(text, end);
  }

  /**
   * The contacts and phones among {@link #extract}'s entities, in the same order: what a
   * condition on those types needs, without the cost of reading amounts and ages.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Entity> contactsAndPhones(Prepared prepared, List<String> regions) {
    return withPhones(prepared, contacts(prepared), regions);
  }

  /**
   * {@link #contactsAndPhones}, given {@link #contacts} of the same prepared text: the phones
   * outside them are added.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Entity> withPhones(Prepared prepared, List<Entity> contacts, List<String> regions) {
    Objects.requireNonNull(regions, "regions");
    String text = prepared.text;
    Collected out = new Collected(contacts);
    for (PhoneFinder.Found f : PhoneFinder.find(text, prepared.end, regions, prepared.phones(regions))) {
      if (!out.overlapsAny(f.start(), f.end())) {
        out.add(text, Entity.Type.PHONE, f.value(), f.start(), f.end(), f.obscured(), platformBefore(text, f.start()), "");
      }
    }
    out.list().sort(ORDER); // by start: reordering the list leaves the spans taken as they are
    return List.copyOf(out.list());
  }

  /**
   * The contacts among {@link #extract}'s entities (e-mails, URLs, handles, and the phones that
   * messaging links spell), in the same order: they are found first and nothing found later takes
   * their place, so a condition on e-mails, URLs or handles alone need not search for phones.
   *
   * @throws NullPointerException if {@code prepared} is null
   */
  public static List<Entity> contacts(Prepared prepared) {
    Collected out = new Collected();
    ContactFinder.find(prepared.text, prepared.cues, out);
    out.list().sort(ORDER);
    return List.copyOf(out.list());
  }

  /**
   * False when {@link #extract} surely holds no entity of {@code types} (with {@code obscured},
   * when not null, as its obscured flag): a quick look at the text for what such an entity needs
   * (a cue a finder would read around, a digit stretch, a disguised number), without running a
   * finder's patterns or libphonenumber. True means it may: extract to know. Most texts hold no
   * entity, and a condition that reads one would otherwise cost the whole extraction.
   *
   * @throws NullPointerException if {@code prepared}, {@code types} or {@code regions} is null
   */
  public static boolean mayHold(Prepared prepared, Set<Entity.Type> types, Boolean obscured, List<String> regions) {
    Objects.requireNonNull(regions, "regions");
    for (Entity.Type t : types) {
      if (mayHold(prepared, t, obscured, regions)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayHold(Prepared p, Entity.Type type, Boolean obscured, List<String> regions) {
    return switch (type) {
      case HANDLE -> ContactFinder.mayHoldHandle(p.cues);
      case EMAIL -> ContactFinder.mayHoldEmail(p.text, p.cues);
      case URL -> true;
      case MONEY -> AmountFinder.mayHoldMoney(p.cues);
      case AGE -> AmountFinder.mayHoldAge(p.cues);
      case PHONE -> Boolean.TRUE.equals(obscured)
          ? PhoneFinder.mayHoldObscured(p.text, regions, p.phones(regions)) // a messaging link's phone is never obscured
          : p.phones(regions).mayHoldPhone() || ContactFinder.mayHoldPhone(p.cues);
    };
  }

  /**
   * The money and ages among {@link #extract}'s entities, in the same order, given {@link
   * #contacts} of the same prepared text, without the phone search where it can tell that no phone
   * would overlap a candidate (a phone lies where digits are dense); null where one might, when
   * only the whole extraction tells.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Entity> amounts(Prepared prepared, List<Entity> contacts, List<String> regions) {
    List<Entity> found = prepared.amounts();
    if (found.isEmpty()) {
      return List.of();
    }
    PhoneFinder.Scan scan = prepared.phones(regions);
    for (Entity e : found) {
      if (scan.mayMeet(e.span().start(), e.span().end())) {
        return null;
      }
    }
    Collected taken = new Collected(contacts);
    List<Entity> out = new ArrayList<>();
    for (Entity e : found) {
      if (!taken.overlapsAny(e.span().start(), e.span().end())) {
        out.add(e);
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /**
   * {@link #extract}'s entities, given {@link #contactsAndPhones} of the same prepared text:
   * money and ages outside them are added.
   *
   * @throws NullPointerException if an argument is null
   */
  public static List<Entity> withAmounts(Prepared prepared, List<Entity> contactsAndPhones) {
    Collected contacts = new Collected(contactsAndPhones);
    List<Entity> out = new ArrayList<>(contactsAndPhones);
    for (Entity e : prepared.amounts()) {
      if (!contacts.overlapsAny(e.span().start(), e.span().end())) {
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
