package org.indicia.entity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.indicia.Entity;

/**
 * Finds money amounts with their currency ({@code $500}, {@code 1 500,50 €}, {@code 300 euros},
 * {@code CAD 2,000}, {@code RM 1,200}, {@code 900 dirhams}, {@code ₹15,000}, {@code 50 000 FCFA})
 * and stated ages ({@code 19 yo}, {@code aged 19}, {@code age: 19}, {@code 19 ans},
 * {@code âgée de 19 ans}). A bare French {@code N ans} is an age only where
 * nothing around it makes it a duration ({@code depuis 3 ans}, {@code contrat de 2 ans},
 * {@code 5 ans d'expérience}).
 *
 * <p>The patterns run on {@code java.util.regex}, with RE2's meaning spelled out ({@code S} for
 * RE2's whitespace, {@code \\z} for its end of text, ASCII word edges): each is a literal
 * alternation, fixed-length groups and one greedy digit or space run before a part that either
 * matches at once or fails, so a match backtracks at most a constant per char, and a window is
 * read at once instead of RE2/J's automaton stepping every currency's branch at every char.
 */
final class AmountFinder {
  private AmountFinder() {}

  /** RE2's {@code \s}: Java's also holds the vertical tab. */
  private static final String S = "[\\t\\n\\f\\r ]";
  private static final String NUM = "(\\d{1,3}(?:[ ,.\\x{00A0}\\x{202F}]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
  /**
   * ISO 4217 codes beyond the five long-standing ones, written in capitals only: in lower case
   * several are words ("try 3", "mad 2"). PHP is left out: "PHP 8" in a job ad is a language.
   */
  private static final String CODES = "(?-i:AED|SAR|QAR|KWD|OMR|BHD|MAD|TND|DZD|XOF|XAF|NGN|GHS|KES|UGX|TZS|ZAR|INR|PKR|LKR"
      + "|NPR|BDT|IDR|MYR|SGD|HKD|AUD|NZD|JPY|CNY|RMB|THB|VND|PLN|RON|TRY|LBP|HTG|MXN|BRL|ETB|MMK|KHR|RM)";
  private static final String SYMBOL_BEFORE =
      "(US\\$|C\\$|CA\\$|HK\\$|S\\$|AU?\\$|NZ\\$|R\\$|CAD|USD|EUR|GBP|CHF|" + CODES + "|rs\\.?|tk\\.?|ksh|GH₵|\\$|€|£|₹|₱|₦|₵|฿|₫|₺)";
  private static final String UNIT_AFTER = "(\\$|€|£|₹|₱|₦|₵|฿|₫|₺|USD|EUR|CAD|GBP|CHF|" + CODES
      + "|dollars?|euros?|bucks|pounds?|livres? sterling|francs? suisses?|francs? cfa|f ?cfa|cfa"
      + "|ringgits?|taka|nairas?|cedis?|rands?|rupees?|roupies?|dirhams?|dhs?|riyals?|pesos?|yuan|yen|baht|zlotys?|złotys?|zł|lei|gourdes?|birr)";
  /** A letter before a code or symbol makes it part of a word ("FIRM 500" holds no "RM 500"). */
  private static final String LEFT = "(?:^|[^\\pL])";
  static final Pattern MONEY_BEFORE = Pattern.compile("(?iu)" + LEFT + SYMBOL_BEFORE + S + "?" + NUM + "(?:[^0-9]|\\z)");
  static final Pattern MONEY_AFTER = Pattern.compile("(?iu)(?:^|[^0-9.,])" + NUM + S + "?" + UNIT_AFTER + "(?:[^\\pL]|\\z)");
  /**
   * Symbols and names by currency. A name several currencies share is read as the one most
   * people mean by it: rupees INR, dirhams AED, riyals SAR, pesos MXN, CFA francs XOF; a code
   * ({@code MAD 500}, {@code 500 PKR}) says which.
   */
  private static final Map<String, String> CURRENCY = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollar", "USD"),
      Map.entry("cad", "CAD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"), Map.entry("chf", "CHF"),
      Map.entry("dollars", "USD"), Map.entry("bucks", "USD"), Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"),
      Map.entry("hk$", "HKD"), Map.entry("s$", "SGD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"),
      Map.entry("nz$", "NZD"), Map.entry("r$", "BRL"), Map.entry("€", "EUR"), Map.entry("euro", "EUR"),
      Map.entry("euros", "EUR"), Map.entry("£", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
      Map.entry("₹", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"), Map.entry("rupee", "INR"),
      Map.entry("rupees", "INR"), Map.entry("roupie", "INR"), Map.entry("roupies", "INR"), Map.entry("₱", "PHP"),
      Map.entry("₦", "NGN"), Map.entry("naira", "NGN"), Map.entry("nairas", "NGN"), Map.entry("₵", "GHS"),
      Map.entry("gh₵", "GHS"), Map.entry("cedi", "GHS"), Map.entry("cedis", "GHS"), Map.entry("฿", "THB"),
      Map.entry("baht", "THB"), Map.entry("₫", "VND"), Map.entry("₺", "TRY"), Map.entry("rmb", "CNY"),
      Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"), Map.entry("rm", "MYR"), Map.entry("ringgit", "MYR"),
      Map.entry("ringgits", "MYR"), Map.entry("tk", "BDT"), Map.entry("tk.", "BDT"), Map.entry("taka", "BDT"),
      Map.entry("ksh", "KES"), Map.entry("rand", "ZAR"), Map.entry("rands", "ZAR"), Map.entry("dirham", "AED"),
      Map.entry("dirhams", "AED"), Map.entry("dh", "AED"), Map.entry("dhs", "AED"), Map.entry("riyal", "SAR"),
      Map.entry("riyals", "SAR"), Map.entry("peso", "MXN"), Map.entry("pesos", "MXN"), Map.entry("zloty", "PLN"),
      Map.entry("zlotys", "PLN"), Map.entry("złoty", "PLN"), Map.entry("złotys", "PLN"), Map.entry("zł", "PLN"),
      Map.entry("lei", "RON"), Map.entry("gourde", "HTG"), Map.entry("gourdes", "HTG"), Map.entry("birr", "ETB"),
      Map.entry("cfa", "XOF"), Map.entry("fcfa", "XOF"), Map.entry("f cfa", "XOF"), Map.entry("franc cfa", "XOF"),
      Map.entry("francs cfa", "XOF"));

  private static final String W = "(?:^|[^\\pL\\pN])";
  static final Pattern AGE_EN = Pattern.compile(
      "(?iu)" + W + "((\\d{2})" + S + "*(?:yo|y/o|y\\.o\\.?|yrs? old|years? old|-years?-old|year-old)|aged?" + S + "*[:=]?" + S
          + "*(\\d{2}))(?:[^\\pL\\pN]|\\z)");
  static final Pattern AGE_FR = Pattern.compile(
      "(?iu)" + W + "((?:âgée?s?|agée?s?)" + S + "+de" + S + "+(\\d{2})" + S + "*ans|(?:âge|age)" + S + "*[:=]" + S + "*(\\d{2})|j['’]ai"
          + S + "+(\\d{2})" + S + "*ans)(?:[^\\pL\\pN]|\\z)");
  static final Pattern BARE_ANS = Pattern.compile("(?iu)" + W + "((\\d{2})" + S + "*ans)(?:[^\\pL\\pN]|\\z)");
  /** Words before a bare "N ans" that make it a duration or a limit, not an age. */
  static final Pattern DURATION_BEFORE = Pattern.compile(
      "(?iu)(?:depuis|il y a|pendant|durant|plus|moins|en|sur|dans|tous|les|pour|ces|sous|après|avant|environ|"
          + "expérience|experience|contrat|cdd|durée|ancienneté|garantie|engagement|période|bail|entre|et|à|dès|"
          + "minimum|partir|moyenne|mission|formation|stage)" + S + "*(?:de|d['’]|des)?" + S + "*[:,]?" + S + "*\\z");
  /** {@code E}: RE2's ASCII word edge after a word char. */
  private static final String E = "(?![A-Za-z0-9_])";
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "(?iu)^" + S + "*(?:d['’]|de |et plus|minimum|min" + E + "|révolus|\\+|au moins|maximum|max" + E + "|ou plus)");

  /** Currency signs: cues wherever they stand. */
  private static final String[] SIGNS = {"$", "€", "£", "₹", "₱", "₦", "₵", "฿", "₫", "₺"};
  /** Codes and abbreviations: cues as whole words only ("mad" opens no window in "made"). */
  private static final String[] CODES_CUES = {"usd", "gbp", "chf", "eur", "cad", "rs", "tk", "ksh", "rm", "aed",
      "sar", "qar", "kwd", "omr", "bhd", "mad", "tnd", "dzd", "xof", "xaf", "ngn", "ghs", "kes", "ugx", "tzs", "zar",
      "inr", "pkr", "lkr", "npr", "bdt", "idr", "myr", "sgd", "hkd", "aud", "nzd", "jpy", "cny", "rmb", "thb", "vnd",
      "pln", "ron", "try", "lbp", "htg", "mxn", "brl", "etb", "mmk", "khr"};
  /** Signs and names: cues at a word start, so plurals and "f cfa" open windows too. */
  private static final String[] NAME_CUES = Stream.concat(Arrays.stream(SIGNS), Stream.of("euro", "dollar",
      "buck", "pound", "livres sterling", "livre sterling", "francs suisses", "franc suisse", "cfa", "fcfa", "f cfa",
      "ringgit", "taka", "naira", "cedi", "rand", "rupee", "roupie", "dirham", "dh", "riyal", "peso", "yuan", "yen",
      "baht", "zloty", "złot", "zł", "lei", "gourde", "birr")).toArray(String[]::new);

  private static final String[] NO_WORDS = {};
  /** Chars read either side of a cue, per pattern. */
  private static final int MONEY_REACH = 24;
  private static final int AGE_EN_REACH = 16;
  private static final int AGE_FR_REACH = 20;
  private static final int ANS_REACH = 8;
  private static final String[] AGE_EN_CUES = {"yo", "y/o", "y.o", "old", "age"};
  private static final String[] AGE_FR_CUES = {"âg", "age", "j'ai", "j’ai"};
  private static final String[] ANS_CUES = {"ans"};

  /** Every pattern here needs a digit, so windows without one are skipped. */
  static void find(String text, Cues cues, Collected out) {
    money(text, cues, out);
    ages(text, cues, out);
  }

  /** False when {@link #find} surely finds no money: no pattern of it would read a window. */
  static boolean mayHoldMoney(Cues cues) {
    return cues.opensWindow(MONEY_REACH, true, CODES_CUES, SIGNS) || cues.opensWindow(MONEY_REACH, true, CODES_CUES, NAME_CUES);
  }

  /** False when {@link #find} surely finds no age: no pattern of it would read a window. */
  static boolean mayHoldAge(Cues cues) {
    return cues.opensWindow(AGE_EN_REACH, true, NO_WORDS, AGE_EN_CUES)
        || cues.opensWindow(AGE_FR_REACH, true, NO_WORDS, AGE_FR_CUES)
        || cues.opensWindow(ANS_REACH, true, NO_WORDS, ANS_CUES);
  }

  private static void money(String text, Cues cues, Collected out) {
    for (Cues.Found m : cues.find(MONEY_BEFORE, MONEY_REACH, true, CODES_CUES, SIGNS)) {
      addMoney(text, out, m.start(1), m.end(2), m.group(2), m.group(1));
    }
    for (Cues.Found m : cues.find(MONEY_AFTER, MONEY_REACH, true, CODES_CUES, NAME_CUES)) {
      if (!out.overlaps(Entity.Type.MONEY, m.start(1), m.end(2))) {
        addMoney(text, out, m.start(1), m.end(2), m.group(1), m.group(2));
      }
    }
  }

  private static void addMoney(String text, Collected out, int start, int stop, String number, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    String currency = CURRENCY.get(u);
    if (currency == null) {
      currency = u.startsWith("livre") ? "GBP" : u.startsWith("franc") ? "CHF"
          : u.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT)) ? unit : null;
    }
    String amount = amount(number);
    if (currency == null || amount == null) {
      return;
    }
    out.add(text, Entity.Type.MONEY, amount, start, stop, false, "", currency);
  }

  /**
   * A written amount as a plain decimal: the last ',' or '.' followed by one or two digits is the
   * decimal mark, every other separator groups thousands.
   */
  static String amount(String written) {
    String s = written.replaceAll("[\\s\\x{00A0}\\x{202F}]", "");
    int mark = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    String whole = s;
    String frac = "";
    if (mark >= 0 && s.length() - mark - 1 <= 2) {
      whole = s.substring(0, mark);
      frac = s.substring(mark + 1);
    }
    whole = whole.replaceAll("[.,]", "");
    if (whole.isEmpty() || whole.length() > 15) {
      return null;
    }
    return new BigDecimal(frac.isEmpty() ? whole : whole + "." + frac).stripTrailingZeros().toPlainString();
  }

  private static void ages(String text, Cues cues, Collected out) {
    for (Cues.Found m : cues.find(AGE_EN, AGE_EN_REACH, true, NO_WORDS, AGE_EN_CUES)) {
      addAge(text, out, m.start(1), m.end(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    for (Cues.Found m : cues.find(AGE_FR, AGE_FR_REACH, true, NO_WORDS, AGE_FR_CUES)) {
      String years = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      addAge(text, out, m.start(1), m.end(1), years);
    }
    for (Cues.Found m : cues.find(BARE_ANS, ANS_REACH, true, NO_WORDS, ANS_CUES)) {
      int start = m.start(1);
      String before = text.substring(Math.max(0, start - 30), start);
      String after = text.substring(m.end(1), Math.min(text.length(), m.end(1) + 15));
      if (!DURATION_BEFORE.matcher(before).find() && !DURATION_AFTER.matcher(after).find()) {
        addAge(text, out, start, m.end(1), m.group(2));
      }
    }
  }

  private static void addAge(String text, Collected out, int start, int stop, String years) {
    if (years == null || out.overlaps(Entity.Type.AGE, start, stop)
        || out.overlaps(Entity.Type.MONEY, start, stop)) {
      return;
    }
    int y = Integer.parseInt(years);
    if (y >= 10 && y <= 99) {
      out.add(text, Entity.Type.AGE, Integer.toString(y), start, stop, false, "", "");
    }
  }
}
