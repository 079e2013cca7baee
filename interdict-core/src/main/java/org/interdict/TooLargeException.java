package org.interdict;

/**
 * An input exceeds a size limit (an upload, a body). The CLI exits 2; the server answers 413 {@code
 * payload-too-large}.
 */
public class TooLargeException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public TooLargeException(String message) {
    super(message);
  }

  public TooLargeException(String message, Throwable cause) {
    super(message, cause);
  }
}
