package org.interdict.lists.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The snapshot store under a data directory: snapshots in {@code
 * <data-dir>/lists/<source-id>/<snapshot-id>/} (files plus {@code manifest.json}), attempts in
 * {@code <data-dir>/lists/<source-id>/attempts.jsonl}, candidates being checked in {@code
 * <data-dir>/lists-tmp/} and rejected candidates in {@code <data-dir>/lists-rejected/}. A snapshot
 * is assembled in the temporary folder and renamed into place atomically; nothing here ever changes
 * it afterwards, and {@link #verify} checks every file against the manifest before it is used.
 * Writers take {@link #lock} so that two processes never update the same store at once; reading
 * needs no lock.
 */
public final class SnapshotStore {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
  public static final String MANIFEST = "manifest.json";
  public static final String ATTEMPTS = "attempts.jsonl";

  /** Snapshots of one source in time order, and folders that could not be read as snapshots. */
  public record Listing(List<Snapshot> snapshots, List<String> problems) {
    public Listing {
      snapshots = List.copyOf(snapshots);
      problems = List.copyOf(problems);
    }
  }

  private final Path dataDir;

  private SnapshotStore(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** The store of a data directory; folders are created when first written. */
  public static SnapshotStore at(Path dataDir) {
    return new SnapshotStore(dataDir.toAbsolutePath().normalize());
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * {@code <data-dir>/lists}: readable as a lists directory by {@code interdict screen
   * --lists-dir}.
   */
  public Path root() {
    return dataDir.resolve("lists");
  }

  /** The source ids that have a folder in the store, sorted. */
  public Set<String> sourceIds() {
    Set<String> ids = new TreeSet<>();
    if (!Files.isDirectory(root())) {
      return ids;
    }
    try (Stream<Path> folders = Files.list(root())) {
      folders
          .filter(Files::isDirectory)
          .forEach(folder -> ids.add(folder.getFileName().toString()));
    } catch (IOException e) {
      throw new SnapshotStoreException("cannot list " + root() + ": " + e.getMessage(), e);
    }
    return ids;
  }

  /**
   * Every snapshot of {@code sourceId}, oldest first. Manifests are read, files are not verified
   * here.
   */
  public Listing list(String sourceId) {
    Path folder = root().resolve(sourceId);
    List<Snapshot> snapshots = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return new Listing(snapshots, problems);
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(folder)) {
      children = list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new SnapshotStoreException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    for (Path child : children) {
      if (SnapshotIds.parse(child.getFileName().toString()).isEmpty()) {
        problems.add(child + ": not a snapshot folder name (YYYY-MM-DDThhmmssZ); ignored");
        continue;
      }
      try {
        Manifest manifest = ManifestJson.read(child.resolve(MANIFEST));
        if (!manifest.sourceId().equals(sourceId)
            || !manifest.snapshotId().equals(child.getFileName().toString())) {
          problems.add(
              child
                  + ": manifest names "
                  + manifest.sourceId()
                  + "/"
                  + manifest.snapshotId()
                  + "; ignored");
          continue;
        }
        snapshots.add(new Snapshot(child, manifest));
      } catch (IOException | RuntimeException e) {
        problems.add(child + ": unreadable " + MANIFEST + " (" + e.getMessage() + "); ignored");
      }
    }
    snapshots.sort(Comparator.comparing(Snapshot::fetchedAt));
    return new Listing(snapshots, problems);
  }

  public Optional<Snapshot> latest(String sourceId) {
    List<Snapshot> all = list(sourceId).snapshots();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The snapshot in force on {@code date}: the newest fetched on or before that day (UTC). */
  public Optional<Snapshot> inForce(String sourceId, LocalDate date) {
    Snapshot found = null;
    for (Snapshot snapshot : list(sourceId).snapshots()) {
      if (!snapshot.date().isAfter(date)) {
        found = snapshot;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A snapshot by its id, for example {@code 2024-05-03T000000Z}. */
  public Optional<Snapshot> find(String sourceId, String snapshotId) {
    return list(sourceId).snapshots().stream().filter(s -> s.id().equals(snapshotId)).findFirst();
  }

  /**
   * Files that differ from the manifest (changed hash or size, missing, or not listed); empty when
   * intact.
   */
  public static List<String> problems(Snapshot snapshot) {
    List<String> problems = new ArrayList<>();
    Set<String> listed = new TreeSet<>();
    for (SnapshotFile file : snapshot.manifest().files()) {
      listed.add(file.name());
      Path path = snapshot.folder().resolve(file.name());
      try {
        if (!Files.isRegularFile(path)) {
          problems.add(file.name() + " is missing");
        } else if (Files.size(path) != file.size()) {
          problems.add(
              file.name() + " has " + Files.size(path) + " bytes, manifest says " + file.size());
        } else if (!FileDigests.sha256(path).equals(file.sha256())) {
          problems.add(file.name() + " SHA-256 differs from the manifest");
        }
      } catch (IOException e) {
        problems.add(file.name() + " cannot be read: " + e.getMessage());
      }
    }
    try (Stream<Path> files = Files.list(snapshot.folder())) {
      files
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.equals(MANIFEST) && !listed.contains(name))
          .sorted()
          .forEach(name -> problems.add(name + " is not in the manifest"));
    } catch (IOException e) {
      problems.add("folder cannot be listed: " + e.getMessage());
    }
    return problems;
  }

  /**
   * The snapshot, after checking every file against its manifest.
   *
   * @throws TamperedSnapshotException naming the files that differ
   */
  public static Snapshot verify(Snapshot snapshot) {
    List<String> problems = problems(snapshot);
    if (!problems.isEmpty()) {
      throw new TamperedSnapshotException(
          "snapshot "
              + snapshot.folder()
              + " does not match its manifest: "
              + String.join("; ", problems));
    }
    return snapshot;
  }

  /**
   * Takes the store's write lock ({@code <data-dir>/lists.lock}) until closed, and removes staging
   * folders left by an update that did not finish.
   *
   * @throws SnapshotStoreException when another process holds it
   */
  public StoreLock lock() {
    StoreLock lock = StoreLock.acquire(dataDir.resolve("lists.lock"));
    Path tmp = dataDir.resolve("lists-tmp");
    if (Files.isDirectory(tmp)) {
      try (Stream<Path> stale = Files.list(tmp)) {
        stale.forEach(SnapshotStore::deleteTree);
      } catch (IOException e) {
        LOG.warn("Cannot clean {}: {}; leaving it", tmp, e.getMessage());
      }
    }
    return lock;
  }

  /**
   * A fresh empty folder, on the same file system as the store, to assemble a candidate snapshot
   * in.
   */
  public Path newStagingFolder(String sourceId) {
    try {
      Path tmp = Files.createDirectories(dataDir.resolve("lists-tmp"));
      return Files.createTempDirectory(tmp, sourceId + "-");
    } catch (IOException e) {
      throw new SnapshotStoreException(
          "cannot create a staging folder under " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the manifest into {@code staging}, makes its files read-only and renames the folder to
   * {@code <root>/<source-id>/<snapshot-id>} in one atomic step.
   *
   * @throws SnapshotStoreException when a snapshot with that id exists or the rename fails
   */
  public Snapshot commit(Path staging, Manifest manifest) {
    Path target = root().resolve(manifest.sourceId()).resolve(manifest.snapshotId());
    if (Files.exists(target)) {
      throw new SnapshotStoreException(
          "snapshot " + target + " exists already; snapshots are never replaced");
    }
    try {
      ManifestJson.write(manifest, staging.resolve(MANIFEST));
      try (Stream<Path> files = Files.list(staging)) {
        files.forEach(file -> file.toFile().setWritable(false, false));
      }
      Files.createDirectories(target.getParent());
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      throw new SnapshotStoreException(
          "snapshot " + target + " exists already; snapshots are never replaced", e);
    } catch (AtomicMoveNotSupportedException e) {
      throw new SnapshotStoreException(
          "cannot rename " + staging + " to " + target + " atomically: " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new SnapshotStoreException(
          "cannot store snapshot " + target + ": " + e.getMessage(), e);
    }
    LOG.info(
        "Stored snapshot {} of {} ({} entries)",
        manifest.snapshotId(),
        manifest.sourceId(),
        manifest.entryCount());
    return new Snapshot(target, manifest);
  }

  /**
   * Keeps a rejected candidate for inspection under {@code
   * lists-rejected/<source-id>/<snapshot-id>}.
   */
  public Optional<Path> reject(Path staging, String sourceId, String snapshotId) {
    Path target = dataDir.resolve("lists-rejected").resolve(sourceId).resolve(snapshotId);
    try {
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        deleteTree(staging);
        return Optional.of(target);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      return Optional.of(target);
    } catch (IOException e) {
      LOG.warn(
          "Cannot keep rejected files of {} at {}: {}; deleting them",
          sourceId,
          target,
          e.getMessage());
      deleteTree(staging);
      return Optional.empty();
    }
  }

  /** Removes a staging folder that will not become a snapshot. */
  public static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}; leaving it", folder, e.getMessage());
    }
  }

  /** Appends one attempt to the source's attempt log. */
  public void record(Attempt attempt) {
    AttemptLog.append(root().resolve(attempt.sourceId()).resolve(ATTEMPTS), attempt);
  }

  /**
   * Every recorded attempt of a source, oldest first; unreadable lines are skipped with a warning.
   */
  public List<Attempt> attempts(String sourceId) {
    return AttemptLog.read(root().resolve(sourceId).resolve(ATTEMPTS));
  }

  public Optional<Attempt> lastAttempt(String sourceId) {
    List<Attempt> all = attempts(sourceId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
