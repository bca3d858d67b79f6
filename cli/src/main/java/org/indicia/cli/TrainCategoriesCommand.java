package org.indicia.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.indicia.Category;
import org.indicia.spi.CategoryModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia train-categories}: trains a language's category model on labelled texts. */
@Command(
    name = "train-categories",
    mixinStandardHelpOptions = true,
    header = "Trains a category model (learned readings of categories) on labelled JSONL texts.",
    sortOptions = false,
    description =
        "Reads labelled JSONL texts ({\"id\":..,\"register\":..,\"expect\":[..],\"text\":..}, the"
            + " blind sets' format) and trains, per category, a logistic regression of the texts that"
            + " expect it against all others. Writes the model to --out (a text file a language module"
            + " ships as its profile's category model). With --check, the files named there are held"
            + " out: the model is first trained without them and read on them, and per category and"
            + " over a range of thresholds the command reports how many of their expected categories"
            + " it reads, and how many categories it reads that a text does not expect (on concerning"
            + " and on benign texts): how the model does on an author it has not seen. Prints figures"
            + " and ids, never text.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; 2  usage error or malformed input; 3  internal error"})
final class TrainCategoriesCommand implements Callable<Integer> {
  /** The thresholds the check reports. */
  private static final double[] GRID = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Labelled JSONL files to train on.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (trained on every FILE).")
  Path out;

  @Option(names = "--check", paramLabel = "FILE",
      description = "A FILE to hold out and report on (repeatable); must also be given as a FILE.")
  List<Path> check = new ArrayList<>();

  @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.6",
      description = "Probability at or above which a category reads as described (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--keep", paramLabel = "N", defaultValue = "2000",
      description = "Features of largest weight each category keeps; 0 keeps all (default: ${DEFAULT-VALUE}).")
  int keep;

  @Mixin TrainingOptions training;

  @Override
  public Integer call() throws IOException, InputException {
    if (out == null && check.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to do: give --out, --check or both");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new ParameterException(spec.commandLine(), "--threshold must be in (0, 1)");
    }
    if (keep < 0) {
      throw new ParameterException(spec.commandLine(), "--keep must not be negative");
    }
    List<LabelledTexts.Text> texts = new ArrayList<>();
    for (Path f : files) {
      texts.addAll(LabelledTexts.read(f));
    }
    if (!check.isEmpty()) {
      check(texts);
    }
    if (out != null) {
      CategoryModel m = train(texts);
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        m.write(w);
      }
      spec.commandLine().getErr().printf(Locale.ROOT,
          "indicia: category model, %d texts, %d categories, %d features, threshold %.2f: %s%n",
          texts.size(), m.categories().size(), m.size(), m.threshold(), out);
    }
    return ExitCodes.OK;
  }

  /** Trains without the --check files, then reports on them per category and per threshold of {@link #GRID}. */
  private void check(List<LabelledTexts.Text> texts) {
    List<String> held = new ArrayList<>();
    for (Path f : check) {
      if (!files.contains(f)) {
        throw new ParameterException(spec.commandLine(), "--check " + f + " is not among the files");
      }
      held.add(f.toString());
    }
    List<LabelledTexts.Text> train = texts.stream().filter(t -> !held.contains(t.file())).toList();
    List<LabelledTexts.Text> test = texts.stream().filter(t -> held.contains(t.file())).toList();
    if (train.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--check holds out every file: nothing left to train on");
    }
    CategoryModel m = train(train);
    List<Map<Category, Double>> p = test.stream().map(t -> m.probabilities(t.text())).toList();
    var o = spec.commandLine().getOut();
    for (Category cat : m.categories()) {
      int expected = 0;
      int read = 0;
      int wrong = 0;
      for (int i = 0; i < test.size(); i++) {
        boolean expects = test.get(i).expect().contains(cat);
        boolean reads = p.get(i).get(cat) >= threshold;
        expected += expects ? 1 : 0;
        read += expects && reads ? 1 : 0;
        wrong += !expects && reads ? 1 : 0;
      }
      o.printf(Locale.ROOT, "%s: read %d/%d expected, %d not expected, threshold %.2f%n", cat, read, expected, wrong,
          threshold);
    }
    for (double g : GRID) {
      int expected = 0;
      int read = 0;
      int wrongConcerning = 0;
      int wrongBenign = 0;
      for (int i = 0; i < test.size(); i++) {
        LabelledTexts.Text t = test.get(i);
        for (Map.Entry<Category, Double> e : p.get(i).entrySet()) {
          boolean reads = e.getValue() >= g;
          if (t.expect().contains(e.getKey())) {
            read += reads ? 1 : 0;
          } else if (reads) {
            wrongConcerning += t.concerning() ? 1 : 0;
            wrongBenign += t.concerning() ? 0 : 1;
          }
        }
        expected += t.expect().size();
      }
      o.printf(Locale.ROOT,
          "held out, threshold %.2f: expected categories read %d/%d (%.1f %%), not expected: %d on concerning"
              + " texts, %d on benign texts%n",
          g, read, expected, 100.0 * read / Math.max(1, expected), wrongConcerning, wrongBenign);
    }
  }

  private CategoryModel train(List<LabelledTexts.Text> texts) {
    List<Set<Category>> labels = texts.stream().map(LabelledTexts.Text::expect).toList();
    try {
      return CategoryModel.train(texts.stream().map(LabelledTexts.Text::text).toList(), labels, training.minCount,
          training.c, threshold, keep);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
