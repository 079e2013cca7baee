package org.interdict.lists.snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;

/**
 * The lists as they stood on a date: per source in the store, the snapshot in force then (the newest fetched on
 * or before that day, UTC), verified against its manifest and loaded with {@link ListLoader}. A tampered
 * snapshot is not used; a source with no snapshot that early is left out. Both are reported in
 * {@link #problems}, so every output can say which snapshots were used and which were not.
 */
public record InForceLists(LocalDate asOf, LoadedLists lists, List<Snapshot> used, List<String> problems) {
  public InForceLists {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(lists, "lists");
    used = List.copyOf(used);
    problems = List.copyOf(problems);
  }

  public static InForceLists load(SnapshotStore store, LocalDate asOf) {
    LoadedLists lists = LoadedLists.empty();
    List<Snapshot> used = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String sourceId : store.sourceIds()) {
      SnapshotStore.Listing listing = store.list(sourceId);
      if (listing.snapshots().isEmpty()) {
        continue;
      }
      Optional<Snapshot> chosen = store.inForce(sourceId, asOf);
      if (chosen.isEmpty()) {
        problems.add(sourceId + ": no snapshot on or before " + asOf + " (oldest is "
            + listing.snapshots().get(0).id() + "); left out");
        continue;
      }
      Snapshot snapshot = chosen.get();
      List<String> tampered = SnapshotStore.problems(snapshot);
      if (!tampered.isEmpty()) {
        problems.add(sourceId + ": snapshot " + snapshot.id() + " does not match its manifest ("
            + String.join("; ", tampered) + "); not used");
        continue;
      }
      LoadedLists one = ListLoader.fromDirectory(snapshot.folder());
      if (one.lists().isEmpty()) {
        problems.add(sourceId + ": snapshot " + snapshot.id() + " has no file this build can read; left out");
        continue;
      }
      lists = lists.plus(one);
      used.add(snapshot);
    }
    return new InForceLists(asOf, lists, used, problems);
  }

  /** "us-ofac-sdn 2024-05-03T000000Z (14965 entries)" per snapshot used. */
  public List<String> describeSnapshots() {
    return used.stream().map(Snapshot::describe).toList();
  }
}
