package org.indicia.benchmarks.corpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the synthetic benchmark corpus: English, French and bilingual ads (job ads, escort and
 * massage ads, recruitment messages) from the hand-written {@link Templates}, with a fixed seed.
 * The same seed gives the same corpus, byte for byte, on every JVM ({@link Random} is specified).
 *
 * <p>Ads are 0.5 to 4 KB of UTF-8, typically about 2 KB; about a third carry trafficking cue
 * sentences. Generation takes well under a second, so the corpus is generated at run time and not
 * committed. See {@code benchmarks/PROVENANCE.md}.
 *
 * <p>To look at it: {@code java -cp benchmarks/target/benchmarks.jar
 * org.indicia.benchmarks.corpus.CorpusGenerator /tmp/corpus.txt}.
 */
public final class CorpusGenerator {

  /** The seed of the committed figures; change it only with a note in RESULTS.md. */
  public static final long SEED = 20_251_129L;

  /** The corpus stops growing once it holds this many UTF-8 bytes. */
  public static final int TARGET_BYTES = 5_500_000;

  static final int MIN_AD_BYTES = 512;
  static final int MAX_AD_BYTES = 4096;

  private static final Set<String> STICKY_SLOTS =
      Set.of("city", "role", "name", "country", "sector");

  private final Random random;
  private final Map<String, String> sticky = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private int serial;

  private CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** The corpus of {@link #SEED}, at least {@link #TARGET_BYTES} bytes. */
  public static List<Ad> generate() {
    return generate(SEED, TARGET_BYTES);
  }

  /** A corpus of at least {@code targetBytes} UTF-8 bytes from {@code seed}. */
  public static List<Ad> generate(long seed, int targetBytes) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    List<Ad> ads = new ArrayList<>();
    long bytes = 0;
    while (bytes < targetBytes) {
      Ad ad = generator.nextAd();
      ads.add(ad);
      bytes += ad.utf8Length();
    }
    return List.copyOf(ads);
  }

  private Ad nextAd() {
    // An ad mostly keeps to one city, role, contact name, country and sector.
    sticky.clear();
    used.clear();
    int kind = random.nextInt(100);
    int target = targetLength();
    boolean cues = random.nextInt(100) < 33;
    String id;
    String language;
    String text;
    if (kind < 36) {
      language = "en";
      text = jobAd(Lang.EN, target, cues);
    } else if (kind < 72) {
      language = "fr";
      text = jobAd(Lang.FR, target, cues);
    } else if (kind < 79) {
      language = "en";
      text = escortAd(Lang.EN, target, cues);
    } else if (kind < 85) {
      language = "fr";
      text = escortAd(Lang.FR, target, cues);
    } else if (kind < 89) {
      language = "en";
      text = message(Lang.EN, target, cues);
    } else if (kind < 92) {
      language = "fr";
      text = message(Lang.FR, target, cues);
    } else {
      language = "mixed";
      text = bilingualAd(target, cues);
    }
    id = String.format(Locale.ROOT, "syn-%s-%06d", language, serial++);
    return new Ad(id, language, text, cues);
  }

  /** Mostly around 2 KB; a sixth short (0.5 to 1.2 KB), a sixth long (2.6 to 4 KB). */
  private int targetLength() {
    int r = random.nextInt(6);
    int length;
    if (r == 0) {
      length = MIN_AD_BYTES + random.nextInt(700);
    } else if (r == 5) {
      length = 2600 + random.nextInt(MAX_AD_BYTES - 2600 - 300);
    } else {
      length = (int) Math.round(2048 + 350 * random.nextGaussian());
    }
    return Math.max(MIN_AD_BYTES, Math.min(MAX_AD_BYTES - 300, length));
  }

  private enum Lang {
    EN(
        Templates.EN_SLOTS,
        Templates.EN_TITLE,
        new String[][] {
          Templates.EN_INTRO,
          Templates.EN_DUTIES,
          Templates.EN_REQUIREMENTS,
          Templates.EN_CONDITIONS,
          Templates.EN_BENEFITS,
          Templates.EN_APPLY
        },
        new String[] {"About us", "Your role", "What we need", "Pay and hours", "Benefits", ""},
        Templates.EN_JOB_CUES,
        Templates.EN_ESCORT,
        Templates.EN_ESCORT_CUES,
        Templates.EN_MESSAGE),
    FR(
        Templates.FR_SLOTS,
        Templates.FR_TITLE,
        new String[][] {
          Templates.FR_INTRO,
          Templates.FR_DUTIES,
          Templates.FR_REQUIREMENTS,
          Templates.FR_CONDITIONS,
          Templates.FR_BENEFITS,
          Templates.FR_APPLY
        },
        new String[] {
          "L'entreprise", "Vos missions", "Votre profil", "Conditions", "Avantages", ""
        },
        Templates.FR_JOB_CUES,
        Templates.FR_ESCORT,
        Templates.FR_ESCORT_CUES,
        Templates.FR_MESSAGE);

    final Map<String, String[]> slots;
    final String[] titles;
    final String[][] sections;
    final String[] headings;
    final String[] jobCues;
    final String[] escort;
    final String[] escortCues;
    final String[] message;

    Lang(
        Map<String, String[]> slots,
        String[] titles,
        String[][] sections,
        String[] headings,
        String[] jobCues,
        String[] escort,
        String[] escortCues,
        String[] message) {
      this.slots = slots;
      this.titles = titles;
      this.sections = sections;
      this.headings = headings;
      this.jobCues = jobCues;
      this.escort = escort;
      this.escortCues = escortCues;
      this.message = message;
    }
  }

  private String jobAd(Lang lang, int target, boolean cues) {
    StringBuilder ad = new StringBuilder(target + 256);
    String company = company(lang);
    ad.append(fill(lang, pick(lang.titles), company)).append("\n\n");
    int cueBudget = cues ? 1 + random.nextInt(3) : 0;
    int section = 0;
    while (utf8(ad) < target) {
      String heading = lang.headings[section];
      if (!heading.isEmpty() && random.nextInt(3) > 0) {
        ad.append(heading).append(lang == Lang.FR ? " :\n" : ":\n");
      }
      int sentences = 1 + random.nextInt(3);
      for (int i = 0; i < sentences && !full(ad, target); i++) {
        if (cueBudget > 0 && random.nextInt(6) == 0) {
          append(ad, fill(lang, fresh(lang.jobCues), company), target);
          cueBudget--;
        }
        append(ad, fill(lang, fresh(lang.sections[section]), company), target);
      }
      ad.append("\n\n");
      section = (section + 1) % lang.sections.length;
    }
    while (cueBudget-- > 0) {
      append(ad, fill(lang, fresh(lang.jobCues), company), MAX_AD_BYTES);
    }
    return ad.toString().strip();
  }

  private String escortAd(Lang lang, int target, boolean cues) {
    // Escort and massage ads are short; most stay under 1.5 KB.
    int shortTarget = Math.max(MIN_AD_BYTES, target / 2);
    return sentences(lang, lang.escort, lang.escortCues, shortTarget, cues, " ");
  }

  private String message(Lang lang, int target, boolean cues) {
    int shortTarget = Math.max(MIN_AD_BYTES, target / 3);
    return sentences(lang, lang.message, lang.jobCues, shortTarget, cues, "\n");
  }

  private String sentences(
      Lang lang, String[] pool, String[] cuePool, int target, boolean cues, String separator) {
    StringBuilder ad = new StringBuilder(target + 256);
    String company = company(lang);
    int cueBudget = cues ? 1 + random.nextInt(3) : 0;
    while (utf8(ad) < target) {
      if (cueBudget > 0 && random.nextInt(4) == 0) {
        ad.append(fill(lang, fresh(cuePool), company)).append(separator);
        cueBudget--;
      }
      ad.append(fill(lang, fresh(pool), company)).append(separator);
    }
    while (cueBudget-- > 0) {
      ad.append(fill(lang, fresh(cuePool), company)).append(separator);
    }
    return ad.toString().strip();
  }

  private String bilingualAd(int target, boolean cues) {
    String english = jobAd(Lang.EN, Math.max(MIN_AD_BYTES / 2, target / 2), cues);
    String french = jobAd(Lang.FR, Math.max(MIN_AD_BYTES / 2, target / 2), cues);
    return "(Le français suit l'anglais.)\n\n" + english + "\n\n---\n\n" + french;
  }

  private boolean full(StringBuilder ad, int target) {
    return utf8(ad) >= target;
  }

  private void append(StringBuilder ad, String sentence, int target) {
    if (utf8(ad) + sentence.length() + 1 > MAX_AD_BYTES - 64 && utf8(ad) > MIN_AD_BYTES) {
      return;
    }
    if (ad.length() > 0 && ad.charAt(ad.length() - 1) != '\n') {
      ad.append(' ');
    }
    ad.append(sentence);
  }

  private String company(Lang lang) {
    return pick(lang.slots.get("brand")) + " " + pick(lang.slots.get("kind"));
  }

  private String fill(Lang lang, String template, String company) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String slot = template.substring(i + 1, close);
      switch (slot) {
        case "company" -> out.append(company);
        case "phone" -> out.append(phone(lang));
        default -> {
          if (STICKY_SLOTS.contains(slot) && random.nextInt(5) > 0) {
            String key = lang + "/" + slot;
            String value = sticky.get(key);
            if (value == null) {
              value = pick(lang.slots.get(slot));
              sticky.put(key, value);
            }
            out.append(value);
            break;
          }
          String[] values = lang.slots.get(slot);
          if (values == null) {
            throw new IllegalStateException("no slot " + slot + " for " + lang);
          }
          out.append(pick(values));
        }
      }
      i = close + 1;
    }
    return out.toString();
  }

  private String phone(Lang lang) {
    StringBuilder phone = new StringBuilder(lang == Lang.FR ? "06" : "07");
    for (int i = 0; i < 8; i++) {
      if (lang == Lang.FR && i % 2 == 0) {
        phone.append(' ');
      }
      phone.append((char) ('0' + random.nextInt(10)));
    }
    return phone.toString();
  }

  /** A template not yet used in this ad, when three tries find one; sentences rarely repeat. */
  private String fresh(String[] templates) {
    String template = pick(templates);
    for (int i = 0; i < 3 && used.contains(template); i++) {
      template = pick(templates);
    }
    used.add(template);
    return template;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static int utf8(CharSequence text) {
    // Accented letters take two bytes; counting them exactly keeps ad sizes honest.
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }

  /** Writes the corpus to a file, ads separated by a line {@code ==== id language}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CorpusGenerator OUTPUT_FILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    List<Ad> ads = generate();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long bytes = 0;
    try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (Ad ad : ads) {
        out.write("==== " + ad.id() + " " + ad.language() + (ad.cues() ? " cues" : "") + "\n");
        out.write(ad.text());
        out.write("\n");
        bytes += ad.utf8Length();
      }
    }
    System.out.printf(
        Locale.ROOT, "%d ads, %,d bytes, generated in %d ms%n", ads.size(), bytes, millis);
  }
}
