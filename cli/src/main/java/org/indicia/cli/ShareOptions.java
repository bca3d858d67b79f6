package org.indicia.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.indicia.share.ShareKey;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads {@code --share-key KEYFILE} for scan and link; errors name the file, never its bytes. */
final class ShareOptions {
  private ShareOptions() {}

  /** The key, or null without the option. */
  static ShareKey load(CommandSpec spec, Path file) {
    if (file == null) {
      return null;
    }
    try {
      return ShareKey.load(file);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read --share-key " + file + ": " + e.getClass().getSimpleName());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--share-key " + file + ": " + e.getMessage());
    }
  }
}
