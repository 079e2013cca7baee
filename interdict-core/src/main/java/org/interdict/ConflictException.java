package org.interdict;

/**
 * The request is valid but the current state forbids it (another update holds the store's lock, a
 * state cannot move backwards). The CLI exits 2; the server answers 409 {@code conflict}.
 */
public class ConflictException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
