package org.indicia.benchmarks.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Checks a matcher against {@link ReferenceMatcher} on a sample of texts before it is timed. A
 * difference does not stop the benchmark: it is reported once, to stderr, as counts only (never
 * text), and appended to the file named by {@code -Dindicia.bench.verifyLog} when set, for
 * RESULTS.md.
 */
public final class MatcherVerifier {

  /** How many texts of the corpus the check reads. */
  public static final int SAMPLE_SIZE = 200;

  /** The check stops after this long once it has read {@link #MIN_SAMPLE} texts. */
  static final long TIME_BUDGET_NANOS = 5_000_000_000L;

  static final int MIN_SAMPLE = 20;

  private MatcherVerifier() {}

  /** The outcome of one check. */
  public record Outcome(
      MatcherType type,
      int phrases,
      String corpus,
      int texts,
      int differingTexts,
      long found,
      long expected) {

    public boolean agrees() {
      return differingTexts == 0;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%s\t%d\t%s\t%s\t%d\t%d\t%d\t%d",
          type,
          phrases,
          corpus,
          type.semantics(),
          texts,
          differingTexts,
          found,
          expected);
    }
  }

  /**
   * Runs {@code matcher} and the reference on the first {@link #SAMPLE_SIZE} of {@code texts}
   * (fewer, but at least {@link #MIN_SAMPLE}, when that takes over five seconds).
   */
  public static Outcome verify(
      MatcherType type,
      PhraseMatcherFacade matcher,
      List<String> phrases,
      String[] texts,
      String corpus) {
    ReferenceMatcher reference = new ReferenceMatcher(phrases, type.foldsAccents());
    int sample = Math.min(SAMPLE_SIZE, texts.length);
    int differing = 0;
    long found = 0;
    long expected = 0;
    long deadline = System.nanoTime() + TIME_BUDGET_NANOS;
    for (int i = 0; i < sample; i++) {
      if (i >= MIN_SAMPLE && System.nanoTime() > deadline) {
        sample = i; // a slow matcher (Lucene Monitor, regex at 10,000) gets a smaller sample
        break;
      }
      int actual = matcher.countMatches(texts[i]);
      int wanted = reference.count(texts[i], type.semantics(), type.gap());
      found += actual;
      expected += wanted;
      if (actual != wanted) {
        differing++;
      }
    }
    Outcome outcome = new Outcome(type, phrases.size(), corpus, sample, differing, found, expected);
    report(outcome);
    return outcome;
  }

  private static void report(Outcome outcome) {
    String message =
        outcome.agrees()
            ? String.format(
                Locale.ROOT,
                "[verify] %s at %d phrases (%s): agrees with the reference on %d texts (%d hits,"
                    + " %s)",
                outcome.type(),
                outcome.phrases(),
                outcome.corpus(),
                outcome.texts(),
                outcome.found(),
                outcome.type().semantics())
            : String.format(
                Locale.ROOT,
                "[verify] %s at %d phrases (%s): %d of %d texts differ from the reference"
                    + " (%d hits found, %d expected, %s)",
                outcome.type(),
                outcome.phrases(),
                outcome.corpus(),
                outcome.differingTexts(),
                outcome.texts(),
                outcome.found(),
                outcome.expected(),
                outcome.type().semantics());
    System.err.println(message);
    String log = System.getProperty("indicia.bench.verifyLog");
    if (log != null) {
      try {
        Files.writeString(
            Path.of(log),
            outcome.line() + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        System.err.println("[verify] cannot append to " + log + ": " + e.getMessage());
      }
    }
  }
}
