package org.interdict.waiver;

import org.interdict.InterdictException;

/** A waiver file that cannot be read, or a waiver in it that lacks a field or has a bad value. */
public final class InvalidWaiverFileException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public InvalidWaiverFileException(String message) {
    super(message);
  }

  public InvalidWaiverFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
