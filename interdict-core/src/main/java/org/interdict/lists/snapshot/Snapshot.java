package org.interdict.lists.snapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One stored snapshot: its folder and its manifest. The folder name is the snapshot id ({@link
 * SnapshotIds}).
 */
public record Snapshot(Path folder, Manifest manifest) {
  public Snapshot {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(manifest, "manifest");
  }

  public String sourceId() {
    return manifest.sourceId();
  }

  public String id() {
    return manifest.snapshotId();
  }

  public Instant fetchedAt() {
    return manifest.fetchedAt();
  }

  /**
   * The UTC day the snapshot was fetched: it is in force from that day until a newer snapshot's
   * day.
   */
  public LocalDate date() {
    return LocalDate.ofInstant(manifest.fetchedAt(), ZoneOffset.UTC);
  }

  /** "us-ofac-sdn 2024-05-03T000000Z (14965 entries)" for humans. */
  public String describe() {
    return sourceId() + " " + id() + " (" + manifest.entryCount() + " entries)";
  }
}
