package org.interdict.screening.stored;

import org.interdict.InterdictException;

/**
 * A stored index file that must not be used: damaged, of another format or engine, or built for
 * other lists.
 */
public final class UnusableIndexException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public UnusableIndexException(String message) {
    super(message);
  }

  public UnusableIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
