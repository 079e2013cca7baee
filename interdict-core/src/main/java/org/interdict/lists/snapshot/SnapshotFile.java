package org.interdict.lists.snapshot;

import java.util.Objects;
import java.util.Optional;

/**
 * One file of a snapshot as its manifest records it: the stored name, where it came from (a URL or
 * the imported path), the HTTP validators the server sent, its SHA-256 (lower-case hex) and size in
 * bytes.
 */
public record SnapshotFile(
    String name,
    String origin,
    Optional<String> etag,
    Optional<String> lastModified,
    String sha256,
    long size) {
  public SnapshotFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "sha256 of " + name + " must be 64 lower-case hex digits, was " + sha256);
    }
    if (size < 0 || name.isBlank() || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException(
          "bad snapshot file entry " + name + " (size " + size + ")");
    }
  }
}
