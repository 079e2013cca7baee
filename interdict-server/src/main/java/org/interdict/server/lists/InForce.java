package org.interdict.server.lists;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.interdict.lists.ListInfo;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.InForceLists;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.stored.IndexedLists;
import org.interdict.screening.stored.StoredIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lists in force at one moment and where they came from: {@code lists-dir} (the {@code
 * --lists-dir} files), else {@code snapshot-store} (the snapshots in force today under {@code
 * <data-dir>/lists}) when it holds any, else {@code bundled} (the curated snapshot alone, which
 * every source includes). {@code versions} names each list's version: its snapshot id, else its
 * list date (from a lists directory followed by {@code #} and a digest of its entries, as files
 * there may be edited in place), so a change of the lists in force changes {@link #key}. {@code
 * prebuiltIndex} is the screening index of the lists when loading already made it: for {@code
 * snapshot-store}, loaded from (or built and written to) the stored index beside the snapshots;
 * empty when the caller must build it.
 */
public record InForce(
    String source,
    LoadedLists lists,
    List<Snapshot> snapshots,
    List<String> problems,
    Map<String, String> versions,
    Instant loadedAt,
    Optional<ScreeningIndex> prebuiltIndex) {
  private static final Logger LOG = LoggerFactory.getLogger(InForce.class);

  public InForce {
    snapshots = List.copyOf(snapshots);
    problems = List.copyOf(problems);
    versions = Map.copyOf(versions); // key() sorts: Map.copyOf's order differs between runs
    java.util.Objects.requireNonNull(prebuiltIndex, "prebuiltIndex");
  }

  private InForce(
      String source,
      LoadedLists lists,
      List<Snapshot> snapshots,
      List<String> problems,
      Map<String, String> versions,
      Instant loadedAt) {
    this(source, lists, snapshots, problems, versions, loadedAt, Optional.empty());
  }

  /**
   * Loads what is in force now by {@code clock} (the store's snapshots in force on today's UTC
   * date).
   */
  public static InForce load(Optional<Path> listsDir, Path dataDir, Clock clock) {
    if (listsDir.isPresent()) {
      LoadedLists lists = ListLoader.bundled().plus(ListLoader.fromDirectory(listsDir.get()));
      Map<String, String> versions = new TreeMap<>(versions(lists, List.of()));
      versions.replaceAll((listId, version) -> version + "#" + digest(lists, listId));
      return new InForce("lists-dir", lists, List.of(), List.of(), versions, clock.instant());
    }
    return fromStore(dataDir, clock);
  }

  private static InForce fromStore(Path dataDir, Clock clock) {
    SnapshotStore store = SnapshotStore.at(dataDir);
    IndexedLists indexed =
        StoredIndexes.inForce(store, LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    indexed.notices().forEach(notice -> LOG.warn("{}", notice));
    InForceLists inForce = indexed.inForce();
    if (inForce.used().isEmpty()) {
      LoadedLists bundled = indexed.lists();
      return new InForce(
          "bundled",
          bundled,
          List.of(),
          inForce.problems(),
          versions(bundled, List.of()),
          clock.instant(),
          Optional.of(indexed.index()));
    }
    LoadedLists lists = indexed.lists();
    return new InForce(
        "snapshot-store",
        lists,
        inForce.used(),
        inForce.problems(),
        versions(lists, inForce.used()),
        clock.instant(),
        Optional.of(indexed.index()));
  }

  /**
   * The lists of a recorded state, rebuilt from the snapshot store: the bundled snapshot plus the
   * recorded snapshots ({@code <source-id>/<snapshot-id>}, each verified against its manifest);
   * empty when the state came from a lists directory (its files may have changed since) or a
   * recorded snapshot is gone or tampered with.
   */
  public static Optional<InForce> rebuild(
      String source, List<String> snapshotRefs, Path dataDir, Clock clock) {
    LoadedLists lists = ListLoader.bundled();
    if (source.equals("bundled")) {
      return Optional.of(
          new InForce(
              source, lists, List.of(), List.of(), versions(lists, List.of()), clock.instant()));
    }
    if (!source.equals("snapshot-store")) {
      return Optional.empty();
    }
    SnapshotStore store = SnapshotStore.at(dataDir);
    List<Snapshot> used = new java.util.ArrayList<>();
    for (String ref : snapshotRefs) {
      int slash = ref.indexOf('/');
      Optional<Snapshot> snapshot =
          slash < 0
              ? Optional.empty()
              : store.find(ref.substring(0, slash), ref.substring(slash + 1));
      if (snapshot.isEmpty() || !SnapshotStore.problems(snapshot.get()).isEmpty()) {
        return Optional.empty();
      }
      lists = lists.plus(ListLoader.fromDirectory(snapshot.get().folder()));
      used.add(snapshot.get());
    }
    return Optional.of(
        new InForce(source, lists, used, List.of(), versions(lists, used), clock.instant()));
  }

  /**
   * A recorded state whose lists are gone: no parties, only the versions its key names (for hit
   * evidence).
   */
  public static InForce recorded(String source, String key, Instant at) {
    Map<String, String> versions = new TreeMap<>();
    for (String part : key.split("; ")) {
      int at1 = part.indexOf('@');
      if (at1 > 0) {
        versions.put(part.substring(0, at1), part.substring(at1 + 1));
      }
    }
    return new InForce(source, LoadedLists.empty(), List.of(), List.of(), versions, at);
  }

  /** The snapshots used, as {@code <source-id>/<snapshot-id>}. */
  public List<String> snapshotRefs() {
    return snapshots.stream().map(s -> s.sourceId() + "/" + s.id()).toList();
  }

  private static Map<String, String> versions(LoadedLists lists, List<Snapshot> snapshots) {
    Map<String, String> versions = new TreeMap<>();
    for (ListInfo info : lists.lists()) {
      String version = info.listDate().map(LocalDate::toString).orElse("undated");
      for (Snapshot snapshot : snapshots) {
        String folder = snapshot.folder().toString();
        if (info.files().stream().anyMatch(file -> file.startsWith(folder))) {
          version = snapshot.id();
        }
      }
      versions.merge(info.listId(), version, (a, b) -> a + "+" + b);
    }
    return versions;
  }

  /**
   * 12 hex digits of the SHA-256 over the entry hashes of a list's parties: files edited in place
   * show.
   */
  private static String digest(LoadedLists lists, String listId) {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    lists.parties().stream()
        .filter(p -> p.source().listId().equals(listId))
        .map(org.interdict.screening.EntryHash::of)
        .sorted()
        .forEach(hash -> sha.update(hash.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return java.util.HexFormat.of().formatHex(sha.digest(), 0, 6);
  }

  /** The version of one list ("" when not in force). */
  public String version(String listId) {
    return versions.getOrDefault(listId, "");
  }

  /**
   * "interdict-curated@2024-09-30; us-ofac-sdn@2024-05-03T000000Z": equal keys, same versions of
   * the lists.
   */
  public String key() {
    StringBuilder key = new StringBuilder();
    new TreeMap<>(versions)
        .forEach(
            (id, version) ->
                key.append(key.length() == 0 ? "" : "; ").append(id).append('@').append(version));
    return key.toString();
  }
}
