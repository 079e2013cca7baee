package org.interdict.spark;

import org.interdict.InterdictException;

/**
 * A Spark job cannot start: a missing or unreadable input, a bad option value, an unwritable
 * output.
 */
public final class SparkJobException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public SparkJobException(String message) {
    super(message);
  }

  public SparkJobException(String message, Throwable cause) {
    super(message, cause);
  }
}
