package org.indicia.cli;

/**
 * Input the command cannot use at all: a missing or unreadable file, no packs to load. Maps to exit
 * code {@link ExitCodes#USAGE}. Messages name files and fault kinds, never document text.
 */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
