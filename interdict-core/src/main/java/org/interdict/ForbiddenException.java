package org.interdict;

/**
 * The caller is known but the rules forbid this caller the action (a four-eyes review settled by
 * the user who made the decision). Not an authentication failure, which the HTTP layer answers
 * itself. The CLI exits 2; the server answers 403 {@code forbidden}.
 */
public class ForbiddenException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }

  public ForbiddenException(String message, Throwable cause) {
    super(message, cause);
  }
}
