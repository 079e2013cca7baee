package org.interdict.store.remediation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The remediation counts by state at the end of one day (the latest change that day), for the
 * burn-down.
 */
public record ProgressSnapshot(
    LocalDate day, long open, long inProgress, long replaced, long verified) {
  public ProgressSnapshot {
    Objects.requireNonNull(day, "day");
  }
}
