package org.interdict.lists.snapshot;

import org.interdict.InterdictException;

/** A stored snapshot whose files no longer match its manifest (changed, missing or added files). */
public class TamperedSnapshotException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public TamperedSnapshotException(String message) {
    super(message);
  }
}
