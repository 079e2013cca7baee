package org.interdict;

/**
 * An input (an inventory, a list file, an ownership file, a catalog, a settings file) cannot be
 * read: it is missing, unreadable or malformed. The message names the file and, where known, the
 * line. The CLI exits 2.
 */
public class UnreadableInputException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
