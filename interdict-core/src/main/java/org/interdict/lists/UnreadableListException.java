package org.interdict.lists;

import org.interdict.UnreadableInputException;

/**
 * A lists directory or bundled snapshot that cannot be used at all (missing folder, broken
 * resource).
 */
public class UnreadableListException extends UnreadableInputException {
  private static final long serialVersionUID = 1L;

  public UnreadableListException(String message) {
    super(message);
  }

  public UnreadableListException(String message, Throwable cause) {
    super(message, cause);
  }
}
