package org.indicia.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** How documents are read from input files (scan, eval). */
final class InputOptions {
  /** Input formats. */
  enum Format {
    AUTO,
    JSONL,
    CSV,
    TEXT
  }

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto, jsonl, csv or text (default: ${DEFAULT-VALUE}). auto goes by extension (.jsonl"
              + " .ndjson .json: JSONL; .csv: CSV; else text); on standard input, JSONL when the"
              + " first character is '{', text otherwise.")
  Format format = Format.AUTO;

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      defaultValue = "id",
      description =
          "JSONL field or CSV column holding the document id (default: ${DEFAULT-VALUE}).")
  String idColumn = "id";

  @Option(
      names = "--text-column",
      paramLabel = "NAME",
      description =
          "JSONL field or CSV column holding the text (default: text); repeatable: several are"
              + " joined with a blank line, in the order given, and offsets refer to the joined"
              + " text.")
  List<String> textColumns;

  @Option(
      names = "--lang-column",
      paramLabel = "NAME",
      defaultValue = "lang",
      description =
          "JSONL field or CSV column with a language hint, used when present (default:"
              + " ${DEFAULT-VALUE}).")
  String langColumn = "lang";

  @Option(
      names = "--lines",
      description = "Plain text: one document per line (id FILE:LINE); otherwise one per file.")
  boolean lines;

  List<String> textColumns() {
    return textColumns == null || textColumns.isEmpty()
        ? List.of("text")
        : List.copyOf(textColumns);
  }
}
