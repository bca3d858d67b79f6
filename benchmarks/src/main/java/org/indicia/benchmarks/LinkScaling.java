package org.indicia.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.indicia.Entity;
import org.indicia.entity.EntityExtractor;
import org.indicia.link.Cluster;
import org.indicia.link.LinkDocument;
import org.indicia.link.Linker;

/**
 * Measures entity extraction and linking on synthetic ads at growing sizes, to show the cost per
 * document stays flat (near-linear linking). Not JMH: one pass per size after a warm-up pass, as
 * a stream would arrive. Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * org.indicia.benchmarks.LinkScaling 10000 100000}.
 *
 * <p>Ads come in groups of five sharing a template (18 random words) and a contact: a handle
 * unique to the group and a US 555-01xx phone (2,000 distinct numbers, so groups 2,000 apart
 * share a phone and merge, as rings do), written plainly, spelled out or with letters for digits.
 */
public final class LinkScaling {
  private static final String[] AREAS = {"212", "213", "305", "312", "415", "508", "617", "702", "713", "718",
      "202", "206", "303", "404", "503", "512", "602", "615", "704", "801"};
  private static final String[] WORDS = {"discreet", "upscale", "relaxing", "private", "friendly", "clean", "quiet",
      "luxury", "outcall", "incall", "visiting", "weekend", "special", "massage", "company", "gentlemen", "only",
      "available", "tonight", "spa", "new", "town", "stay", "short", "real", "photos", "verified", "call", "text",
      "unhurried", "warm", "open", "minded", "satisfaction", "guaranteed", "experience", "sweet", "lovely"};
  private static final String[] CITIES = {"Boston", "Denver", "Miami", "Dallas", "Austin", "Seattle"};
  private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

  private LinkScaling() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    run(ads(sizes[0], 1), false); // warm-up
    for (int n : sizes) {
      run(ads(n, 7), true);
    }
  }

  private static void run(List<String[]> ads, boolean print) {
    long t0 = System.nanoTime();
    List<LinkDocument> docs = new ArrayList<>(ads.size());
    for (String[] a : ads) {
      List<Entity> e = EntityExtractor.extract(a[1], a[1].length(), List.of("US"));
      docs.add(new LinkDocument(a[0], a[1], e, a[2], "en"));
    }
    long t1 = System.nanoTime();
    Linker linker = Linker.create();
    for (LinkDocument d : docs) {
      linker.add(d);
    }
    long t2 = System.nanoTime();
    List<Cluster> clusters = linker.clusters();
    long t3 = System.nanoTime();
    if (print) {
      long contact = clusters.stream().filter(c -> c.kind() == Cluster.Kind.CONTACT).count();
      System.out.printf(Locale.ROOT,
          "docs=%d extract=%.1f us/doc link.add=%.1f us/doc clusters()=%d ms (%d contact, %d template) total link=%.2f s%n",
          ads.size(), (t1 - t0) / 1e3 / ads.size(), (t2 - t1) / 1e3 / ads.size(), (t3 - t2) / 1_000_000,
          contact, clusters.size() - contact, (t3 - t1) / 1e9);
    }
  }

  static List<String[]> ads(int n, long seed) {
    Random r = new Random(seed);
    List<String[]> out = new ArrayList<>(n);
    for (int g = 0; out.size() < n; g++) {
      String area = AREAS[g % AREAS.length];
      String line = String.format(Locale.ROOT, "%02d", (g / AREAS.length) % 100);
      String handle = "babe" + Integer.toString(g * 7919 + 13, 36);
      StringBuilder template = new StringBuilder();
      for (int w = 0; w < 18; w++) {
        template.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      }
      for (int k = 0; k < 5 && out.size() < n; k++) {
        String city = CITIES[r.nextInt(CITIES.length)];
        String contact = switch (k) {
          case 0 -> area + "-555-01" + line;
          case 1 -> spell(area + "55501" + line);
          case 2 -> area + " 5five5 O1" + line;
          case 3 -> "kik: " + handle;
          default -> "(" + area + ") 555-01" + line + " or telegram: @" + handle;
        };
        out.add(new String[] {"g" + g + "-" + k, "Sweet girl " + (19 + r.nextInt(10)) + " yo in " + city + ". "
            + template + "Donation $" + (100 + 20 * r.nextInt(10)) + ". " + contact, city});
      }
    }
    return out;
  }

  private static String spell(String digits) {
    StringBuilder sb = new StringBuilder();
    for (char c : digits.toCharArray()) {
      sb.append(ONES[c - '0']).append(' ');
    }
    return sb.toString().trim();
  }
}
