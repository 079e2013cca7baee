package org.interdict.inventory;

import org.interdict.InterdictException;

/** An inventory that cannot be read at all: wrong format, not found, unreadable bytes at the start. */
public class UnreadableInventoryException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public UnreadableInventoryException(String message) {
    super(message);
  }

  public UnreadableInventoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
