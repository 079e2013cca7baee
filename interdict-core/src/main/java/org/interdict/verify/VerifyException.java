package org.interdict.verify;

import org.interdict.InterdictException;

/**
 * A key, signature file or report that cannot be read as one; the message names the file and the
 * problem.
 */
public final class VerifyException extends InterdictException {
  public VerifyException(String message) {
    super(message);
  }

  public VerifyException(String message, Throwable cause) {
    super(message, cause);
  }
}
