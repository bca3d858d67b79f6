package org.indicia.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.indicia.Detector;
import org.indicia.Document;
import org.indicia.benchmarks.corpus.Ad;
import org.indicia.benchmarks.corpus.Corpus;
import org.indicia.benchmarks.corpus.PhraseLists;
import org.indicia.benchmarks.indicia.GeneratedPacks;
import org.indicia.benchmarks.match.MatcherType;
import org.indicia.benchmarks.match.PhraseMatcherFacade;

/**
 * Ratios that survive a shared machine (not JMH): every operation runs on every ad once per
 * round, the operations interleaved ad by ad so they meet the same load, and each (operation, ad)
 * keeps its fastest time over the rounds. Other work on the cores only ever adds time, so the
 * fastest of several tries is the operation's own cost; throughput is the corpus's bytes over
 * the sum of those times, and latency percentiles are taken over the ads' fastest times.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.indicia.benchmarks.MinTimeRatios [rounds [stride [synthetic|shared]]]
 * </pre>
 *
 * <p>{@code shared} reads the real job ads of {@code ../shared/data} (as the JMH benchmarks'
 * {@code -p corpus=shared}); its 2 KB rows are the real ads of that size.
 */
public final class MinTimeRatios {
  private MinTimeRatios() {}

  private record Op(String name, String[] texts, long[] bytes, Runner run) {}

  private interface Runner {
    int run(int i);
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    int stride = args.length > 1 ? Integer.parseInt(args[1]) : 1; // every stride-th ad, for a quicker run
    String corpus = args.length > 2 ? args[2] : Corpus.SYNTHETIC;
    List<Ad> ads = every(Corpus.load(corpus).ads(), stride);
    String[] texts = Corpus.texts(ads);
    long[] bytes = Arrays.stream(Corpus.utf8Lengths(ads)).asLongStream().toArray();
    Document[] hinted = new Document[ads.size()];
    for (int i = 0; i < hinted.length; i++) {
      Ad ad = ads.get(i);
      Document d = Document.of(ad.id(), ad.text());
      hinted[i] = ad.language().equals("mixed") ? d : d.language(ad.language());
    }
    List<Ad> twoKb = every(Corpus.load(corpus).adsOfSize(1_800, 2_300), stride);
    String[] twoKbTexts = Corpus.texts(twoKb);
    long[] twoKbBytes = Arrays.stream(Corpus.utf8Lengths(twoKb)).asLongStream().toArray();

    PhraseMatcherFacade hankcs = MatcherType.HANKCS_DAT.create(PhraseLists.texts(1_000));
    PhraseMatcherFacade indicia = MatcherType.INDICIA.create(PhraseLists.texts(1_000));
    Detector builtIn = GeneratedPacks.builtIn();
    Detector natural = GeneratedPacks.detector(GeneratedPacks.sources(1_000));
    Detector fixed1k = GeneratedPacks.detector(GeneratedPacks.fixedHitSources(1_000));
    Detector fixed100k = GeneratedPacks.detector(GeneratedPacks.fixedHitSources(100_000));

    List<Op> ops = new ArrayList<>();
    ops.add(new Op("hankcs DAT bare scan, 1,000 phrases", texts, bytes, i -> hankcs.countMatches(texts[i])));
    ops.add(new Op("Indicia PhraseSet, 1,000 phrases", texts, bytes, i -> indicia.countMatches(texts[i])));
    ops.add(new Op("assess, built-in packs (no hint)", texts, bytes, i -> builtIn.assess(texts[i]).findings().size()));
    ops.add(new Op("assess, pack of 1,000 plain phrases", texts, bytes, i -> natural.assess(hinted[i]).findings().size()));
    ops.add(new Op("assess, 1,000 phrases, fixed hits", texts, bytes, i -> fixed1k.assess(hinted[i]).findings().size()));
    ops.add(new Op("assess, 100,000 phrases, fixed hits", texts, bytes, i -> fixed100k.assess(hinted[i]).findings().size()));
    ops.add(new Op("assess 2 KB ads, built-in packs", twoKbTexts, twoKbBytes,
        i -> builtIn.assess(twoKbTexts[i]).findings().size()));

    long[][] best = new long[ops.size()][];
    for (int o = 0; o < ops.size(); o++) {
      best[o] = new long[ops.get(o).texts().length];
      Arrays.fill(best[o], Long.MAX_VALUE);
    }
    long sink = 0;
    for (int round = -2; round < rounds; round++) { // two rounds of warm-up
      int longest = ops.stream().mapToInt(op -> op.texts().length).max().orElse(0);
      for (int i = 0; i < longest; i++) {
        for (int o = 0; o < ops.size(); o++) {
          Op op = ops.get(o);
          if (i >= op.texts().length) {
            continue;
          }
          long t0 = System.nanoTime();
          sink += op.run().run(i);
          long t = System.nanoTime() - t0;
          if (round >= 0 && t < best[o][i]) {
            best[o][i] = t;
          }
        }
      }
      System.err.printf(Locale.ROOT, "round %d of %d done%n", round, rounds);
    }
    double hankcsMbs = mbs(ops.get(0), best[0]);
    System.out.printf(Locale.ROOT, "| operation | MB/s | vs hankcs bare scan |%n|---|---:|---:|%n");
    for (int o = 0; o < ops.size(); o++) {
      double m = mbs(ops.get(o), best[o]);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.3fx |%n", ops.get(o).name(), m, m / hankcsMbs);
    }
    long[] lat = best[ops.size() - 1].clone();
    Arrays.sort(lat);
    System.out.printf(Locale.ROOT, "%n2 KB ads (%d), fastest of %d rounds per ad: p50 %.0f µs, p90 %.0f µs, p99 %.0f µs, max %.0f µs%n",
        lat.length, rounds, pct(lat, 0.50), pct(lat, 0.90), pct(lat, 0.99), lat[lat.length - 1] / 1e3);
    System.out.printf(Locale.ROOT, "100,000 vs 1,000 phrases, fixed hits: %.3fx%n",
        mbs(ops.get(5), best[5]) / mbs(ops.get(4), best[4]));
    System.err.println("(checksum " + sink + ")");
  }

  private static List<Ad> every(List<Ad> ads, int stride) {
    List<Ad> out = new ArrayList<>();
    for (int i = 0; i < ads.size(); i += stride) {
      out.add(ads.get(i));
    }
    return out;
  }

  private static double mbs(Op op, long[] nanos) {
    long b = 0;
    long t = 0;
    for (int i = 0; i < nanos.length; i++) {
      b += op.bytes()[i];
      t += nanos[i];
    }
    return b / 1e6 / (t / 1e9);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
  }
}
