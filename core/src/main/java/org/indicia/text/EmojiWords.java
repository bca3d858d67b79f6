package org.indicia.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Emoji that ads write for a word ({@code 🆕 in town}, {@code ✈️ paid}, {@code 📵}), with the
 * words they stand for, English first, then French. The normalizer writes an emoji as its name
 * token ({@code :squared_new:}); {@link PhraseReadings} then writes one of these words in its
 * place, over the emoji's original chars: the one with which the words around spell a pack
 * phrase, else the first that is a vocabulary word of at least three letters, else none (the
 * name stays). The list is in docs/pack-format.md. Internal.
 */
final class EmojiWords {
  private static final Object[][] TABLE = {
    {0x1F195, "new", "nouveau", "nouvelle", "nouvelles"}, // 🆕 squared new
    {0x1F51E, "adult", "adults", "adulte", "adultes"}, // 🔞 no one under eighteen
    {0x2708, "travel", "flight", "plane", "voyage", "vol", "avion"}, // ✈️ airplane
    {0x1F6EB, "travel", "flight", "departure", "voyage", "vol", "depart"}, // 🛫 departure
    {0x1F6EC, "arrival", "arrived", "arrivee", "arrive"}, // 🛬 arrival
    {0x1F4B0, "money", "cash", "argent"}, // 💰 money bag
    {0x1F4B5, "cash", "money", "liquide", "argent"}, // 💵 dollar banknote
    {0x1F4B6, "cash", "money", "liquide", "argent"}, // 💶 euro banknote
    {0x1F4B8, "money", "cash", "argent"}, // 💸 money with wings
    {0x1F4B2, "dollars", "money"}, // 💲 heavy dollar sign
    {0x1F4F5, "no phone", "no phones", "pas de telephone", "sans telephone"}, // 📵 no mobile phones
    {0x1F6AB, "no", "not", "pas", "sans", "aucun"}, // 🚫 no entry sign
    {0x26D4, "no", "not", "pas", "sans"}, // ⛔ no entry
    {0x274C, "no", "not", "pas", "sans"}, // ❌ cross mark
    {0x23F0, "hours", "hour", "heures", "heure"}, // ⏰ alarm clock
    {0x23F1, "hours", "hour", "heures", "heure"}, // ⏱️ stopwatch
    {0x1F552, "hours", "hour", "heures", "heure"}, // 🕒 clock face three
    {0x1F4F1, "phone", "mobile", "telephone", "portable"}, // 📱 mobile phone
    {0x1F4DE, "call", "phone", "appel", "appelle"}, // 📞 telephone receiver
    {0x260E, "call", "phone", "appel", "telephone"}, // ☎️ telephone
    {0x1F4AC, "text", "message", "sms"}, // 💬 speech balloon
    {0x1F3E0, "housing", "house", "home", "logement", "maison"}, // 🏠 house
    {0x1F3E8, "hotel"}, // 🏨 hotel
    {0x1F6C2, "passport", "passeport"}, // 🛂 passport control
    {0x1F4BC, "job", "work", "emploi", "travail"}, // 💼 briefcase
    {0x1F512, "locked", "lock", "ferme"}, // 🔒 locked
    {0x1F467, "girl", "fille"}, // 👧 girl
    {0x1F469, "woman", "femme"}, // 👩 woman
    {0x1F9D2, "child", "enfant"}, // 🧒 child
  };

  /** Name token ({@code :squared_new:}) → the words, in order. */
  private static final Map<String, String[]> BY_TOKEN = new HashMap<>();
  /** The normalizer's text for those emoji ({@code " :squared_new: "}), to flag a text cheaply. */
  private static final Set<String> FOLDED = new HashSet<>();
  /** Longest name token: longer tokens are not looked up. */
  static final int MAX_TOKEN;

  static {
    int max = 0;
    for (Object[] row : TABLE) {
      Folding.Info info = Folding.info((Integer) row[0]);
      if (info.kind != Folding.EMOJI) {
        throw new IllegalStateException("not an emoji: U+" + Integer.toHexString((Integer) row[0]));
      }
      String token = info.text.strip();
      String[] words = new String[row.length - 1];
      for (int k = 1; k < row.length; k++) {
        words[k - 1] = (String) row[k];
        if (words[k - 1].length() > token.length()) {
          throw new IllegalStateException(words[k - 1] + " is longer than " + token + ": it must fit in its place");
        }
      }
      BY_TOKEN.put(token, words);
      FOLDED.add(info.text);
      max = Math.max(max, token.length());
    }
    MAX_TOKEN = max;
  }

  private EmojiWords() {}

  /** Whether the normalizer's text for an emoji is one that stands for a word. */
  static boolean standsForWord(String folded) {
    return FOLDED.contains(folded);
  }

  /** The words name token {@code c[s, e)} stands for, or null. */
  static String[] words(char[] c, int s, int e) {
    if (e - s > MAX_TOKEN) {
      return null;
    }
    return BY_TOKEN.get(new String(c, s, e - s));
  }

  /** Whether an emoji's words are read only inside a phrase: a sign for "no" alone says too little. */
  static boolean phraseOnly(String[] words) {
    return words[0].equals("no");
  }

  /** Every emoji code point of the table with its words, for documentation and tests. */
  static Map<Integer, String[]> table() {
    Map<Integer, String[]> out = new java.util.LinkedHashMap<>();
    for (Object[] row : TABLE) {
      String[] words = new String[row.length - 1];
      for (int k = 1; k < row.length; k++) {
        words[k - 1] = (String) row[k];
      }
      out.put((Integer) row[0], words);
    }
    return out;
  }
}
