package org.interdict.store;

import org.interdict.InterdictException;

/**
 * The root of every storage failure: the database cannot be opened, migrated, read or written. A
 * named failure under {@link InterdictException} (ADR 006), translated at the edges: the CLI exits
 * 2 with its message (the database or setting the user gave), the server answers 500 {@code
 * internal-error} and logs it (its own state).
 */
public class StoreException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
