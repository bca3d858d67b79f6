package org.indicia.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the real {@code indicia scan} command in-process, for comparing the job with it. */
public final class ScanRun {
  /** An exit code and the lines written to standard output and standard error. */
  public record Result(int code, List<String> out, List<String> err) {}

  private ScanRun() {}

  public static Result scan(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "scan";
    System.arraycopy(args, 0, all, 1, args.length);
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    return new Result(code, lines(out), lines(err));
  }

  private static List<String> lines(StringWriter w) {
    String s = w.toString();
    return s.isEmpty() ? List.of() : List.of(s.split("\\R"));
  }
}
