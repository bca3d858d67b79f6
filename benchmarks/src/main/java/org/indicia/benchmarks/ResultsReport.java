package org.indicia.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.indicia.benchmarks.corpus.PhraseLists;
import org.indicia.benchmarks.match.MatcherType;

/**
 * Writes {@code benchmarks/RESULTS.md} from the JMH JSON of one run, the {@link HeapFootprint} JSON
 * and the verifier's log. Run by {@code benchmarks/run.sh} after JMH:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.indicia.benchmarks.ResultsReport \
 *     --mode quick --jmh benchmarks/results/jmh-quick.json \
 *     --heap benchmarks/results/heap-quick.json --verify benchmarks/results/verify-quick.tsv \
 *     --out benchmarks/RESULTS.md
 * </pre>
 *
 * <p>Ratios are Indicia / baseline: above 1 means Indicia is faster for throughput, below 1 means
 * Indicia is faster (or smaller) for times and heap. Missing figures (a guarded or failed
 * benchmark, a benchmark not run) print as n/a.
 */
public final class ResultsReport {

  private static final String NA = "n/a";
  private static final List<String> BASELINES =
      List.of("REGEX", "ROBERT_BOR_AC", "HANKCS_DAT", "LUCENE_MONITOR");

  private final List<JsonNode> results = new ArrayList<>();
  private final List<JsonNode> heapRows = new ArrayList<>();
  private final List<String[]> verifyRows = new ArrayList<>();
  private final StringBuilder md = new StringBuilder();
  private String mode = "?";
  private String command = "";

  private ResultsReport() {}

  public static void main(String[] args) throws IOException {
    ResultsReport report = new ResultsReport();
    Path out = Path.of("benchmarks", "RESULTS.md");
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--mode" -> report.mode = value;
        case "--command" -> report.command = value;
        case "--out" -> out = Path.of(value);
        case "--jmh" -> mapper.readTree(Path.of(value).toFile()).forEach(report.results::add);
        case "--heap" -> {
          Path heap = Path.of(value);
          if (Files.isRegularFile(heap)) {
            mapper.readTree(heap.toFile()).path("rows").forEach(report.heapRows::add);
          }
        }
        case "--verify" -> {
          Path verify = Path.of(value);
          if (Files.isRegularFile(verify)) {
            for (String line : Files.readAllLines(verify, StandardCharsets.UTF_8)) {
              if (!line.isBlank()) {
                report.verifyRows.add(line.split("\t"));
              }
            }
          }
        }
        default -> {
          System.err.println(
              "usage: ResultsReport --jmh FILE [--heap FILE] [--verify FILE] [--mode M]"
                  + " [--command TEXT] [--out FILE]");
          System.exit(2);
        }
      }
      i++;
    }
    Files.writeString(out, report.render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  // ------------------------------------------------------------------ rendering

  private String render() {
    md.append("# Indicia benchmark results\n\n");
    md.append("Written by `benchmarks/run.sh ")
        .append(mode)
        .append("` (class `ResultsReport`) on ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
        .append(". Do not edit by hand: rerun `benchmarks/run.sh quick|full`. Raw JMH JSON: ")
        .append("`benchmarks/results/`.\n\n");
    machine();
    goals();
    speedGoals();
    matcherTables();
    compileAndHeap();
    endToEnd();
    stages();
    verification();
    notes();
    return md.toString();
  }

  private void machine() {
    md.append("## Machine and settings\n\n");
    md.append("| | |\n|---|---|\n");
    row("CPUs (nproc)", Integer.toString(Runtime.getRuntime().availableProcessors()));
    row("CPU model", cpuModel());
    row("Memory", memory());
    row("Load average when the report was written", loadAverage());
    JsonNode first = results.isEmpty() ? null : results.get(0);
    if (first != null) {
      row(
          "JVM",
          first.path("vmName").asText()
              + " "
              + first.path("vmVersion").asText()
              + " (JDK "
              + first.path("jdkVersion").asText()
              + ")");
      row("JMH", first.path("jmhVersion").asText());
      row("JVM arguments of the forks", "`" + String.join(" ", texts(first.path("jvmArgs"))) + "`");
    }
    Map<String, Set<String>> settings = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String setting =
          String.format(
              Locale.ROOT,
              "%s, %d fork(s), %d warm-up x %s, %d measurement x %s",
              r.path("mode").asText(),
              r.path("forks").asInt(),
              r.path("warmupIterations").asInt(),
              r.path("warmupTime").asText(),
              r.path("measurementIterations").asInt(),
              r.path("measurementTime").asText());
      String name = shortName(r);
      settings
          .computeIfAbsent(setting, k -> new LinkedHashSet<>())
          .add(name.substring(0, name.indexOf('.')));
    }
    List<String> lines = new ArrayList<>();
    settings.forEach((setting, names) -> lines.add(setting + ": " + String.join(", ", names)));
    row("JMH settings", lines.isEmpty() ? NA : String.join("<br>", lines));
    Set<String> corpora = new LinkedHashSet<>();
    results.forEach(r -> corpora.add(param(r, "corpus").orElse("synthetic")));
    row("Corpus", String.join(", ", corpora));
    if (!command.isEmpty()) {
      row("Command", "`" + command + "`");
    }
    md.append('\n');
  }

  private void goals() {
    md.append("## Goals of issue 8 (reported, not asserted)\n\n");
    md.append("| goal | measured | met |\n|---|---|---|\n");
    for (int n : new int[] {1_000, 10_000, 100_000}) {
      double want = n == 100_000 ? 3 : 2;
      Double ratio = ratio(matcherMbps("INDICIA", n), matcherMbps("HANKCS_DAT", n));
      goal(
          String.format(Locale.ROOT, "matcher alone >= %.0fx hankcs DAT at %,d phrases", want, n),
          ratio == null ? NA : x(ratio),
          ratio == null ? null : ratio >= want);
    }
    Double e2e = scalingMbps(1_000);
    Double bare = matcherMbps("HANKCS_DAT", 1_000);
    goal(
        "end-to-end assess at 1,000 phrases >= hankcs bare scan of the same phrases",
        e2e == null || bare == null
            ? NA
            : String.format(Locale.ROOT, "%s vs %s MB/s (%s)", f(e2e), f(bare), x(e2e / bare)),
        e2e == null || bare == null ? null : e2e >= bare);
    Double at100 = matcherMbps("INDICIA", 100);
    Double at100k = matcherMbps("INDICIA", 100_000);
    Double keep = ratio(at100k, at100);
    goal(
        "matcher throughput at 100,000 phrases >= half of that at 100",
        keep == null
            ? NA
            : String.format(Locale.ROOT, "%s vs %s MB/s (%s)", f(at100k), f(at100), x(keep)),
        keep == null ? null : keep >= 0.5);
    Double e2eKeep = ratio(scalingMbps(100_000), scalingMbps(100));
    goal(
        "(same, end to end) assess throughput at 100,000 phrases >= half of that at 100",
        e2eKeep == null ? NA : x(e2eKeep),
        e2eKeep == null ? null : e2eKeep >= 0.5);
    Double compile = compileMillis("INDICIA", 100_000);
    goal(
        "100,000 phrases compiled in < 2 s",
        compile == null ? NA : String.format(Locale.ROOT, "%s ms", f(compile)),
        compile == null ? null : compile < 2_000);
    Double heapIndicia = heapMb("INDICIA", 100_000);
    Double heapHankcs = heapMb("HANKCS_DAT", 100_000);
    goal(
        "... into less heap than the double-array trie",
        heapIndicia == null || heapHankcs == null
            ? NA
            : String.format(Locale.ROOT, "%s vs %s MB", f(heapIndicia), f(heapHankcs)),
        heapIndicia == null || heapHankcs == null ? null : heapIndicia < heapHankcs);
    Optional<JsonNode> latency = find("LatencyBenchmark", "assess2KB", r -> true);
    Double p99 = latency.map(r -> percentile(r, "99.0")).orElse(null);
    goal(
        "p99 < 100 µs for a 2 KB ad (built-in packs)",
        p99 == null ? NA : f(p99) + " µs",
        p99 == null ? null : p99 < 100);
    Double alloc100 = scalingAlloc(100, "fixed");
    Double alloc100k = scalingAlloc(100_000, "fixed");
    Double allocRatio = ratio(alloc100k, alloc100);
    goal(
        "allocation per assess flat in the number of rules (B/op, 100,000 vs 100 phrases,"
            + " same hits)",
        allocRatio == null
            ? NA
            : String.format(
                Locale.ROOT, "%s vs %s B/op (%s)", f(alloc100k), f(alloc100), x(allocRatio)),
        allocRatio == null ? null : allocRatio <= 1.1);
    Double natural100 = scalingAlloc(100, "natural");
    Double natural100k = scalingAlloc(100_000, "natural");
    Double naturalRatio = ratio(natural100k, natural100);
    goal(
        "(for information) the same with the natural phrase lists, whose hits grow with N",
        naturalRatio == null
            ? NA
            : String.format(
                Locale.ROOT, "%s vs %s B/op (%s)", f(natural100k), f(natural100), x(naturalRatio)),
        null);
    md.append("\n\"Flat\" is read as at most 10 % more bytes per assess with 100,000 phrases than")
        .append(" with 100, when both have the hits of the same 100 phrases (`hits=fixed`: the")
        .append(" other phrases never occur).\n\n");
  }

  /** The steps of issue 15 (end-to-end speed), each a ratio within this run. */
  private void speedGoals() {
    md.append("## Goals of issue 15 (reported, not asserted)\n\n");
    md.append("| goal | measured | met |\n|---|---|---|\n");
    Double bare = matcherMbps("HANKCS_DAT", 1_000);
    for (String lang : List.of("en", "fr", "mixed")) {
      Double one = assessMbps("assess", lang);
      Double two = assessMbps("assess2Threads", lang);
      Double vsBare = ratio(one, bare);
      goal(
          String.format(Locale.ROOT, "assess, built-in packs, %s ads >= 0.35x hankcs bare scan of 1,000 phrases", lang),
          vsBare == null ? NA : String.format(Locale.ROOT, "%s vs %s MB/s (%s)", f(one), f(bare), x(vsBare)),
          vsBare == null ? null : vsBare >= 0.35);
      Double scale = ratio(two, one);
      goal(
          String.format(Locale.ROOT, "2 threads >= 1.8x 1 thread (built-in packs, %s ads)", lang),
          scale == null ? NA : x(scale),
          scale == null ? null : scale >= 1.8);
    }
    Double bareOne = find("BareScanScalingBenchmark", "scan", r -> true).map(r -> bytesPerSecond(r) / 1e6).orElse(null);
    Double bareTwo = find("BareScanScalingBenchmark", "scan2Threads", r -> true).map(r -> bytesPerSecond(r) / 1e6).orElse(null);
    Double ceiling = ratio(bareTwo, bareOne);
    goal(
        "(for information) this machine's ceiling: hankcs bare scan, 2 threads vs 1",
        ceiling == null ? NA : x(ceiling),
        null);
    Double plain = scalingMbps(1_000);
    Double vsPlain = ratio(plain, bare);
    goal(
        "assess, a pack of 1,000 plain phrases >= 0.8x hankcs bare scan of them",
        vsPlain == null ? NA : String.format(Locale.ROOT, "%s vs %s MB/s (%s)", f(plain), f(bare), x(vsPlain)),
        vsPlain == null ? null : vsPlain >= 0.8);
    Optional<JsonNode> latency = find("LatencyBenchmark", "assess2KB", r -> true);
    Double p99 = latency.map(r -> percentile(r, "99.0")).orElse(null);
    goal("p99 <= 120 µs for a 2 KB ad (built-in packs)", p99 == null ? NA : f(p99) + " µs", p99 == null ? null : p99 <= 120);
    Double keep = ratio(
        scaling(100_000, "fixed").map(r -> bytesPerSecond(r) / 1e6).orElse(null),
        scaling(1_000, "fixed").map(r -> bytesPerSecond(r) / 1e6).orElse(null));
    goal(
        "assess at 100,000 phrases >= half the throughput at 1,000, same hits",
        keep == null ? NA : x(keep),
        keep == null ? null : keep >= 0.5);
    md.append('\n');
  }

  private Double assessMbps(String method, String lang) {
    return find("AssessBenchmark", method, r -> param(r, "lang").orElse("").equals(lang))
        .map(r -> bytesPerSecond(r) / 1e6).orElse(null);
  }

  private void matcherTables() {
    md.append("## Phrase matching alone (`MatcherBenchmark`)\n\n");
    md.append("Throughput in MB/s of UTF-8 text (one ad per operation, every ad of the corpus in")
        .append(" turn; ± is JMH's 99.9 % error of the ops/s score). Each implementation does")
        .append(" case-insensitive whole-word search of the same phrases in the same texts.\n\n");
    header("phrases", MatcherType.values());
    for (int n : PhraseLists.SIZES) {
      List<String> cells = new ArrayList<>();
      for (MatcherType type : MatcherType.values()) {
        Optional<JsonNode> r = matcher(type.name(), n);
        cells.add(r.map(x -> withError(bytesPerSecond(x) / 1e6, relativeError(x))).orElse(NA));
      }
      tableRow(String.format(Locale.ROOT, "%,d", n), cells);
    }
    md.append("\nRatio Indicia / baseline (throughput; above 1 = Indicia faster):\n\n");
    header("phrases", BASELINES.toArray());
    for (int n : PhraseLists.SIZES) {
      List<String> cells = new ArrayList<>();
      for (String baseline : BASELINES) {
        Double ratio = ratio(matcherMbps("INDICIA", n), matcherMbps(baseline, n));
        cells.add(ratio == null ? NA : x(ratio));
      }
      tableRow(String.format(Locale.ROOT, "%,d", n), cells);
    }
    md.append("\nAds per second (the same runs):\n\n");
    header("phrases", MatcherType.values());
    for (int n : PhraseLists.SIZES) {
      List<String> cells = new ArrayList<>();
      for (MatcherType type : MatcherType.values()) {
        cells.add(matcher(type.name(), n).map(r -> f(score(r))).orElse(NA));
      }
      tableRow(String.format(Locale.ROOT, "%,d", n), cells);
    }
    md.append('\n');
  }

  private void compileAndHeap() {
    md.append("## Compile time (`CompileBenchmark`, single shot, ms)\n\n");
    header("phrases", MatcherType.values());
    for (int n : PhraseLists.SIZES) {
      List<String> cells = new ArrayList<>();
      for (MatcherType type : MatcherType.values()) {
        Double ms = compileMillis(type.name(), n);
        cells.add(ms == null ? NA : f(ms));
      }
      tableRow(String.format(Locale.ROOT, "%,d", n), cells);
    }
    md.append("\nRatio Indicia / baseline (compile time; below 1 = Indicia faster):\n\n");
    header("phrases", BASELINES.toArray());
    for (int n : PhraseLists.SIZES) {
      List<String> cells = new ArrayList<>();
      for (String baseline : BASELINES) {
        Double ratio = ratio(compileMillis("INDICIA", n), compileMillis(baseline, n));
        cells.add(ratio == null ? NA : x(ratio));
      }
      tableRow(String.format(Locale.ROOT, "%,d", n), cells);
    }
    md.append("\n## Retained heap (`HeapFootprint`, MB)\n\n");
    if (heapRows.isEmpty()) {
      md.append("Not measured in this run.\n\n");
      return;
    }
    List<String> heapColumns = new ArrayList<>();
    for (MatcherType type : MatcherType.values()) {
      heapColumns.add(type.name());
    }
    heapColumns.add(HeapFootprint.DETECTOR);
    header("phrases", heapColumns.toArray());
    for (int n : PhraseLists.SIZES) {
      List<String> cells = new ArrayList<>();
      for (String column : heapColumns) {
        Double mb = heapMb(column, n);
        cells.add(mb == null ? NA : f(mb));
      }
      tableRow(String.format(Locale.ROOT, "%,d", n), cells);
    }
    md.append("\nRatio Indicia / baseline (heap; below 1 = Indicia smaller):\n\n");
    header("phrases", BASELINES.toArray());
    for (int n : PhraseLists.SIZES) {
      List<String> cells = new ArrayList<>();
      for (String baseline : BASELINES) {
        Double ratio = ratio(heapMb("INDICIA", n), heapMb(baseline, n));
        cells.add(ratio == null ? NA : x(ratio));
      }
      tableRow(String.format(Locale.ROOT, "%,d", n), cells);
    }
    md.append(
        "\nMethod: build the phrase list, `System.gc()` until used heap stops falling, read the"
            + " MemoryMXBean's used heap, build the matcher, settle and read again while the"
            + " matcher is reachable; retained = difference (serial GC, median of the repeats)."
            + " The phrase strings themselves are not counted. "
            + HeapFootprint.DETECTOR
            + " is a whole detector built from the generated packs of N phrases.\n\n");
  }

  private void endToEnd() {
    md.append("## End to end: `assess` with the built-in packs (`AssessBenchmark`)\n\n");
    md.append("| ads | threads | ads/s | MB/s | alloc B/op |\n|---|---|---|---|---|\n");
    for (String lang : List.of("en", "fr", "mixed")) {
      for (String method : List.of("assess", "assess2Threads")) {
        Optional<JsonNode> r =
            find("AssessBenchmark", method, x -> param(x, "lang").orElse("").equals(lang));
        tableRow(
            lang,
            List.of(
                r.map(x -> x.path("threads").asText())
                    .orElse(method.endsWith("Threads") ? "2" : "1"),
                r.map(x -> f(score(x))).orElse(NA),
                r.map(x -> f(bytesPerSecond(x) / 1e6)).orElse(NA),
                r.map(x -> secondary(x, "gc.alloc.rate.norm")).map(ResultsReport::f).orElse(NA)));
      }
    }
    md.append("\n### Latency on 2 KB ads (`LatencyBenchmark`, SampleTime, µs)\n\n");
    md.append("| p50 | p90 | p99 | p99.9 | max | samples |\n|---|---|---|---|---|---|\n");
    Optional<JsonNode> latency = find("LatencyBenchmark", "assess2KB", r -> true);
    tableRow(
        latency.map(r -> f(percentile(r, "50.0"))).orElse(NA),
        List.of(
            latency.map(r -> f(percentile(r, "90.0"))).orElse(NA),
            latency.map(r -> f(percentile(r, "99.0"))).orElse(NA),
            latency.map(r -> f(percentile(r, "99.9"))).orElse(NA),
            latency.map(r -> f(percentile(r, "100.0"))).orElse(NA),
            latency.map(r -> String.format(Locale.ROOT, "%,d", sampleCount(r))).orElse(NA)));
    md.append(
            "\n### Scaling: `assess` with a generated pack of N phrases (`ScalingAssessBenchmark`)")
        .append("\n\n");
    md.append("N phrases in lexicons of 10, one indicator per lexicon (every fifth a `near` pair);")
        .append(" the same texts as `MatcherBenchmark`, each with its language as hint (mixed ads:")
        .append(
            " detection). `hits=natural`: the phrase list of N (hits grow with N); `hits=fixed`:")
        .append(" the 100-phrase list plus N - 100 phrases that never occur.\n\n");
    md.append(
        "| phrases | ads/s | MB/s | alloc B/op | fixed hits: ads/s | fixed hits: alloc B/op"
            + " | hankcs bare scan MB/s | assess / hankcs |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    for (int n : PhraseLists.SIZES) {
      Optional<JsonNode> r = scaling(n, "natural");
      Optional<JsonNode> fixed = scaling(n, "fixed");
      Double mbps = scalingMbps(n);
      Double hankcs = matcherMbps("HANKCS_DAT", n);
      Double ratio = ratio(mbps, hankcs);
      tableRow(
          String.format(Locale.ROOT, "%,d", n),
          List.of(
              r.map(x -> f(score(x))).orElse(NA),
              mbps == null ? NA : f(mbps),
              r.map(x -> secondary(x, "gc.alloc.rate.norm")).map(ResultsReport::f).orElse(NA),
              fixed.map(x -> f(score(x))).orElse(NA),
              fixed.map(x -> secondary(x, "gc.alloc.rate.norm")).map(ResultsReport::f).orElse(NA),
              hankcs == null ? NA : f(hankcs),
              ratio == null ? NA : x(ratio)));
    }
    md.append("\n### Pack compilation (`PackCompileBenchmark`, single shot, ms)\n\n");
    md.append("| pack | parse + build ms |\n|---|---|\n");
    for (String pack : List.of("builtin", "100", "1000", "10000", "100000")) {
      Optional<JsonNode> r =
          find("PackCompileBenchmark", "compile", x -> param(x, "pack").orElse("").equals(pack));
      tableRow(pack, List.of(r.map(x -> f(score(x))).orElse(NA)));
    }
    md.append('\n');
  }

  private void stages() {
    md.append("## Pipeline stages alone (`StageBenchmark`, every ad of the corpus)\n\n");
    md.append("| stage | ads/s | MB/s | alloc B/op |\n|---|---|---|---|\n");
    for (String stage : List.of("normalize", "detectLanguage")) {
      Optional<JsonNode> r = find("StageBenchmark", stage, x -> true);
      tableRow(
          stage,
          List.of(
              r.map(x -> f(score(x))).orElse(NA),
              r.map(x -> f(bytesPerSecond(x) / 1e6)).orElse(NA),
              r.map(x -> secondary(x, "gc.alloc.rate.norm")).map(ResultsReport::f).orElse(NA)));
    }
    md.append('\n');
  }

  private void verification() {
    md.append("## Checks before timing\n\n");
    if (verifyRows.isEmpty()) {
      md.append("No verifier log in this run.\n\n");
      return;
    }
    md.append("Each matcher against a slow reference on up to 200 ads (counts only; the reference")
        .append(" counts in the matcher's own semantics):\n\n");
    md.append(
        "| matcher | phrases | corpus | semantics | ads | ads that differ | hits found |"
            + " hits expected |\n|---|---|---|---|---|---|---|---|\n");
    Set<String> seen = new LinkedHashSet<>();
    for (String[] v : verifyRows) {
      if (v.length >= 8 && seen.add(String.join("\t", v))) {
        tableRow(v[0], List.of(v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
      }
    }
    md.append('\n');
  }

  private void notes() {
    md.append("## How to read this\n\n");
    md.append("- What one hit is differs by design: Indicia and the Aho-Corasick libraries count")
        .append(" every occurrence (overlaps included); the regex alternation counts")
        .append(" non-overlapping leftmost-longest hits; Lucene Monitor counts matching queries")
        .append(" (distinct phrases). Between the words of a phrase the string matchers (regex,")
        .append(
            " Aho-Corasick) need the phrase's single space, Indicia accepts any separator inside")
        .append(
            " a clause (not `. , ; : ! ?` or a line break), Lucene any separator. The reference")
        .append(" follows each matcher's rule, so a difference in the checks below is a bug.\n")
        .append("- REGEX is guarded above 10,000 phrases (`-Dindicia.bench.regex.maxPhrases`):")
        .append(" a backtracking alternation tries every phrase at every position.\n")
        .append("- Indicia's matcher includes its normalization (NFKC, case and accent folding)")
        .append(" and tokenization; the baselines only lower-case.\n")
        .append("- The machine has 2 cores shared with other work; a quick run has wide errors.")
        .append(" Compare ratios within one run, not absolute figures across runs.\n")
        .append("- Corpus: `corpus=synthetic` is generated by `CorpusGenerator` (seed ")
        .append("20251129, see `benchmarks/PROVENANCE.md`); `-p corpus=shared` reads the real ads")
        .append(" of `../shared/data/` at run time.\n");
  }

  // ------------------------------------------------------------------ lookups

  private Optional<JsonNode> find(String clazz, String method, Predicate<JsonNode> filter) {
    return results.stream()
        .filter(r -> r.path("benchmark").asText().endsWith("." + clazz + "." + method))
        .filter(filter)
        .findFirst();
  }

  private Optional<JsonNode> matcher(String type, int phrases) {
    return find(
        "MatcherBenchmark",
        "scan",
        r ->
            param(r, "matcher").orElse("").equals(type)
                && param(r, "phrases").orElse("").equals(Integer.toString(phrases)));
  }

  private Optional<JsonNode> scaling(int phrases, String hits) {
    return find(
        "ScalingAssessBenchmark",
        "assess",
        r ->
            param(r, "phrases").orElse("").equals(Integer.toString(phrases))
                && param(r, "hits").orElse("natural").equals(hits));
  }

  private Double matcherMbps(String type, int phrases) {
    return matcher(type, phrases).map(r -> bytesPerSecond(r) / 1e6).orElse(null);
  }

  private Double scalingMbps(int phrases) {
    return scaling(phrases, "natural").map(r -> bytesPerSecond(r) / 1e6).orElse(null);
  }

  private Double scalingAlloc(int phrases, String hits) {
    return scaling(phrases, hits).map(r -> secondary(r, "gc.alloc.rate.norm")).orElse(null);
  }

  private Double compileMillis(String type, int phrases) {
    return find(
            "CompileBenchmark",
            "compile",
            r ->
                param(r, "matcher").orElse("").equals(type)
                    && param(r, "phrases").orElse("").equals(Integer.toString(phrases)))
        .map(r -> toMillis(score(r), r.path("primaryMetric").path("scoreUnit").asText()))
        .orElse(null);
  }

  private Double heapMb(String type, int phrases) {
    for (JsonNode row : heapRows) {
      if (row.path("matcher").asText().equals(type)
          && row.path("phrases").asInt() == phrases
          && row.path("retainedBytes").isNumber()) {
        return row.path("retainedBytes").asDouble() / 1e6;
      }
    }
    return null;
  }

  private static Optional<String> param(JsonNode result, String name) {
    JsonNode value = result.path("params").path(name);
    return value.isMissingNode() ? Optional.empty() : Optional.of(value.asText());
  }

  private static double score(JsonNode result) {
    return result.path("primaryMetric").path("score").asDouble();
  }

  /** JMH's 99.9 % error over the score; NaN with a single iteration (JMH writes "NaN"). */
  private static double relativeError(JsonNode result) {
    double score = score(result);
    JsonNode error = result.path("primaryMetric").path("scoreError");
    if (!error.isNumber() || score == 0) {
      return Double.NaN;
    }
    return error.asDouble() / score;
  }

  private static String withError(double value, double relativeError) {
    return Double.isNaN(relativeError) ? f(value) : f(value) + " ± " + f(value * relativeError);
  }

  private static double bytesPerSecond(JsonNode result) {
    Double bytes = secondary(result, "bytes");
    return bytes == null ? Double.NaN : bytes;
  }

  private static Double secondary(JsonNode result, String name) {
    JsonNode metric = result.path("secondaryMetrics").path(name);
    return metric.isMissingNode() ? null : metric.path("score").asDouble();
  }

  private static Double percentile(JsonNode result, String key) {
    JsonNode value = result.path("primaryMetric").path("scorePercentiles").path(key);
    return value.isMissingNode() ? null : value.asDouble();
  }

  private static long sampleCount(JsonNode result) {
    long count = 0;
    for (JsonNode fork : result.path("primaryMetric").path("rawDataHistogram")) {
      for (JsonNode iteration : fork) {
        for (JsonNode bucket : iteration) {
          count += bucket.path(1).asLong();
        }
      }
    }
    return count;
  }

  private static double toMillis(double value, String unit) {
    return switch (unit) {
      case "s/op" -> value * 1e3;
      case "us/op" -> value / 1e3;
      case "ns/op" -> value / 1e6;
      default -> value;
    };
  }

  private static Double ratio(Double a, Double b) {
    if (a == null || b == null || b == 0 || a.isNaN() || b.isNaN()) {
      return null;
    }
    return a / b;
  }

  private static String shortName(JsonNode result) {
    String name = result.path("benchmark").asText();
    int dot = name.lastIndexOf('.', name.lastIndexOf('.') - 1);
    return name.substring(dot + 1);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }

  // ------------------------------------------------------------------ machine facts

  private static String cpuModel() {
    return readLines("/proc/cpuinfo").stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse(System.getProperty("os.arch"));
  }

  private static String memory() {
    return readLines("/proc/meminfo").stream()
        .filter(line -> line.startsWith("MemTotal:"))
        .map(line -> line.replaceAll("[^0-9]", ""))
        .map(kb -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1024.0 / 1024.0))
        .findFirst()
        .orElse(NA);
  }

  private static String loadAverage() {
    List<String> lines = readLines("/proc/loadavg");
    if (lines.isEmpty()) {
      return NA;
    }
    String[] parts = lines.get(0).split(" ");
    return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : NA;
  }

  private static List<String> readLines(String file) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  // ------------------------------------------------------------------ Markdown

  private void row(String key, String value) {
    md.append("| ").append(key).append(" | ").append(value).append(" |\n");
  }

  private void goal(String goal, String measured, Boolean met) {
    md.append("| ")
        .append(goal)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met == null ? NA : met ? "yes" : "**no**")
        .append(" |\n");
  }

  private void header(String first, Object[] columns) {
    md.append("| ").append(first);
    for (Object column : columns) {
      md.append(" | ").append(column);
    }
    md.append(" |\n|---");
    for (int i = 0; i < columns.length; i++) {
      md.append("|---");
    }
    md.append("|\n");
  }

  private void tableRow(String first, List<String> cells) {
    md.append("| ").append(first);
    for (String cell : cells) {
      md.append(" | ").append(cell);
    }
    md.append(" |\n");
  }

  /** Three significant figures, thousands separated. */
  static String f(Double value) {
    if (value == null || value.isNaN()) {
      return NA;
    }
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String x(double ratio) {
    return f(ratio) + "x";
  }
}
