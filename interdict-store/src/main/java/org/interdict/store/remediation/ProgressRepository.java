package org.interdict.store.remediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Writes one {@code progress_snapshots} row per day (replaced on each change that day) and reads
 * them back.
 */
public final class ProgressRepository {
  /** Records today's counts (from {@code remediation_items}) as the snapshot of {@code day}. */
  public void record(Handle h, LocalDate day, Map<String, Long> counts, Instant at) {
    h.createUpdate(
            "INSERT INTO progress_snapshots (day, open_items, in_progress_items, replaced_items, "
                + "verified_items, updated_at) VALUES (:day, :open, :progress, :replaced, :verified, :at) "
                + "ON CONFLICT (day) DO UPDATE SET open_items = :open, in_progress_items = :progress, "
                + "replaced_items = :replaced, verified_items = :verified, updated_at = :at")
        .bind("day", day.toString())
        .bind("open", counts.getOrDefault(RemediationItem.OPEN, 0L))
        .bind("progress", counts.getOrDefault(RemediationItem.IN_PROGRESS, 0L))
        .bind("replaced", counts.getOrDefault(RemediationItem.REPLACED, 0L))
        .bind("verified", counts.getOrDefault(RemediationItem.VERIFIED, 0L))
        .bind("at", at.toEpochMilli())
        .execute();
  }

  /** Every snapshot up to and including {@code asOf}, oldest first. */
  public List<ProgressSnapshot> upTo(Handle h, LocalDate asOf) {
    return h.createQuery("SELECT * FROM progress_snapshots WHERE day <= :day ORDER BY day")
        .bind("day", asOf.toString())
        .map(
            (rs, c) ->
                new ProgressSnapshot(
                    LocalDate.parse(rs.getString("day")),
                    rs.getLong("open_items"),
                    rs.getLong("in_progress_items"),
                    rs.getLong("replaced_items"),
                    rs.getLong("verified_items")))
        .list();
  }
}
