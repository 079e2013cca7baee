package org.interdict.screening.stored.binary;

import org.interdict.InterdictException;

/** Stored bytes that do not decode: truncated, or a length or tag that cannot be right. */
public final class MalformedBinaryException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public MalformedBinaryException(String message) {
    super(message);
  }
}
