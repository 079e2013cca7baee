package org.interdict.ownership;

import org.interdict.UnreadableInputException;

/**
 * An ownership file that cannot be used at all: missing, unreadable, or without the required header
 * columns.
 */
public class UnreadableOwnershipException extends UnreadableInputException {
  private static final long serialVersionUID = 1L;

  public UnreadableOwnershipException(String message) {
    super(message);
  }

  public UnreadableOwnershipException(String message, Throwable cause) {
    super(message, cause);
  }
}
