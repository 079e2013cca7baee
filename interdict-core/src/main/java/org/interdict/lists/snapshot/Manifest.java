package org.interdict.lists.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code manifest.json} of a snapshot: which source, when it was fetched (or imported), how it
 * was obtained, its files with their SHA-256, the entry count, the validation that admitted it and
 * the tool version.
 */
public record Manifest(
    String schema,
    String sourceId,
    String snapshotId,
    Instant fetchedAt,
    String method,
    List<SnapshotFile> files,
    int entryCount,
    Validation validation,
    String toolVersion) {
  public static final String SCHEMA = "interdict-list-snapshot/1";

  /** {@link #method} of a snapshot fetched over HTTP. */
  public static final String DOWNLOAD = "download";

  /** {@link #method} of a snapshot taken from local files ({@code interdict lists import}). */
  public static final String IMPORT = "import";

  public Manifest {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(snapshotId, "snapshotId");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(method, "method");
    files = List.copyOf(files);
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(toolVersion, "toolVersion");
  }

  public Optional<SnapshotFile> file(String name) {
    return files.stream().filter(file -> file.name().equals(name)).findFirst();
  }

  /** The version of Interdict in the jar manifest, or {@code development} when run from classes. */
  public static String currentToolVersion() {
    String version = Manifest.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
