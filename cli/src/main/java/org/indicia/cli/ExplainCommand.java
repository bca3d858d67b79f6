package org.indicia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.indicia.Assessment;
import org.indicia.Category;
import org.indicia.DetectedLanguage;
import org.indicia.Detector;
import org.indicia.Evasion;
import org.indicia.Explanation;
import org.indicia.Finding;
import org.indicia.Framing;
import org.indicia.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code indicia explain}: how one text was assessed, step by step, for pack authors and reviewers.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Shows how one text is assessed, step by step.",
    sortOptions = false,
    description =
        "Assesses one text and shows how: the evidence highlighted in the original text, the"
            + " normalized text, its tokens, the atoms that fired, each candidate indicator's"
            + " result, the findings, the scores and the level.")
final class ExplainCommand implements Callable<Integer> {
  private static final String MARK_ON = "\u001B[1;4;31m";
  private static final String MARK_OFF = "\u001B[0m";

  /** When to colour the evidence. */
  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Spec CommandSpec spec;

  @Mixin PackOptions packs;

  @Parameters(paramLabel = "TEXT", arity = "0..1", description = "The text to explain.")
  String text;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read the text from a UTF-8 file (- for standard input) instead.")
  String file;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Highlight evidence with ANSI colour: auto (on a terminal), always, never; otherwise"
              + " [brackets].")
  Color color = Color.AUTO;

  @Override
  public Integer call() throws Exception {
    if ((text == null) == (file == null)) {
      throw new ParameterException(spec.commandLine(), "give either TEXT or --file FILE");
    }
    String input = text != null ? text : read(file);
    Detector detector = packs.detector();
    Explanation e = detector.explain(packs.document("explain", input, null));
    print(spec.commandLine().getOut(), input, e);
    return ExitCodes.OK;
  }

  private static String read(String file) throws InputException, IOException {
    byte[] bytes;
    try (InputStream in =
        file.equals(Inputs.STDIN) ? System.in : Files.newInputStream(Path.of(file))) {
      bytes = in.readNBytes(LineReader.MAX_LINE_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file: " + file);
    }
    if (bytes.length > LineReader.MAX_LINE_BYTES) {
      throw new InputException(file + ": larger than " + LineReader.MAX_LINE_BYTES + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputException(file + ": not valid UTF-8");
    }
  }

  private void print(PrintWriter out, String text, Explanation e) {
    Assessment a = e.assessment();
    boolean ansi = color == Color.ALWAYS || color == Color.AUTO && Progress.interactive();
    out.println("Packs:      " + String.join(", ", a.packs()));
    if (!a.overlays().isEmpty()) {
      out.println("Overlays:   " + String.join(", ", a.overlays()));
    }
    out.println(
        "Languages:  "
            + a.languages().stream()
                .map(ExplainCommand::language)
                .collect(Collectors.joining(", ")));
    out.println(
        String.format(
            Locale.ROOT,
            "Level:      %s (score %.4f)%s",
            a.level(),
            a.score(),
            a.truncated() ? ", text truncated" : ""));
    out.println("Framing:    " + framing(a));
    out.println();
    out.println("Text, evidence " + (ansi ? "highlighted" : "in [brackets]") + ":");
    out.println(indent(highlight(text, evidence(a), ansi)));
    out.println();
    out.println("Normalized:");
    out.println(indent(e.normalized()));
    out.println();
    out.println("Tokens (" + e.tokens().size() + "):");
    out.println(indent(String.join(" | ", e.tokens())));
    out.println();
    atoms(out, e);
    indicators(out, e);
    overlayEffects(out, e);
    findings(out, a);
    evasions(out, a);
    scores(out, a);
    out.flush();
  }

  private static String framing(Assessment a) {
    Framing f = a.framing();
    String counts = f.advisoryCues() + " advisory cue(s), " + f.situatedCues() + " situated";
    if (!f.held()) {
      return "situated (" + counts + ")";
    }
    return (f.advisory() ? "advisory" : "ordinary, by the learned reading") + " (" + counts
        + "; level held at LOW at most): " + f.evidence().stream().map(s -> quote(s.text())).collect(Collectors.joining(", "));
  }

  private static String language(DetectedLanguage l) {
    return String.format(
        Locale.ROOT,
        "%s (%s, %.2f)",
        l.code(),
        l.source().name().toLowerCase(Locale.ROOT),
        l.confidence());
  }

  private static void atoms(PrintWriter out, Explanation e) {
    out.println("Atoms fired (" + e.atoms().size() + "):");
    for (Explanation.AtomHit h : e.atoms()) {
      String folds =
          h.folds().isEmpty()
              ? ""
              : "  undone: "
                  + h.folds().stream()
                      .map(k -> k.name().toLowerCase(Locale.ROOT))
                      .collect(Collectors.joining(", "));
      out.println(
          String.format(
              Locale.ROOT,
              "  %-30s %-12s %s%s",
              quote(h.atom()),
              range(h.span()),
              quote(h.span().text()),
              folds));
    }
    out.println();
  }

  private static void indicators(PrintWriter out, Explanation e) {
    out.println("Indicators with an atom hit (" + e.indicators().size() + "):");
    for (Explanation.IndicatorTrace t : e.indicators()) {
      String result;
      if (!t.languageApplied()) {
        result = "pack language not applied";
      } else {
        result =
            "match "
                + (t.matched() ? "yes" : "no")
                + (t.negatedHits() > 0
                    ? " ("
                        + t.negatedHits()
                        + (t.negatedHits() == 1 ? " hit" : " hits")
                        + " negated)"
                    : "")
                + (t.foldRefusedHits() > 0
                    ? " ("
                        + t.foldRefusedHits()
                        + (t.foldRefusedHits() == 1 ? " hit" : " hits")
                        + " through a fold the pack refuses)"
                    : "")
                + ", unless "
                + (t.excluded() ? "yes" + excludedBy(t) : "no");
      }
      for (Explanation.OverlayEffect fx : e.overlayEffects()) {
        if (fx.kind() == Explanation.OverlayEffect.Kind.ALLOWED_OUT
            && fx.indicator().equals(t.indicator())) {
          result +=
              fx.detail().startsWith("unless")
                  ? " (an unless match in text an overlay allows was ignored)"
                  : " (evidence in text an overlay allows was dropped)";
          break;
        }
      }
      out.println(
          String.format(
              Locale.ROOT,
              "  %-40s %-18s %s -> %s",
              t.indicator(),
              t.pack(),
              result,
              t.fired() ? "FIRED" : "not fired"));
    }
    out.println();
  }

  /** What the overlays changed for this text: only with {@code --overlay}. */
  private static void overlayEffects(PrintWriter out, Explanation e) {
    if (e.assessment().overlays().isEmpty()) {
      return;
    }
    out.println("Overlay effects (" + e.overlayEffects().size() + "):");
    for (Explanation.OverlayEffect fx : e.overlayEffects()) {
      String spans = fx.spans().stream().map(s -> range(s) + " " + quote(s.text())).collect(Collectors.joining(", "));
      out.println(
          "  "
              + fx.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
              + (fx.indicator().isEmpty() ? "" : " " + fx.indicator())
              + ": "
              + fx.detail()
              + (spans.isEmpty() ? "" : "; evidence " + spans)
              + "  ["
              + fx.overlay()
              + "]");
    }
    out.println();
  }

  private static void findings(PrintWriter out, Assessment a) {
    out.println("Findings (" + a.findings().size() + "):");
    for (Finding f : a.findings()) {
      List<String> flags = new ArrayList<>();
      if (f.strong()) {
        flags.add("strong");
      }
      flags.add(Json.scoring(f));
      out.println(
          String.format(
              Locale.ROOT,
              "  %s  %s  weight %.2f  %s  %s",
              f.indicator(),
              f.category(),
              f.weight(),
              String.join(", ", flags),
              f.pack()));
      out.println("    " + f.description());
      for (Span s : f.spans()) {
        out.println("    " + range(s) + " " + quote(s.text()));
      }
    }
    out.println();
  }

  private static void evasions(PrintWriter out, Assessment a) {
    if (a.evasions().isEmpty()) {
      return;
    }
    out.println("Disguises undone in the evidence (" + a.evasions().size() + "):");
    for (Evasion v : a.evasions()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-18s %-12s %s",
              v.kind().name().toLowerCase(Locale.ROOT),
              range(v.span()),
              quote(v.span().text())));
    }
    out.println();
  }

  private static void scores(PrintWriter out, Assessment a) {
    out.println("Scores:");
    for (Map.Entry<Category, Double> c : a.categoryScores().entrySet()) {
      out.println(String.format(Locale.ROOT, "  %-24s %.4f", c.getKey(), c.getValue()));
    }
    out.println(String.format(Locale.ROOT, "  %-24s %.4f -> %s", "overall", a.score(), a.level()));
  }

  /** The evidence spans of all findings, sorted and merged where they overlap or touch. */
  static List<int[]> evidence(Assessment a) {
    List<int[]> spans = new ArrayList<>();
    for (Finding f : a.findings()) {
      for (Span s : f.spans()) {
        spans.add(new int[] {s.start(), s.end()});
      }
    }
    spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    return merged;
  }

  /** The text with each evidence range in [brackets] or ANSI colour. */
  static String highlight(String text, List<int[]> ranges, boolean ansi) {
    StringBuilder sb = new StringBuilder(text.length() + ranges.size() * 12);
    int at = 0;
    for (int[] r : ranges) {
      sb.append(text, at, r[0])
          .append(ansi ? MARK_ON : "[")
          .append(text, r[0], r[1])
          .append(ansi ? MARK_OFF : "]");
      at = r[1];
    }
    return sb.append(text, at, text.length()).toString();
  }

  private static String indent(String s) {
    return "  " + s.replace("\n", "\n  ");
  }

  private static String range(Span s) {
    return "[" + s.start() + ", " + s.end() + ")";
  }

  private static String quote(String s) {
    return '"' + s.replace("\n", "\\n") + '"';
  }

  /** Where an indicator's {@code unless} matched, for pack authors: " at [start,end) 'text', ...". */
  private static String excludedBy(org.indicia.Explanation.IndicatorTrace t) {
    StringBuilder sb = new StringBuilder();
    for (org.indicia.Span sp : t.excludedBy()) {
      sb.append(sb.length() == 0 ? " at " : ", ")
          .append('[').append(sp.start()).append(',').append(sp.end()).append(") '").append(sp.text()).append('\'');
    }
    return sb.toString();
  }
}
