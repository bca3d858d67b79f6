package org.indicia.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code indicia} command line: one subcommand per verb, each a {@code Callable<Integer>} whose
 * result is the exit code; exceptions become exit codes in {@link ExitCodes}. Output goes through
 * the command line's writers, so tests capture it; only {@link #main} exits.
 */
@Command(
    name = "indicia",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Screens text for indicators of human trafficking and forced labour, in English and French."
            + " Reports indicators with evidence for a human reviewer, never verdicts.",
    subcommands = {
      ScanCommand.class,
      ExplainCommand.class,
      TestCommand.class,
      LintCommand.class,
      EvalCommand.class,
      PacksCommand.class,
      ServeCommand.class,
      LinkCommand.class,
      TrainFramingCommand.class,
      TrainCategoriesCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done",
      "  1  found: a document reached --fail-level (scan), an example failed (test),",
      "     a pack has errors (lint)",
      "  2  usage error, unreadable file or pack, or malformed records (the batch",
      "     still runs to the end)",
      "  3  internal error",
      "130  interrupted; 141  standard output closed"
    })
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16),
            false);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    int code;
    try {
      code = commandLine(out, err).execute(args);
    } catch (Throwable t) { // an Error (out of memory, stack overflow): still the documented code
      err.println("indicia: internal error: " + t.getClass().getName());
      code = ExitCodes.SOFTWARE;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The configured command line, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    ExitCodes codes = new ExitCodes();
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(codes);
    cl.setParameterExceptionHandler(codes);
    cl.setExitCodeExceptionMapper(codes);
    return cl;
  }

  /** Without a subcommand: the usage, and a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"indicia " + (v == null ? "(development build)" : v)};
    }
  }
}
