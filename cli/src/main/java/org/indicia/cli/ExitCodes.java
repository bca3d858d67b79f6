package org.indicia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.indicia.RulePackException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The exit codes of every command, and the one place that maps exceptions to them and reports them
 * on the error stream. Only {@link Main#main} exits.
 */
final class ExitCodes
    implements IExecutionExceptionHandler, IExitCodeExceptionMapper, IParameterExceptionHandler {
  /** The command ran to the end. */
  static final int OK = 0;

  /**
   * The command found what the caller asked to be told about: a document reached {@code
   * --fail-level}, an example failed, a pack has lint errors.
   */
  static final int FOUND = 1;

  /**
   * Usage error, unreadable input or pack, or malformed records (the batch still ran to the end).
   */
  static final int USAGE = 2;

  /** A bug in Indicia: the message and stack trace go to the error stream. */
  static final int SOFTWARE = 3;

  /** Interrupted (SIGINT); set by the JVM, listed for the help text. */
  static final int INTERRUPTED = 130;

  /** Standard output was closed before the run ended (e.g. piped into {@code head}). */
  static final int OUTPUT_CLOSED = 141;

  @Override
  public int getExitCode(Throwable t) {
    if (t instanceof RulePackException
        || t instanceof InputException
        || t instanceof IOException
        || t instanceof UncheckedIOException
        || t instanceof ParameterException) {
      return USAGE;
    }
    return SOFTWARE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int code = getExitCode(ex);
    String prefix = "indicia " + cmd.getCommandName() + ": ";
    if (code == SOFTWARE) {
      // The class and stack only: an exception's message might quote a document.
      err.println(prefix + "internal error: " + ex.getClass().getName());
      for (StackTraceElement e : ex.getStackTrace()) {
        err.println("\tat " + e);
      }
    } else if (ex instanceof RulePackException) {
      err.println(prefix + "pack error: " + ex.getMessage());
    } else if (ex instanceof UncheckedIOException u) {
      err.println(prefix + describe(u.getCause()));
    } else if (ex instanceof IOException io) {
      err.println(prefix + describe(io));
    } else {
      err.println(prefix + ex.getMessage());
    }
    err.flush();
    return code;
  }

  /** A usage error: the message, suggestions for a mistyped option, and where to find help. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("indicia: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE;
  }

  /** An I/O failure as kind and message; JDK messages name files, not their content. */
  static String describe(IOException e) {
    String kind = e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }
}
