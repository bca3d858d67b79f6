package org.indicia.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.indicia.cli.InputOptions.Format;

/**
 * The documents of several inputs, one after the other, in the order named. Every file is checked
 * before any is read, so a typo fails the run before it starts rather than halfway.
 */
final class Inputs implements Closeable {
  /** How standard input is named on the command line. */
  static final String STDIN = "-";

  /** How standard input is named in ids and messages. */
  static final String STDIN_NAME = "<stdin>";

  private final List<String> names;
  private final InputOptions options;
  private final RecordReader.Fields fields;
  private final InputStream stdin;
  private final Counts counts;
  private int next;
  private RecordReader current;

  private Inputs(
      List<String> names,
      InputOptions options,
      String labelField,
      InputStream stdin,
      Counts counts) {
    this.names = names;
    this.counts = counts;
    this.options = options;
    this.fields =
        new RecordReader.Fields(
            options.idColumn, options.textColumns(), options.langColumn, labelField);
    this.stdin = stdin;
  }

  /**
   * Checks and opens the inputs; none means standard input.
   *
   * @param labelField the field or column holding labels (eval), or null
   * @param counts counts each record read
   * @throws InputException if a file does not exist or cannot be read, or {@code -} is named twice
   */
  static Inputs open(
      List<String> names, InputOptions options, String labelField, InputStream stdin, Counts counts)
      throws InputException {
    List<String> all = names == null || names.isEmpty() ? List.of(STDIN) : List.copyOf(names);
    int stdins = 0;
    for (String name : all) {
      if (name.equals(STDIN)) {
        stdins++;
        continue;
      }
      Path p = Path.of(name);
      if (!Files.exists(p)) {
        throw new InputException("no such file: " + name);
      }
      if (!Files.isRegularFile(p)) {
        throw new InputException("not a regular file: " + name);
      }
      if (!Files.isReadable(p)) {
        throw new InputException("cannot read file: " + name);
      }
    }
    if (stdins > 1) {
      throw new InputException("standard input (-) named more than once");
    }
    return new Inputs(all, options, labelField, stdin, counts);
  }

  /** The next record of the inputs, or null after the last. */
  InputRecord next() throws IOException {
    InputRecord r = read();
    if (r != null) {
      counts.addRead();
    }
    return r;
  }

  private InputRecord read() throws IOException {
    while (true) {
      if (current == null) {
        if (next == names.size()) {
          return null;
        }
        String name = names.get(next++);
        String source = name.equals(STDIN) ? STDIN_NAME : name;
        try {
          current = reader(name, source);
        } catch (IOException e) {
          return InputRecord.failed(source, 0, "cannot open: " + ExitCodes.describe(e));
        }
      }
      InputRecord r = current.next();
      if (r != null) {
        return r;
      }
      current.close();
      current = null;
    }
  }

  private RecordReader reader(String name, String source) throws IOException {
    boolean stdinInput = name.equals(STDIN);
    if (!stdinInput && (options.format == Format.CSV
        || options.format == Format.AUTO && byExtension(name) == Format.CSV)) {
      return new CsvRecords(source, FileChannel.open(Path.of(name)), fields);
    }
    InputStream in =
        new BufferedInputStream(
            name.equals(STDIN) ? stdin : Files.newInputStream(Path.of(name)), 1 << 16);
    Format format = options.format;
    if (format == Format.AUTO) {
      format = name.equals(STDIN) ? sniff(in) : byExtension(name);
    }
    switch (format) {
      case JSONL:
        return new JsonlRecords(source, new LineReader(in), fields);
      case CSV:
        return new CsvRecords(source, in, fields);
      default:
        return new TextRecords(source, in, options.lines);
    }
  }

  private static Format byExtension(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    return n.endsWith(".csv") ? Format.CSV : Format.TEXT;
  }

  /** JSONL when the first char that is not white space or a byte order mark is '{'. */
  private static Format sniff(InputStream in) throws IOException {
    in.mark(4096);
    try {
      for (int i = 0; i < 4096; i++) {
        int b = in.read();
        if (b < 0) {
          return Format.TEXT;
        }
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB
            || b == 0xBF) {
          continue;
        }
        return b == '{' ? Format.JSONL : Format.TEXT;
      }
      return Format.TEXT;
    } finally {
      in.reset();
    }
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
