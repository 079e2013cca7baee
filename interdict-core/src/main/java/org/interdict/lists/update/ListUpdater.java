package org.interdict.lists.update;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.interdict.InterdictException;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;
import org.interdict.lists.snapshot.Attempt;
import org.interdict.lists.snapshot.FileDigests;
import org.interdict.lists.snapshot.Manifest;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotFile;
import org.interdict.lists.snapshot.SnapshotIds;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.lists.snapshot.TamperedSnapshotException;
import org.interdict.lists.snapshot.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one source up to date: fetches its files (conditionally on the snapshot in force),
 * validates them with {@link SnapshotValidator}, and stores an accepted candidate as a new
 * snapshot. Whatever happens, one {@link Attempt} is recorded; a failed or suspicious candidate
 * leaves the previous snapshot in force and is kept under {@code lists-rejected/}. Imports of local
 * files take the same path without HTTP. Not thread-safe per source.
 */
public final class ListUpdater {
  private static final Logger LOG = LoggerFactory.getLogger(ListUpdater.class);
  private final SnapshotStore store;
  private final Optional<HttpFetcher> fetcher;
  private final Clock clock;
  private final boolean acceptIncomplete;

  public ListUpdater(SnapshotStore store, Optional<HttpFetcher> fetcher, Clock clock) {
    this(store, fetcher, clock, false);
  }

  /**
   * With {@code acceptIncomplete}, a candidate read with problems (and nothing else wrong) is put
   * in force instead of refused; its checks and attempt record say so, and screenings against it
   * still report it incomplete.
   */
  public ListUpdater(
      SnapshotStore store, Optional<HttpFetcher> fetcher, Clock clock, boolean acceptIncomplete) {
    this.store = Objects.requireNonNull(store, "store");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.acceptIncomplete = acceptIncomplete;
  }

  /** Downloads {@code source} now. */
  public UpdateReport update(OfficialSource source) {
    HttpFetcher http =
        fetcher.orElseThrow(() -> new IllegalStateException("this updater has no HTTP fetcher"));
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<String> checks = new ArrayList<>();
    Optional<Snapshot> previous = previousIntact(source.id(), now, checks);
    Path staging = store.newStagingFolder(source.id());
    List<SnapshotFile> files = new ArrayList<>();
    int notModified = 0;
    try {
      for (RemoteFile file : source.files()) {
        URI url = source.url(file);
        Optional<SnapshotFile> had =
            previous.flatMap(snapshot -> snapshot.manifest().file(file.name()));
        HttpFetcher.Conditions conditions =
            had.map(copy -> new HttpFetcher.Conditions(copy.etag(), copy.lastModified()))
                .orElse(HttpFetcher.Conditions.none());
        HttpFetcher.Response response = http.fetch(url, conditions, staging.resolve(file.name()));
        if (response instanceof HttpFetcher.Fetched fetched) {
          files.add(
              new SnapshotFile(
                  file.name(),
                  url.toString(),
                  fetched.etag(),
                  fetched.lastModified(),
                  fetched.sha256(),
                  fetched.size()));
        } else if (had.isPresent()) {
          notModified++;
          Files.copy(previous.get().folder().resolve(file.name()), staging.resolve(file.name()));
          files.add(had.get());
        } else {
          throw new DownloadFailedException(
              url, "304 Not Modified for a file the snapshot in force does not have");
        }
      }
    } catch (DownloadFailedException | IOException e) {
      SnapshotStore.deleteTree(staging);
      checks.add("download: " + e.getMessage());
      LOG.warn("Update of {} failed: {}; {}", source.id(), e.getMessage(), stays(previous));
      return finish(
          source.id(),
          Manifest.DOWNLOAD,
          Attempt.Result.FAILED,
          e.getMessage(),
          previous,
          checks,
          Optional.empty());
    }
    if (notModified == source.files().size()) {
      SnapshotStore.deleteTree(staging);
      return finish(
          source.id(),
          Manifest.DOWNLOAD,
          Attempt.Result.UNCHANGED,
          "304 Not Modified: " + previous.get().id() + " is current",
          previous,
          checks,
          Optional.empty());
    }
    return admit(source, now, Manifest.DOWNLOAD, staging, files, previous, checks, true);
  }

  /**
   * Takes local copies of a source's official files, as if downloaded at {@code fetchedAt}.
   *
   * @param files stored name to local file; must hold the source's primary file
   */
  public UpdateReport importFiles(OfficialSource source, Map<String, Path> files, Instant when) {
    Instant fetchedAt = when.truncatedTo(ChronoUnit.SECONDS);
    List<String> checks = new ArrayList<>();
    Optional<Snapshot> previous = previousIntact(source.id(), fetchedAt, checks);
    Path staging = store.newStagingFolder(source.id());
    List<SnapshotFile> stored = new ArrayList<>();
    try {
      for (Map.Entry<String, Path> file : new LinkedHashMap<>(files).entrySet()) {
        Path target = staging.resolve(file.getKey());
        Files.copy(file.getValue(), target);
        stored.add(
            new SnapshotFile(
                file.getKey(),
                file.getValue().toAbsolutePath().normalize().toString(),
                Optional.empty(),
                Optional.empty(),
                FileDigests.sha256(target),
                Files.size(target)));
      }
    } catch (IOException e) {
      SnapshotStore.deleteTree(staging);
      checks.add("import: " + e.getMessage());
      return finish(
          source.id(),
          Manifest.IMPORT,
          Attempt.Result.FAILED,
          "cannot copy " + e.getMessage(),
          previous,
          checks,
          Optional.empty());
    }
    return admit(source, fetchedAt, Manifest.IMPORT, staging, stored, previous, checks, false);
  }

  private UpdateReport admit(
      OfficialSource source,
      Instant at,
      String method,
      Path staging,
      List<SnapshotFile> files,
      Optional<Snapshot> previous,
      List<String> checks,
      boolean download) {
    if (previous.isPresent() && sameContent(previous.get().manifest().files(), files)) {
      SnapshotStore.deleteTree(staging);
      return finish(
          source.id(),
          method,
          Attempt.Result.UNCHANGED,
          "same content as " + previous.get().id(),
          previous,
          checks,
          Optional.empty());
    }
    Validation validation =
        SnapshotValidator.validate(source, staging, previous, download, acceptIncomplete);
    checks.addAll(validation.checks());
    String snapshotId = SnapshotIds.of(at);
    if (!validation.accepted()) {
      Optional<Path> kept = store.reject(staging, source.id(), snapshotId);
      Attempt.Result result =
          validation.outcome() == Validation.Outcome.SUSPICIOUS
              ? Attempt.Result.SUSPICIOUS
              : Attempt.Result.FAILED;
      LOG.warn(
          "{} of {} rejected as {}: {}; {}",
          method,
          source.id(),
          result.id(),
          validation.reason(),
          stays(previous));
      return finish(source.id(), method, result, validation.reason(), previous, checks, kept);
    }
    Manifest manifest =
        new Manifest(
            Manifest.SCHEMA,
            source.id(),
            snapshotId,
            at,
            method,
            files,
            validation.entryCount(),
            validation,
            Manifest.currentToolVersion());
    try {
      Snapshot stored = store.commit(staging, manifest);
      return finish(
          source.id(),
          method,
          Attempt.Result.UPDATED,
          "stored " + snapshotId,
          Optional.of(stored),
          checks,
          Optional.empty());
    } catch (InterdictException e) {
      SnapshotStore.deleteTree(staging);
      checks.add("store: " + e.getMessage());
      return finish(
          source.id(),
          method,
          Attempt.Result.FAILED,
          e.getMessage(),
          previous,
          checks,
          Optional.empty());
    }
  }

  /** The newest snapshot fetched on or before {@code at}, if its files still match its manifest. */
  private Optional<Snapshot> previousIntact(String sourceId, Instant at, List<String> checks) {
    Snapshot found = null;
    for (Snapshot snapshot : store.list(sourceId).snapshots()) {
      if (!snapshot.fetchedAt().isAfter(at)) {
        found = snapshot;
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SnapshotStore.verify(found));
    } catch (TamperedSnapshotException e) {
      checks.add(
          "tampered: " + e.getMessage() + "; not used for comparison or conditional requests");
      return Optional.empty();
    }
  }

  private static boolean sameContent(List<SnapshotFile> before, List<SnapshotFile> after) {
    if (before.size() != after.size()) {
      return false;
    }
    for (SnapshotFile file : after) {
      if (before.stream()
          .noneMatch(old -> old.name().equals(file.name()) && old.sha256().equals(file.sha256()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * What stays in force after a failed attempt: never a claim of a snapshot when the source has
   * none.
   */
  private static String stays(Optional<Snapshot> previous) {
    return previous
        .map(p -> "snapshot " + p.id() + " stays in force")
        .orElse("no snapshot of it is in force");
  }

  private UpdateReport finish(
      String sourceId,
      String method,
      Attempt.Result result,
      String reason,
      Optional<Snapshot> inForce,
      List<String> checks,
      Optional<Path> rejected) {
    Attempt attempt =
        new Attempt(
            sourceId,
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            method,
            result,
            reason,
            inForce.map(Snapshot::id),
            inForce.map(snapshot -> snapshot.manifest().entryCount()).orElse(0));
    store.record(attempt);
    return new UpdateReport(attempt, inForce, checks, rejected);
  }
}
