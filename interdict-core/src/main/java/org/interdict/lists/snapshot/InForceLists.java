package org.interdict.lists.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;

/**
 * The lists as they stood on a date: per source in the store, the snapshot in force then (the
 * newest fetched on or before that day, UTC), verified against its manifest and loaded with {@link
 * ListLoader}. A tampered snapshot is not used; a source with no snapshot that early is left out.
 * Both are reported in {@link #problems}, so every output can say which snapshots were used and
 * which were not.
 */
public record InForceLists(
    LocalDate asOf, LoadedLists lists, List<Snapshot> used, List<String> problems) {
  public InForceLists {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(lists, "lists");
    used = List.copyOf(used);
    problems = List.copyOf(problems);
  }

  /**
   * Which snapshots are in force on {@code asOf}, each verified against its manifest, before any
   * list file is parsed: what a stored screening index is looked up by.
   */
  public record Selection(LocalDate asOf, List<Snapshot> chosen, List<String> problems) {
    public Selection {
      Objects.requireNonNull(asOf, "asOf");
      chosen = List.copyOf(chosen);
      problems = List.copyOf(problems);
    }

    /**
     * Parses the chosen snapshots; one with no file this build can read is left out and reported.
     */
    public InForceLists load() {
      LoadedLists lists = LoadedLists.empty();
      List<Snapshot> used = new ArrayList<>();
      List<String> all = new ArrayList<>(problems);
      for (Snapshot snapshot : chosen) {
        LoadedLists one = ListLoader.fromDirectory(snapshot.folder());
        if (one.lists().isEmpty()) {
          all.add(
              snapshot.sourceId()
                  + ": snapshot "
                  + snapshot.id()
                  + " has no file this build can read; left out");
          continue;
        }
        lists = lists.plus(one);
        used.add(snapshot);
      }
      return new InForceLists(asOf, lists, used, all);
    }
  }

  public static InForceLists load(SnapshotStore store, LocalDate asOf) {
    return select(store, asOf).load();
  }

  /** "us-ofac-sdn: no snapshot on or before 2020-01-01 (oldest is ...); left out". */
  static String noSnapshotProblem(String sourceId, LocalDate asOf, String oldestId) {
    return sourceId
        + ": no snapshot on or before "
        + asOf
        + " (oldest is "
        + oldestId
        + "); left out";
  }

  /** The snapshots in force on {@code asOf}, verified, not yet parsed. */
  public static Selection select(SnapshotStore store, LocalDate asOf) {
    List<Snapshot> chosen = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String sourceId : store.sourceIds()) {
      SnapshotStore.Listing listing = store.list(sourceId);
      if (listing.snapshots().isEmpty()) {
        continue;
      }
      Optional<Snapshot> found =
          listing.snapshots().stream()
              .filter(s -> !s.date().isAfter(asOf))
              .reduce((older, newer) -> newer);
      if (found.isEmpty()) {
        problems.add(noSnapshotProblem(sourceId, asOf, listing.snapshots().get(0).id()));
        continue;
      }
      Snapshot snapshot = found.get();
      List<String> tampered = SnapshotStore.problems(snapshot);
      if (!tampered.isEmpty()) {
        problems.add(
            sourceId
                + ": snapshot "
                + snapshot.id()
                + " does not match its manifest ("
                + String.join("; ", tampered)
                + "); not used");
        continue;
      }
      chosen.add(snapshot);
    }
    return new Selection(asOf, chosen, problems);
  }

  /** "us-ofac-sdn 2024-05-03T000000Z (14965 entries)" per snapshot used. */
  public List<String> describeSnapshots() {
    return used.stream().map(Snapshot::describe).toList();
  }
}
