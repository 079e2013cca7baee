package org.interdict.store.scans;

import java.util.Locale;

/**
 * Where a scan job is: {@code queued}, {@code running}, {@code completed} or {@code failed}. The
 * ids are the spellings stored in {@code scan_jobs.status} and published in the API and the
 * dashboard; they never change.
 */
public enum ScanStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The stored and published spelling. */
  public String id() {
    return id;
  }

  /** The status stored as {@code id}; a value this store did not write is a corrupt row, a bug. */
  public static ScanStatus fromId(String id) {
    for (ScanStatus s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scan job status '" + id + "' in scan_jobs");
  }

  @Override
  public String toString() {
    return id;
  }
}
