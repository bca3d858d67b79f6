package org.indicia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.indicia.spi.AdvisoryModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indicia train-framing}: trains a language's advisory model on labelled texts. */
@Command(
    name = "train-framing",
    mixinStandardHelpOptions = true,
    header = "Trains an advisory model (the learned side of framing) on labelled JSONL texts.",
    sortOptions = false,
    description =
        "Reads labelled JSONL texts ({\"id\":..,\"register\":..,\"expect\":[..],\"text\":..}, the"
            + " blind sets' format): texts of the advisory register with no expected category are"
            + " advisory material, every other text is not. Writes the model to --out (a text file a"
            + " language module ships as its profile's advisory model). With --cross-check, first"
            + " trains once per input file on the other files and reports, per held-out file, the"
            + " share of its advisory texts read as advisory and of its other texts read so: how the"
            + " model does on an author it has not seen. Prints figures and ids, never text.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; 2  usage error or malformed input; 3  internal error"})
final class TrainFramingCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Labelled JSONL files.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model.")
  Path out;

  @Option(names = "--advisory-register", paramLabel = "NAME", defaultValue = "awareness_policy",
      description = "The register of advisory texts (default: ${DEFAULT-VALUE}).")
  String register;

  @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.8",
      description = "Probability at or above which a text reads as advisory (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--c", paramLabel = "C", defaultValue = "10",
      description = "Inverse L2 regularization strength (default: ${DEFAULT-VALUE}).")
  double c;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
      description = "Texts a feature must occur in to get a weight (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--cross-check", description = "Report leave-one-file-out figures before training.")
  boolean crossCheck;

  private record Labelled(String file, String id, boolean advisory, boolean concerning, String text) {}

  @Override
  public Integer call() throws IOException {
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
    var err = spec.commandLine().getErr();
    if (crossCheck) {
      int advisory = 0;
      int advisoryRead = 0;
      int others = 0;
      int othersRead = 0;
      int concerning = 0;
      int concerningRead = 0;
      for (Path held : files) {
        String name = held.toString();
        List<Labelled> train = texts.stream().filter(t -> !t.file().equals(name)).toList();
        AdvisoryModel m = train(train);
        int a = 0;
        int ar = 0;
        int o = 0;
        int or = 0;
        List<String> flagged = new ArrayList<>();
        for (Labelled t : texts) {
          if (!t.file().equals(name)) {
            continue;
          }
          boolean read = m.read(t.text(), 0).advisory();
          if (t.advisory()) {
            a++;
            ar += read ? 1 : 0;
          } else {
            o++;
            if (read) {
              or++;
              flagged.add(t.id());
            }
            if (t.concerning()) {
              concerning++;
              concerningRead += read ? 1 : 0;
            }
          }
        }
        advisory += a;
        advisoryRead += ar;
        others += o;
        othersRead += or;
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: advisory read %d/%d, others read as advisory %d/%d %s%n",
            held.getFileName(), ar, a, or, o, flagged);
      }
      spec.commandLine().getOut().printf(Locale.ROOT,
          "all held out: advisory read %d/%d (%.1f %%), others read as advisory %d/%d (%.2f %%), of them concerning"
              + " %d/%d%n",
          advisoryRead, advisory, 100.0 * advisoryRead / Math.max(1, advisory), othersRead, others,
          100.0 * othersRead / Math.max(1, others), concerningRead, concerning);
    }
    if (out != null) {
      AdvisoryModel m = train(texts);
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        m.write(w);
      }
      err.printf(Locale.ROOT, "indicia: %d texts, %d features, threshold %.2f: %s%n", texts.size(), m.size(),
          m.threshold(), out);
    }
    return ExitCodes.OK;
  }

  private AdvisoryModel train(List<Labelled> texts) {
    return AdvisoryModel.train(texts.stream().map(Labelled::text).toList(),
        texts.stream().map(Labelled::advisory).toList(), minCount, c, threshold);
  }

  private void read(Path f, List<Labelled> into) throws IOException {
    if (!Files.isRegularFile(f)) {
      throw new ParameterException(spec.commandLine(), f + ": no such file");
    }
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new ParameterException(spec.commandLine(), f + ":" + n + ": not JSON");
        }
        JsonNode text = node.path("text");
        if (!text.isTextual()) {
          throw new ParameterException(spec.commandLine(), f + ":" + n + ": no text");
        }
        boolean concerning = node.path("expect").size() > 0;
        boolean advisory = !concerning && register.equals(node.path("register").asText(""));
        into.add(new Labelled(f.toString(), node.path("id").asText("line " + n), advisory, concerning, text.asText()));
      }
    }
  }
}
