package org.interdict.server.oidc;

/**
 * A single sign-on that cannot complete: the browser gets an error page with {@code status} and the
 * message (which names what was wrong, never a token).
 */
final class OidcException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  OidcException(int status, String message) {
    super(message);
    this.status = status;
  }

  OidcException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  int status() {
    return status;
  }
}
