package org.indicia.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.indicia.spi.ReadingModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia train-framing}: trains a language's advisory or ordinary reading model on labelled texts. */
@Command(
    name = "train-framing",
    mixinStandardHelpOptions = true,
    header = "Trains a reading model (the learned side of framing) on labelled JSONL texts.",
    sortOptions = false,
    description =
        "Reads labelled JSONL texts ({\"id\":..,\"register\":..,\"expect\":[..],\"text\":..}, the"
            + " blind sets' format). With --kind advisory, texts of the advisory register with no"
            + " expected category are of the kind; with --kind ordinary, every text with no expected"
            + " category is; every other text is not. Writes the model to --out (a text file a"
            + " language module ships as its profile's advisory or ordinary model). With"
            + " --cross-check, first trains once per input file on the other files and reports, per"
            + " held-out file, the share of its texts of the kind read so and of its other texts"
            + " read so, then the same over all files at a range of thresholds: how the model does"
            + " on an author it has not seen. Prints figures and ids, never text.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; 2  usage error or malformed input; 3  internal error"})
final class TrainFramingCommand implements Callable<Integer> {
  /** The thresholds the cross-check summary reports. */
  private static final double[] GRID = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99};

  /** Which texts a model reads as its kind. */
  enum Kind { advisory, ordinary }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Labelled JSONL files.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model.")
  Path out;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "advisory",
      description = "advisory (advisory material) or ordinary (any text with no expected category)"
          + " (default: ${DEFAULT-VALUE}).")
  Kind kind;

  @Option(names = "--advisory-register", paramLabel = "NAME", defaultValue = "awareness_policy",
      description = "The register of advisory texts (default: ${DEFAULT-VALUE}).")
  String register;

  @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.8",
      description = "Probability at or above which a text reads as the kind (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Mixin TrainingOptions training;

  @Option(names = "--cross-check", description = "Report leave-one-file-out figures before training.")
  boolean crossCheck;

  private record Labelled(String file, String id, boolean ofKind, boolean concerning, String text) {}

  @Override
  public Integer call() throws IOException, InputException {
    if (out == null && !crossCheck) {
      throw new ParameterException(spec.commandLine(), "nothing to do: give --out, --cross-check or both");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new ParameterException(spec.commandLine(), "--threshold must be in (0, 1)");
    }
    List<Labelled> texts = new ArrayList<>();
    for (Path f : files) {
      read(f, texts);
    }
    if (crossCheck) {
      crossCheck(texts);
    }
    if (out != null) {
      ReadingModel m = train(texts);
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        m.write(w);
      }
      spec.commandLine().getErr().printf(Locale.ROOT, "indicia: %s model, %d texts, %d features, threshold %.2f: %s%n",
          kind, texts.size(), m.size(), m.threshold(), out);
    }
    return ExitCodes.OK;
  }

  /** Leave one file out: per file at --threshold, then over all files at each threshold of {@link #GRID}. */
  private void crossCheck(List<Labelled> texts) {
    var o = spec.commandLine().getOut();
    List<Labelled> held = new ArrayList<>();
    List<Double> probability = new ArrayList<>();
    for (Path f : files) {
      String name = f.toString();
      ReadingModel m = train(texts.stream().filter(t -> !t.file().equals(name)).toList());
      int k = 0;
      int kr = 0;
      int others = 0;
      List<String> flagged = new ArrayList<>();
      for (Labelled t : texts) {
        if (!t.file().equals(name)) {
          continue;
        }
        double p = m.probability(t.text());
        held.add(t);
        probability.add(p);
        boolean read = p >= threshold;
        if (t.ofKind()) {
          k++;
          kr += read ? 1 : 0;
        } else {
          others++;
          if (read) {
            flagged.add(t.id());
          }
        }
      }
      o.printf(Locale.ROOT, "%s: %s read %d/%d, others read as %s %d/%d %s%n",
          f.getFileName(), kind, kr, k, kind, flagged.size(), others, flagged);
    }
    for (double g : GRID) {
      int k = 0;
      int kr = 0;
      int others = 0;
      int othersRead = 0;
      int concerning = 0;
      int concerningRead = 0;
      for (int i = 0; i < held.size(); i++) {
        Labelled t = held.get(i);
        boolean read = probability.get(i) >= g;
        if (t.ofKind()) {
          k++;
          kr += read ? 1 : 0;
        } else {
          others++;
          othersRead += read ? 1 : 0;
          if (t.concerning()) {
            concerning++;
            concerningRead += read ? 1 : 0;
          }
        }
      }
      o.printf(Locale.ROOT,
          "all held out, threshold %.2f: %s read %d/%d (%.1f %%), others read so %d/%d (%.2f %%), of them"
              + " concerning %d/%d%n",
          g, kind, kr, k, 100.0 * kr / Math.max(1, k), othersRead, others, 100.0 * othersRead / Math.max(1, others),
          concerningRead, concerning);
    }
  }

  private ReadingModel train(List<Labelled> texts) {
    return ReadingModel.train(texts.stream().map(Labelled::text).toList(),
        texts.stream().map(Labelled::ofKind).toList(), training.minCount, training.c, threshold);
  }

  private void read(Path f, List<Labelled> into) throws IOException, InputException {
    for (LabelledTexts.Text t : LabelledTexts.read(f)) {
      boolean ofKind = !t.concerning() && (kind == Kind.ordinary || register.equals(t.register()));
      into.add(new Labelled(t.file(), t.id(), ofKind, t.concerning(), t.text()));
    }
  }
}
