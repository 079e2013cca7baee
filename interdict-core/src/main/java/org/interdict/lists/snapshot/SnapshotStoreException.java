package org.interdict.lists.snapshot;

import org.interdict.InterdictException;

/**
 * The snapshot store cannot be read or written (unreadable folder, bad manifest, clash with an
 * existing snapshot).
 */
public class SnapshotStoreException extends InterdictException {
  private static final long serialVersionUID = 1L;

  public SnapshotStoreException(String message) {
    super(message);
  }

  public SnapshotStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
