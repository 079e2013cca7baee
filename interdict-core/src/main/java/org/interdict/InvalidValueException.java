package org.interdict;

/**
 * A value the user gave (an option, a query parameter, a setting, a column mapping, an id) that
 * Interdict does not accept; the message names the value and what was expected. The CLI exits 2;
 * the server answers 400 {@code invalid-parameter}.
 *
 * <p>The one named failure outside {@link InterdictException}: it extends {@link
 * IllegalArgumentException} so that the parsers that reject a user's value keep their contract
 * (callers and tests that catch an {@code IllegalArgumentException} to add the option's name still
 * do), while the edges tell it from a bug by its type. A plain {@code IllegalArgumentException} is
 * a broken precondition, a bug: exit 3, HTTP 500 (ADR 006).
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message) {
    super(message);
  }

  public InvalidValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
