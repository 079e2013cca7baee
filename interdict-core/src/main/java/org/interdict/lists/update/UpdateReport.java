package org.interdict.lists.update;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interdict.lists.snapshot.Attempt;
import org.interdict.lists.snapshot.Snapshot;

/**
 * The result of updating or importing one source: the attempt as recorded, the snapshot in force
 * afterwards (the new one, or the previous one when the attempt was unchanged, failed or
 * suspicious), the validation checks, and where rejected files were kept.
 */
public record UpdateReport(
    Attempt attempt, Optional<Snapshot> inForce, List<String> checks, Optional<Path> rejected) {
  public UpdateReport {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(inForce, "inForce");
    checks = List.copyOf(checks);
    Objects.requireNonNull(rejected, "rejected");
  }

  public String sourceId() {
    return attempt.sourceId();
  }

  /** Whether the snapshot in force is current: updated or unchanged. */
  public boolean ok() {
    return attempt.result().ok();
  }
}
