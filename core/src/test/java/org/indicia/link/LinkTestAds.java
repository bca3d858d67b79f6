package org.indicia.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic ads from known groups, for linking tests: each group has its own phone (US 555-01xx
 * only), handle and template; its ads disguise the phone in different ways, change the slots
 * (name, age, city, price) and sometimes give only the handle.
 */
public final class LinkTestAds {
  public record Ad(String id, String text, String city, int group) {}

  private static final String[] NAMES = {"Anna", "Bella", "Chloe", "Dina", "Emma", "Fiona", "Gina", "Hana", "Iris", "Jade"};
  private static final String[] CITIES = {"Boston", "Denver", "Miami", "Dallas", "Austin", "Seattle", "Portland", "Tampa"};
  private static final String[] OPENERS = {"Sweet", "Sexy", "Lovely", "Exotic", "Classy", "Gorgeous", "Playful", "Fresh"};
  private static final String[] WORDS = {"discreet", "upscale", "relaxing", "private", "friendly", "clean", "quiet",
      "luxury", "outcall", "incall", "visiting", "weekend", "special", "massage", "company", "gentlemen", "only",
      "available", "tonight", "spa", "new", "town", "stay", "short", "real", "photos", "verified", "call", "text",
      "unhurried", "warm", "open", "minded", "satisfaction", "guaranteed", "experience"};
  private static final String[] AREAS = {"212", "213", "305", "312", "415", "508", "617", "702", "713", "718",
      "202", "206", "303", "404", "503", "512", "602", "615", "704", "801"};
  private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

  public static List<Ad> generate(int groups, int perGroup, long seed) {
    Random r = new Random(seed);
    List<Ad> out = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      String area = AREAS[g % AREAS.length];
      String line = String.format("01%02d", g % 100);
      String digits = area + "555" + line;
      String handle = "babe" + Integer.toString(g * 7919 + 13, 36) + "x";
      StringBuilder template = new StringBuilder();
      for (int w = 0; w < 18; w++) {
        template.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      }
      for (int k = 0; k < perGroup; k++) {
        String city = CITIES[r.nextInt(CITIES.length)];
        String contact = switch ((g + k) % 5) {
          case 0 -> area + "-555-" + line;
          case 1 -> spell(digits, r);
          case 2 -> area + " " + "555".replace("5", "five").substring(0, 4) + "55 " + line.replace("0", "O");
          case 3 -> "Kik: " + handle;
          default -> "(" + area + ") 555-" + line + " or telegram: @" + handle;
        };
        String text = OPENERS[r.nextInt(OPENERS.length)] + " " + NAMES[r.nextInt(NAMES.length)] + ", "
            + (19 + r.nextInt(10)) + " yo, in " + city + ". " + template + "Donation $" + (100 + 20 * r.nextInt(10))
            + ". " + contact;
        out.add(new Ad("g" + g + "-" + k, text, city, g));
      }
    }
    java.util.Collections.shuffle(out, r);
    return out;
  }

  private static String spell(String digits, Random r) {
    StringBuilder sb = new StringBuilder();
    for (char c : digits.toCharArray()) {
      sb.append(r.nextBoolean() ? ONES[c - '0'] : String.valueOf(c)).append(' ');
    }
    return sb.toString().trim();
  }
}
