package org.indicia.entity;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.indicia.Entity;

/**
 * Finds e-mail addresses (also written {@code name (at) mail dot com}), URLs and messaging
 * handles with their platform. Patterns are RE2/J, so hostile text costs linear time.
 */
final class ContactFinder {
  private ContactFinder() {}

  private static final String AT = "(?:\\s*(?:@|[\\(\\[\\{<]\\s*(?:at|@|arobase)\\s*[\\)\\]\\}>])\\s*|\\s+(?:at|arobase)\\s+)";
  private static final String DOT = "(?:\\s*(?:\\.|[\\(\\[\\{<]\\s*(?:dot|point)\\s*[\\)\\]\\}>])\\s*|\\s+(?:dot|point)\\s+)";
  private static final String TLD = "(?:com|net|org|fr|ca|be|ch|uk|us|io|co|me|info|biz|de|es|it|eu|ru|xyz)";
  private static final Pattern EMAIL = Pattern.compile(
      "(?i)([a-z0-9][a-z0-9._%+-]*)@([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})");
  private static final Pattern EMAIL_DISGUISED = Pattern.compile(
      "(?i)([a-z0-9][a-z0-9._%+-]*)" + AT + "((?:[a-z0-9-]+" + DOT + ")+)(" + TLD + ")(?:[^a-z0-9]|$)");
  private static final Pattern DOT_SPLIT = Pattern.compile("(?i)" + DOT);
  private static final Pattern URL = Pattern.compile(
      "(?i)(?:https?://|www\\.)[^\\s<>\"'`]+|[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|fr|ca|io|co|me|ly|info|biz|xyz|site|online|club|link)(?:/[^\\s<>\"'`]*)?");
  /** Messaging platforms by the words ads use for them. */
  private static final Map<String, String> PLATFORMS = Map.ofEntries(
      Map.entry("whatsapp", "whatsapp"), Map.entry("whats app", "whatsapp"), Map.entry("watsapp", "whatsapp"),
      Map.entry("wa", "whatsapp"), Map.entry("wsp", "whatsapp"), Map.entry("telegram", "telegram"),
      Map.entry("tg", "telegram"), Map.entry("snapchat", "snapchat"), Map.entry("snap", "snapchat"),
      Map.entry("sc", "snapchat"), Map.entry("\uD83D\uDC7B", "snapchat"), Map.entry("kik", "kik"),
      Map.entry("signal", "signal"), Map.entry("line", "line"), Map.entry("line id", "line"),
      Map.entry("instagram", "instagram"), Map.entry("insta", "instagram"), Map.entry("ig", "instagram"));
  /** Platform words that are also ordinary words or abbreviations: they need a ':' or '@'. */
  private static final Set<String> WEAK = Set.of("wa", "snap", "sc", "tg", "signal", "line", "ig", "insta");
  private static final Pattern HANDLE = Pattern.compile(
      "(?i)(?:^|[^a-z0-9])(whats ?app|watsapp|wsp|wa|telegram|tg|snap ?chat|snap|sc|\uD83D\uDC7B|kik|signal|line(?: id)?|insta(?:gram)?|ig)"
          + "(\\s*(?:[:=>\\-–]|\\bid\\b|\\bme\\b|\\bis\\b)?\\s*(?:[:=>\\-–]\\s*)?)(@?)([a-z0-9][a-z0-9._-]{1,29})");
  private static final Pattern HANDLE_URL = Pattern.compile(
      "(?i)(?:https?://)?(?:www\\.)?(t\\.me|telegram\\.me|instagram\\.com|snapchat\\.com/add|kik\\.me|wa\\.me)/([a-z0-9._+-]{2,40})");
  private static final Set<String> NOT_HANDLES = Set.of("me", "for", "and", "only", "or", "the", "at", "on", "to",
      "is", "my", "us", "et", "ou", "moi", "pour", "sur", "uniquement", "seulement", "add", "ajoute", "dm", "msg",
      "message", "messages", "call", "text", "appel", "contact", "contacte", "contactez", "via", "with", "avec",
      "account", "compte", "number", "numero", "numéro", "app", "please", "svp", "ok", "available", "dispo");

  private static final String[] AT_CUES = {"@", " at ", "(at", "[at", "{at", "<at", "arobase"};
  /**
   * Without the bare word " at ", one of the commonest in English: an address written with it is
   * kept only with a word dot ("dot", "point") or a bracket, so a text with neither needs no
   * window around each "at".
   */
  private static final String[] AT_CUES_NO_WORD = {"@", "(at", "[at", "{at", "<at", "arobase"};
  private static final String[] URL_CUES = {"http", "www.", ".com", ".net", ".org", ".fr", ".ca", ".io", ".co",
      ".me", ".ly", ".info", ".biz", ".xyz", ".site", ".online", ".club", ".link"};
  private static final String[] HANDLE_URL_CUES = {"t.me", "telegram.me", "instagram.com", "snapchat.com", "kik.me", "wa.me"};
  /** Platform words, and the short forms (wa, sc, ig, tg) with the ':' or '@' they need. */
  private static final String[] HANDLE_CUES = {"whats", "watsapp", "wsp", "telegram", "snap", "kik", "signal",
      "line", "insta", "\uD83D\uDC7B", "@", "wa:", "wa :", "sc:", "sc :", "ig:", "ig :", "tg:", "tg :"};

  private static final String[] NO_WORDS = {};
  private static final String[] AT_SIGN = {"@"};
  /** The one handle link that spells a phone. */
  private static final String[] PHONE_LINK_CUES = {"wa.me"};
  private static final int HANDLE_URL_REACH = 48;
  private static final int HANDLE_REACH = 40;

  /** False when {@link #find} surely finds no handle: no handle pattern would read a window. */
  static boolean mayHoldHandle(Cues cues) {
    return cues.opensWindow(HANDLE_URL_REACH, false, NO_WORDS, HANDLE_URL_CUES)
        || cues.opensWindow(HANDLE_REACH, false, NO_WORDS, HANDLE_CUES);
  }

  /** False when {@link #find} surely finds no e-mail address: no e-mail pattern would read a window. */
  static boolean mayHoldEmail(String text, Cues cues) {
    return cues.opensWindow(Cues.REACH, false, NO_WORDS, AT_SIGN) || cues.opensWindow(Cues.REACH, false, NO_WORDS, atCues(text, cues));
  }

  /** False when {@link #find} surely finds no phone (which only a messaging link spells). */
  static boolean mayHoldPhone(Cues cues) {
    return cues.opensWindow(HANDLE_URL_REACH, false, NO_WORDS, PHONE_LINK_CUES);
  }

  static void find(String text, Cues cues, Collected out) {
    emails(text, cues, out);
    urls(text, cues, out);
    handles(text, cues, out);
  }

  private static void emails(String text, Cues cues, Collected out) {
    for (Cues.Found m : cues.find(EMAIL, AT_SIGN)) {
      String value = (m.group(1) + "@" + m.group(2)).toLowerCase(Locale.ROOT);
      out.add(text, Entity.Type.EMAIL, value, m.start(0), m.end(0), false, "", "");
    }
    for (Cues.Found m : cues.find(EMAIL_DISGUISED, atCues(text, cues))) {
      int stop = m.end(3);
      if (out.overlaps(Entity.Type.EMAIL, m.start(0), stop)) {
        continue;
      }
      String at = text.substring(m.end(1), m.start(2));
      boolean wordAt = !at.contains("@") || at.matches("(?s).*[\\(\\[\\{<].*");
      boolean wordDot = !m.group(2).matches("(?s)(?:[a-z0-9A-Z-]+\\s*\\.\\s*)+");
      if (!at.contains("@") && !wordDot && !at.matches("(?s).*[\\(\\[\\{<].*")) {
        continue; // "see us at site.com": a bare "at" needs a disguised dot to be an address
      }
      String domain = String.join(".", java.util.Arrays.stream(DOT_SPLIT.split(m.group(2)))
          .map(String::trim).filter(x -> !x.isEmpty()).toList());
      String value = (m.group(1) + "@" + domain + "." + m.group(3)).toLowerCase(Locale.ROOT).replace("..", ".");
      // stray spaces around a real '@' and '.' are sloppiness, not disguise
      out.add(text, Entity.Type.EMAIL, value, m.start(0), stop, wordAt || wordDot, "", "");
    }
  }

  /** The cues of a disguised address: the bare word " at " only where a word dot, an '@' or a bracket could make one. */
  private static String[] atCues(String text, Cues cues) {
    boolean wordAtMayCount = cues.contains("dot") || cues.contains("point") || cues.contains("@") || bracketBeforeAt(text);
    return wordAtMayCount ? AT_CUES : AT_CUES_NO_WORD;
  }

  /** Whether an opening bracket is followed, after any spaces, by 'a' or '@' (as in "( at )"). */
  private static boolean bracketBeforeAt(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("([{<".indexOf(text.charAt(i)) < 0) {
        continue;
      }
      int k = i + 1;
      while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k < text.length() && "aA@".indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static void urls(String text, Cues cues, Collected out) {
    for (Cues.Found m : cues.find(URL, URL_CUES)) {
      int start = m.start(0);
      int stop = m.end(0);
      while (stop > start && ".,;:!?)]}'\"".indexOf(text.charAt(stop - 1)) >= 0) {
        stop--;
      }
      if (start > 0 && (text.charAt(start - 1) == '@' || Character.isLetterOrDigit(text.charAt(start - 1)))
          || out.overlaps(Entity.Type.EMAIL, start, stop)) {
        continue; // the domain of an e-mail address, or inside a word
      }
      String v = text.substring(start, stop).toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
      if (v.endsWith("/")) {
        v = v.substring(0, v.length() - 1);
      }
      if (!v.isEmpty()) {
        out.add(text, Entity.Type.URL, v, start, stop, false, "", "");
      }
    }
  }

  private static void handles(String text, Cues cues, Collected out) {
    for (Cues.Found m : cues.find(HANDLE_URL, HANDLE_URL_REACH, HANDLE_URL_CUES)) {
      String site = m.group(1).toLowerCase(Locale.ROOT);
      String platform = site.startsWith("t") ? "telegram" : site.startsWith("inst") ? "instagram"
          : site.startsWith("snap") ? "snapchat" : site.startsWith("kik") ? "kik" : "whatsapp";
      String name = m.group(2).toLowerCase(Locale.ROOT);
      Entity.Type type = platform.equals("whatsapp") ? Entity.Type.PHONE : Entity.Type.HANDLE;
      if (type == Entity.Type.PHONE) {
        String digits = name.replaceAll("[^0-9]", "");
        String v = digits.length() >= 8 ? PhoneFinder.validate(digits, true, List.of()) : null;
        if (v == null) {
          continue;
        }
        name = v;
      }
      out.add(text, type, name, m.start(0), m.end(0), false, platform, "");
    }
    for (Cues.Found m : cues.find(HANDLE, HANDLE_REACH, HANDLE_CUES)) {
      String word = m.group(1).toLowerCase(Locale.ROOT).replace("  ", " ");
      String platform = PLATFORMS.get(word.replace("snap chat", "snapchat").replace("whats app", "whatsapp"));
      String name = m.group(4);
      boolean marked = !m.group(3).isEmpty() || m.group(2).matches("(?s).*[:=>\\-–].*");
      String lower = name.toLowerCase(Locale.ROOT);
      while (lower.endsWith(".") || lower.endsWith("-")) {
        lower = lower.substring(0, lower.length() - 1);
      }
      if (platform == null || NOT_HANDLES.contains(lower) || !lower.matches(".*[a-z].*")
          || (WEAK.contains(word) && !marked) || out.overlapsContact(m.start(4), m.start(4) + lower.length())) {
        continue;
      }
      int start = m.start(1);
      out.add(text, Entity.Type.HANDLE, lower, start, m.start(4) + lower.length(), false, platform, "");
    }
  }
}
