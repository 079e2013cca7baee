package org.interdict.store.scans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One uploaded inventory and its scan. {@code status} is a {@link ScanStatus} ({@code queued},
 * {@code running}, {@code completed} or {@code failed}); {@code reason} says why it failed (""
 * otherwise); {@code errorList} is a JSON array of the first input errors; {@code host} names the
 * host given at upload for records that carry none ("" when not given).
 */
public record ScanJob(
    String id,
    String fileName,
    String format,
    ScanStatus status,
    String reason,
    String profile,
    LocalDate asOf,
    String host,
    String actor,
    Instant createdAt,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    ScanProgress progress,
    String errorList) {
  // the statuses under their former names, so that callers keep reading ScanJob.QUEUED
  public static final ScanStatus QUEUED = ScanStatus.QUEUED;
  public static final ScanStatus RUNNING = ScanStatus.RUNNING;
  public static final ScanStatus COMPLETED = ScanStatus.COMPLETED;
  public static final ScanStatus FAILED = ScanStatus.FAILED;

  public ScanJob {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(errorList, "errorList");
  }
}
