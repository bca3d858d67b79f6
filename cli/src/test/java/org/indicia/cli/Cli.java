package org.indicia.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process and captures what it writes. */
final class Cli {
  /** An exit code and the captured streams. */
  record Run(int code, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /**
   * A pack for tests, with exact expectations: {@code keep/hold ... passport/documents} (0.7,
   * strong; MEDIUM alone), {@code recruitment/processing fee} (0.5; MEDIUM alone; negated by "no"),
   * {@code whatsapp only} (0.3; LOW alone). Retention with a fee reaches HIGH (0.85).
   */
  static final String PACK =
      String.join(
          "\n",
          "pack: t-en",
          "language: en",
          "version: 1.2.3",
          "description: A pack written for the CLI tests.",
          "analysis:",
          "  negation: {cues: [no, never], scope: 3}",
          "lexicons:",
          "  docs: [passport, documents]",
          "indicators:",
          "  - id: t.docs",
          "    category: DOCUMENT_RETENTION",
          "    weight: 0.7",
          "    strong: true",
          "    tags: [documents]",
          "    description: The employer keeps the documents.",
          "    source: Test.",
          "    match: {near: {within: 4, all: [[keep, hold], \"@docs\"]}}",
          "    examples: {hit: [\"We keep your passport.\"], miss: [\"Bring your passport.\"]}",
          "  - id: t.fee",
          "    category: RECRUITMENT_FRAUD",
          "    weight: 0.5",
          "    tags: [fees]",
          "    description: The worker pays to get the job.",
          "    source: Test.",
          "    match: [\"recruitment fee\", \"processing fee\"]",
          "    examples: {hit: [\"A processing fee is due.\"], miss: [\"No recruitment fee.\"]}",
          "  - id: t.whatsapp",
          "    category: CONTACT_EVASION",
          "    weight: 0.3",
          "    description: Contact by messenger only.",
          "    source: Test.",
          "    match: \"whatsapp only\"",
          "    examples: {hit: [\"Contact: WhatsApp only.\"], miss: [\"Call the office.\"]}",
          "");

  private Cli() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as standard input. */
  static Run runWithInput(String stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static Path pack(Path dir) throws IOException {
    return write(dir, "t-en.yaml", PACK);
  }
}
