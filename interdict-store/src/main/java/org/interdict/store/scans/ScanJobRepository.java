package org.interdict.store.scans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code scan_jobs}. Stateless and thread-safe. */
public final class ScanJobRepository {
  public void insert(Handle h, ScanJob job) {
    ScanProgress p = job.progress();
    h.createUpdate(
            "INSERT INTO scan_jobs (id, file_name, format, status, reason, profile, as_of, host, actor, "
                + "created_at, started_at, finished_at, bytes_read, total_bytes, records, findings, errors, error_list) "
                + "VALUES (:id, :file, :format, :status, :reason, :profile, :asOf, :host, :actor, :created, :started, "
                + ":finished, :bytesRead, :totalBytes, :records, :findings, :errors, :errorList)")
        .bind("id", job.id())
        .bind("file", job.fileName())
        .bind("format", job.format())
        .bind("status", job.status().id())
        .bind("reason", job.reason())
        .bind("profile", job.profile())
        .bind("asOf", job.asOf().toString())
        .bind("host", job.host())
        .bind("actor", job.actor())
        .bind("created", job.createdAt().toEpochMilli())
        .bind("started", Rows.millis(job.startedAt()))
        .bind("finished", Rows.millis(job.finishedAt()))
        .bind("bytesRead", p.bytesRead())
        .bind("totalBytes", p.totalBytes())
        .bind("records", p.records())
        .bind("findings", p.findings())
        .bind("errors", p.errors())
        .bind("errorList", job.errorList())
        .execute();
  }

  public Optional<ScanJob> find(Handle h, String id) {
    return h.createQuery("SELECT * FROM scan_jobs WHERE id = :id")
        .bind("id", id)
        .map((rs, c) -> map(rs))
        .findOne();
  }

  /** Newest first. */
  public Page<ScanJob> list(Handle h, int page, int pageSize) {
    long total = h.createQuery("SELECT COUNT(*) FROM scan_jobs").mapTo(Long.class).one();
    List<ScanJob> items =
        h.createQuery(
                "SELECT * FROM scan_jobs ORDER BY created_at DESC, id DESC "
                    + "LIMIT :limit OFFSET :offset")
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map((rs, c) -> map(rs))
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  /** Jobs a crash may have interrupted: queued or running, oldest first. */
  public List<ScanJob> unfinished(Handle h) {
    return h.createQuery(
            "SELECT * FROM scan_jobs WHERE status IN (:queued, :running) ORDER BY created_at, id")
        .bind("queued", ScanStatus.QUEUED.id())
        .bind("running", ScanStatus.RUNNING.id())
        .map((rs, c) -> map(rs))
        .list();
  }

  public void markRunning(Handle h, String id, Instant at) {
    h.createUpdate(
            "UPDATE scan_jobs SET status = :running, started_at = :at, bytes_read = 0, records = 0, "
                + "findings = 0, errors = 0 WHERE id = :id")
        .bind("running", ScanStatus.RUNNING.id())
        .bind("at", at.toEpochMilli())
        .bind("id", id)
        .execute();
  }

  public void markQueued(Handle h, String id) {
    h.createUpdate("UPDATE scan_jobs SET status = :queued, started_at = NULL WHERE id = :id")
        .bind("queued", ScanStatus.QUEUED.id())
        .bind("id", id)
        .execute();
  }

  public void updateProgress(Handle h, String id, ScanProgress p) {
    h.createUpdate(
            "UPDATE scan_jobs SET bytes_read = :bytesRead, records = :records, findings = :findings, "
                + "errors = :errors WHERE id = :id AND status = :running")
        .bind("running", ScanStatus.RUNNING.id())
        .bind("bytesRead", p.bytesRead())
        .bind("records", p.records())
        .bind("findings", p.findings())
        .bind("errors", p.errors())
        .bind("id", id)
        .execute();
  }

  /**
   * Ends the job: {@code completed} or {@code failed}, with its final progress, format, errors and
   * reason.
   */
  public void finish(
      Handle h,
      String id,
      ScanStatus status,
      String reason,
      String format,
      ScanProgress p,
      String errorList,
      Instant at) {
    h.createUpdate(
            "UPDATE scan_jobs SET status = :status, reason = :reason, format = :format, "
                + "bytes_read = :bytesRead, total_bytes = :totalBytes, records = :records, findings = :findings, "
                + "errors = :errors, error_list = :errorList, finished_at = :at WHERE id = :id")
        .bind("status", status.id())
        .bind("reason", reason)
        .bind("format", format)
        .bind("bytesRead", p.bytesRead())
        .bind("totalBytes", p.totalBytes())
        .bind("records", p.records())
        .bind("findings", p.findings())
        .bind("errors", p.errors())
        .bind("errorList", errorList)
        .bind("at", at.toEpochMilli())
        .bind("id", id)
        .execute();
  }

  /**
   * Marks a job completed with the next completion sequence number (so "later scan" is well defined
   * even when two finish in the same millisecond) and records the hosts it read. Two PostgreSQL
   * transactions completing at the same instant may share a number; both scans then count as
   * current for the hosts they share.
   */
  public void complete(
      Handle h,
      String id,
      String format,
      ScanProgress p,
      String errorList,
      Instant at,
      java.util.Collection<String> hosts) {
    finish(h, id, ScanJob.COMPLETED, "", format, p, errorList, at);
    h.createUpdate(
            "UPDATE scan_jobs SET completion_seq = (SELECT COALESCE(MAX(completion_seq), 0) + 1 FROM "
                + "scan_jobs) WHERE id = :id")
        .bind("id", id)
        .execute();
    if (hosts.isEmpty()) {
      return;
    }
    var batch = h.prepareBatch("INSERT INTO scan_hosts (scan_id, host) VALUES (:scan, :host)");
    for (String host : hosts) {
      batch.bind("scan", id).bind("host", host).add();
    }
    batch.execute();
  }

  private static ScanJob map(ResultSet rs) throws SQLException {
    return new ScanJob(
        rs.getString("id"),
        rs.getString("file_name"),
        rs.getString("format"),
        ScanStatus.fromId(rs.getString("status")),
        rs.getString("reason"),
        rs.getString("profile"),
        LocalDate.parse(rs.getString("as_of")),
        rs.getString("host"),
        rs.getString("actor"),
        Rows.requiredInstant(rs, "created_at"),
        Rows.instant(rs, "started_at"),
        Rows.instant(rs, "finished_at"),
        new ScanProgress(
            rs.getLong("bytes_read"),
            rs.getLong("total_bytes"),
            rs.getLong("records"),
            rs.getLong("findings"),
            rs.getLong("errors")),
        rs.getString("error_list"));
  }
}
