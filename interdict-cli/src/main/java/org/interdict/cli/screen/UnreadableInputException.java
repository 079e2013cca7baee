package org.interdict.cli.screen;

/**
 * The names to screen could not be read: a missing file, an empty file, or a missing column. Exit
 * code 2.
 */
final class UnreadableInputException extends org.interdict.UnreadableInputException {
  private static final long serialVersionUID = 1L;

  UnreadableInputException(String message) {
    super(message);
  }
}
