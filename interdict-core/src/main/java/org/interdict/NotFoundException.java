package org.interdict;

/**
 * A thing the user named (a snapshot, a run, an item) does not exist. The CLI exits 2; the server
 * answers 404 {@code not-found}.
 */
public class NotFoundException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }

  public NotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
