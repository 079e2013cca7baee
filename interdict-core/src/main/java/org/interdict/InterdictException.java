package org.interdict;

/**
 * The one unchecked root of every failure Interdict reports. Subclasses are named for what failed;
 * messages give the bad value, where it was (file, line) and what was expected.
 */
public class InterdictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InterdictException(String message) {
    super(message);
  }

  public InterdictException(String message, Throwable cause) {
    super(message, cause);
  }
}
