package org.interdict.screening.stored;

import java.util.List;
import java.util.Objects;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.InForceLists;
import org.interdict.screening.ScreeningIndex;

/**
 * The lists in force on a date with their screening index: {@code lists} is the bundled curated
 * snapshot followed by the official lists of {@code inForce}, the parties in the order the index
 * holds them. {@code origin} says whether the index was loaded from the store or built (and then
 * stored); {@code notices} are the messages a user should see, such as a stored index that failed
 * its checksum and was rebuilt.
 */
public record IndexedLists(
    InForceLists inForce,
    LoadedLists lists,
    ScreeningIndex index,
    Origin origin,
    List<String> notices) {
  /** Where the index came from. */
  public enum Origin {
    /** Read from the stored index file: no list file was parsed. */
    STORED,
    /** Built from the list files in this run (and stored when there were snapshots in force). */
    BUILT
  }

  public IndexedLists {
    Objects.requireNonNull(inForce, "inForce");
    Objects.requireNonNull(lists, "lists");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(origin, "origin");
    notices = List.copyOf(notices);
  }
}
