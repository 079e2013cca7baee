package org.interdict.inventory;

import org.interdict.UnreadableInputException;

/**
 * An inventory that cannot be read at all: wrong format, not found, unreadable bytes at the start.
 */
public class UnreadableInventoryException extends UnreadableInputException {
  private static final long serialVersionUID = 1L;

  public UnreadableInventoryException(String message) {
    super(message);
  }

  public UnreadableInventoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
