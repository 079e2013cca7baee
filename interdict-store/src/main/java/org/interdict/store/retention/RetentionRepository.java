package org.interdict.store.retention;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Deletes the records older than a cutoff that the retention setting covers: screenings with their
 * hits, re-screen runs with their hits; lists the scan jobs whose uploads are due. Never touches
 * the audit log, reviews, findings or remediation. Stateless and thread-safe.
 */
public final class RetentionRepository {
  /**
   * Deletes screenings (and their hits) made before {@code cutoff}; answers how many screenings.
   */
  public int purgeScreenings(Handle h, Instant cutoff) {
    long at = cutoff.toEpochMilli();
    h.createUpdate(
            "DELETE FROM screening_hits WHERE screening_id IN (SELECT id FROM screenings WHERE at < :at)")
        .bind("at", at)
        .execute();
    return h.createUpdate("DELETE FROM screenings WHERE at < :at").bind("at", at).execute();
  }

  /** Deletes re-screen hits and runs from before {@code cutoff}; answers how many hits. */
  public int purgeRescreens(Handle h, Instant cutoff) {
    long at = cutoff.toEpochMilli();
    int hits = h.createUpdate("DELETE FROM rescreen_hits WHERE at < :at").bind("at", at).execute();
    h.createUpdate(
            "DELETE FROM rescreen_runs WHERE at < :at AND id NOT IN (SELECT run_id FROM rescreen_hits)")
        .bind("at", at)
        .execute();
    return hits;
  }

  /**
   * The ids of scan jobs that ended (completed or failed) before {@code cutoff}: their uploads are
   * due.
   */
  public List<String> jobsEndedBefore(Handle h, Instant cutoff) {
    return h.createQuery(
            "SELECT id FROM scan_jobs WHERE status IN (:completed, :failed) AND created_at < :at "
                + "ORDER BY id")
        .bind("completed", org.interdict.store.scans.ScanStatus.COMPLETED.id())
        .bind("failed", org.interdict.store.scans.ScanStatus.FAILED.id())
        .bind("at", cutoff.toEpochMilli())
        .mapTo(String.class)
        .list();
  }
}
