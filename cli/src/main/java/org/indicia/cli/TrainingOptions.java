package org.indicia.cli;

import picocli.CommandLine.Option;

/** The regression options every trainer shares ({@code train-framing}, {@code train-categories}). Internal. */
final class TrainingOptions {
  @Option(names = "--c", paramLabel = "C", defaultValue = "10",
      description = "Inverse L2 regularization strength (default: ${DEFAULT-VALUE}).")
  double c;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
      description = "Texts a feature must occur in to get a weight (default: ${DEFAULT-VALUE}).")
  int minCount;
}
