package org.indicia.entity;

import com.google.re2j.Pattern;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indicia.Entity;
import org.indicia.Span;

/**
 * Finds money amounts with their currency ({@code $500}, {@code 1 500,50 €}, {@code 300 euros},
 * {@code CAD 2,000}) and stated ages ({@code 19 yo}, {@code aged 19}, {@code age: 19},
 * {@code 19 ans}, {@code âgée de 19 ans}). A bare French {@code N ans} is an age only where
 * nothing around it makes it a duration ({@code depuis 3 ans}, {@code contrat de 2 ans},
 * {@code 5 ans d'expérience}).
 */
final class AmountFinder {
  private AmountFinder() {}

  private static final String NUM = "(\\d{1,3}(?:[ ,.\\x{00A0}\\x{202F}]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
  private static final String SYMBOL_BEFORE = "(US\\$|C\\$|CA\\$|CAD|USD|EUR|GBP|CHF|\\$|€|£)";
  private static final String UNIT_AFTER =
      "(\\$|€|£|USD|EUR|CAD|GBP|CHF|dollars?|euros?|bucks|pounds?|livres? sterling|francs? suisses?)";
  private static final Pattern MONEY_BEFORE = Pattern.compile("(?i)" + SYMBOL_BEFORE + "\\s?" + NUM + "(?:[^0-9]|$)");
  private static final Pattern MONEY_AFTER = Pattern.compile("(?i)(?:^|[^0-9.,])" + NUM + "\\s?" + UNIT_AFTER + "(?:[^a-z]|$)");
  private static final Map<String, String> CURRENCY = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("dollar", "USD"),
      Map.entry("dollars", "USD"), Map.entry("bucks", "USD"), Map.entry("c$", "CAD"), Map.entry("ca$", "CAD"),
      Map.entry("cad", "CAD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"),
      Map.entry("euros", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"),
      Map.entry("pounds", "GBP"), Map.entry("chf", "CHF"));

  private static final String W = "(?:^|[^\\pL\\pN])";
  private static final Pattern AGE_EN = Pattern.compile(
      "(?i)" + W + "((\\d{2})\\s*(?:yo|y/o|y\\.o\\.?|yrs? old|years? old|-years?-old|year-old)|aged?\\s*[:=]?\\s*(\\d{2}))(?:[^\\pL\\pN]|$)");
  private static final Pattern AGE_FR = Pattern.compile(
      "(?i)" + W + "((?:âgée?s?|agée?s?)\\s+de\\s+(\\d{2})\\s*ans|(?:âge|age)\\s*[:=]\\s*(\\d{2})|j['’]ai\\s+(\\d{2})\\s*ans)(?:[^\\pL\\pN]|$)");
  private static final Pattern BARE_ANS = Pattern.compile("(?i)" + W + "((\\d{2})\\s*ans)(?:[^\\pL\\pN]|$)");
  /** Words before a bare "N ans" that make it a duration or a limit, not an age. */
  private static final Pattern DURATION_BEFORE = Pattern.compile(
      "(?i)(?:depuis|il y a|pendant|durant|plus|moins|en|sur|dans|tous|les|pour|ces|sous|après|avant|environ|"
          + "expérience|experience|contrat|cdd|durée|ancienneté|garantie|engagement|période|bail|entre|et|à|dès|"
          + "minimum|partir|moyenne|mission|formation|stage)\\s*(?:de|d['’]|des)?\\s*[:,]?\\s*$");
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "(?i)^\\s*(?:d['’]|de |et plus|minimum|min\\b|révolus|\\+|au moins|maximum|max\\b|ou plus)");

  private static final String[] SYMBOL_CUES = {"$", "€", "£", "usd", "gbp", "chf", "eur", "cad"};
  private static final String[] UNIT_CUES = {"$", "€", "£", "usd", "gbp", "chf", "eur", "cad", "dollar", "buck",
      "pound", "livres sterling", "livre sterling", "francs suisses", "franc suisse"};

  /** Every pattern here needs a digit, so windows without one are skipped. */
  static void find(String text, Cues cues, List<Entity> out) {
    money(text, cues, out);
    ages(text, cues, out);
  }

  private static void money(String text, Cues cues, List<Entity> out) {
    for (Cues.Found m : cues.find(MONEY_BEFORE, 24, true, SYMBOL_CUES)) {
      addMoney(text, out, m.start(1), m.end(2), m.group(2), m.group(1));
    }
    for (Cues.Found m : cues.find(MONEY_AFTER, 24, true, UNIT_CUES)) {
      if (!ContactFinder.overlapsType(out, m.start(1), m.end(2), Entity.Type.MONEY)) {
        addMoney(text, out, m.start(1), m.end(2), m.group(1), m.group(2));
      }
    }
  }

  private static void addMoney(String text, List<Entity> out, int start, int stop, String number, String unit) {
    String currency = CURRENCY.get(unit.toLowerCase(Locale.ROOT));
    if (currency == null) {
      String u = unit.toLowerCase(Locale.ROOT);
      currency = u.startsWith("livre") ? "GBP" : u.startsWith("franc") ? "CHF" : null;
    }
    String amount = amount(number);
    if (currency == null || amount == null) {
      return;
    }
    out.add(new Entity(Entity.Type.MONEY, amount, new Span(start, stop, text.substring(start, stop)), false, "", currency));
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

  private static void ages(String text, Cues cues, List<Entity> out) {
    for (Cues.Found m : cues.find(AGE_EN, 16, true, "yo", "y/o", "y.o", "old", "age")) {
      addAge(text, out, m.start(1), m.end(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    for (Cues.Found m : cues.find(AGE_FR, 20, true, "âg", "age", "j'ai", "j’ai")) {
      String years = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      addAge(text, out, m.start(1), m.end(1), years);
    }
    for (Cues.Found m : cues.find(BARE_ANS, 8, true, "ans")) {
      int start = m.start(1);
      String before = text.substring(Math.max(0, start - 30), start);
      String after = text.substring(m.end(1), Math.min(text.length(), m.end(1) + 15));
      if (!DURATION_BEFORE.matcher(before).find() && !DURATION_AFTER.matcher(after).find()) {
        addAge(text, out, start, m.end(1), m.group(2));
      }
    }
  }

  private static void addAge(String text, List<Entity> out, int start, int stop, String years) {
    if (years == null || ContactFinder.overlapsType(out, start, stop, Entity.Type.AGE)
        || ContactFinder.overlapsType(out, start, stop, Entity.Type.MONEY)) {
      return;
    }
    int y = Integer.parseInt(years);
    if (y >= 10 && y <= 99) {
      out.add(new Entity(Entity.Type.AGE, Integer.toString(y), new Span(start, stop, text.substring(start, stop)), false, "", ""));
    }
  }
}
