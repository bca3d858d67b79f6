package org.indicia.benchmarks.corpus;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The texts a benchmark runs on, selected by the JMH parameter {@code corpus}:
 *
 * <ul>
 *   <li>{@code synthetic} (default): {@link CorpusGenerator#generate()}, about 5.5 MB;
 *   <li>{@code shared}: real job ads read at run time from {@code ../shared/data/} (English: the
 *       {@code description} column of {@code
 *       emscad_fake_job_postings/emscad_original_ids_1_500.csv}; French: the {@code description}
 *       column of {@code fr_job_ads/france_travail_api_offers.csv}; mixed: an English ad followed
 *       by a French one). These texts are never copied into the repository and never printed. The
 *       folder is found from the system property {@code indicia.bench.sharedData}, else {@code
 *       ../shared/data} or {@code ../../shared/data} from the working directory.
 * </ul>
 *
 * <p>Both are shuffled once with a fixed seed, so consecutive operations of a benchmark read
 * unrelated ads.
 */
public final class Corpus {

  public static final String SYNTHETIC = "synthetic";
  public static final String SHARED = "shared";

  private static final Map<String, Corpus> CACHE = new ConcurrentHashMap<>();

  private final String name;
  private final List<Ad> ads;

  private Corpus(String name, List<Ad> ads) {
    this.name = name;
    List<Ad> shuffled = new ArrayList<>(ads);
    Collections.shuffle(shuffled, new Random(CorpusGenerator.SEED));
    this.ads = List.copyOf(shuffled);
  }

  /** The corpus called {@code name} ({@code synthetic} or {@code shared}), loaded once per JVM. */
  public static Corpus load(String name) {
    return CACHE.computeIfAbsent(name.toLowerCase(Locale.ROOT), Corpus::read);
  }

  private static Corpus read(String name) {
    switch (name) {
      case SYNTHETIC:
        return new Corpus(name, CorpusGenerator.generate());
      case SHARED:
        return new Corpus(name, SharedData.ads(SharedData.folder()));
      default:
        throw new IllegalArgumentException(
            "unknown corpus '" + name + "': use -p corpus=synthetic or -p corpus=shared");
    }
  }

  public String name() {
    return name;
  }

  /** Every ad, in the fixed shuffled order. */
  public List<Ad> ads() {
    return ads;
  }

  /**
   * The ads of one language: {@code en}, {@code fr}, {@code mixed}, or {@code all}.
   *
   * @throws IllegalArgumentException for another value
   */
  public List<Ad> ads(String language) {
    if (language.equals("all")) {
      return ads;
    }
    if (!List.of("en", "fr", "mixed").contains(language)) {
      throw new IllegalArgumentException("language must be en, fr, mixed or all: " + language);
    }
    return select(ad -> ad.language().equals(language));
  }

  /** The ads whose UTF-8 length is in {@code [min, max]}. */
  public List<Ad> adsOfSize(int min, int max) {
    return select(ad -> ad.utf8Length() >= min && ad.utf8Length() <= max);
  }

  private List<Ad> select(Predicate<Ad> filter) {
    List<Ad> selected = ads.stream().filter(filter).toList();
    if (selected.isEmpty()) {
      throw new IllegalStateException("corpus " + name + " has no such ads");
    }
    return selected;
  }

  /** The texts of {@code ads}, as an array for the benchmark loops. */
  public static String[] texts(List<Ad> ads) {
    return ads.stream().map(Ad::text).toArray(String[]::new);
  }

  /** The UTF-8 lengths of {@code ads}, parallel to {@link #texts}. */
  public static int[] utf8Lengths(List<Ad> ads) {
    return ads.stream().mapToInt(Ad::utf8Length).toArray();
  }

  /** Total UTF-8 bytes of {@code ads}. */
  public static long utf8Bytes(List<Ad> ads) {
    return ads.stream().mapToLong(Ad::utf8Length).sum();
  }

  /** Reads the real ads of {@code ../shared/data}; package-private for the tests of the CSV. */
  static final class SharedData {

    static final String ENGLISH = "emscad_fake_job_postings/emscad_original_ids_1_500.csv";
    static final String FRENCH = "fr_job_ads/france_travail_api_offers.csv";

    private SharedData() {}

    static Path folder() {
      String property = System.getProperty("indicia.bench.sharedData");
      List<Path> candidates =
          property != null
              ? List.of(Path.of(property))
              : List.of(Path.of("..", "shared", "data"), Path.of("..", "..", "shared", "data"));
      for (Path candidate : candidates) {
        if (Files.isRegularFile(candidate.resolve(ENGLISH))
            && Files.isRegularFile(candidate.resolve(FRENCH))) {
          return candidate;
        }
      }
      throw new IllegalStateException(
          "corpus=shared needs the shared data folder (looked in "
              + candidates
              + " from "
              + Path.of("").toAbsolutePath()
              + "); set -Dindicia.bench.sharedData=DIR or use corpus=synthetic");
    }

    static List<Ad> ads(Path folder) {
      List<String> english = descriptions(folder.resolve(ENGLISH));
      List<String> french = descriptions(folder.resolve(FRENCH));
      List<Ad> ads = new ArrayList<>();
      for (int i = 0; i < english.size(); i++) {
        ads.add(new Ad(String.format(Locale.ROOT, "emscad-%04d", i), "en", english.get(i), false));
      }
      for (int i = 0; i < french.size(); i++) {
        ads.add(new Ad(String.format(Locale.ROOT, "ft-%04d", i), "fr", french.get(i), false));
      }
      int mixed = Math.min(english.size(), french.size()) / 2;
      for (int i = 0; i < mixed; i++) {
        String text = english.get(i) + "\n\n---\n\n" + french.get(french.size() - 1 - i);
        ads.add(new Ad(String.format(Locale.ROOT, "mixed-%04d", i), "mixed", text, false));
      }
      return ads;
    }

    /** The non-blank values of the {@code description} column (RFC 4180, via Jackson's CSV module). */
    static List<String> descriptions(Path csv) {
      List<String> values = new ArrayList<>();
      CsvMapper mapper = new CsvMapper();
      try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
          MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
              .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
        while (rows.hasNext()) {
          Map<String, String> row = rows.next();
          if (!row.containsKey("description")) {
            throw new IllegalStateException("no description column in " + csv);
          }
          if (!row.get("description").isBlank()) {
            values.add(row.get("description"));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + csv, e);
      }
      return values;
    }
  }

}
