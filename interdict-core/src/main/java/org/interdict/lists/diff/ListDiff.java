package org.interdict.lists.diff;

import java.util.List;
import org.interdict.model.Party;

/**
 * What changed between two loads of the same lists, keyed by party id: parties only in the newer
 * load ({@code added}), only in the older ({@code removed}), in both with different fields ({@code
 * changed}), and how many are identical. Each list is sorted by party id. This is the input of a
 * delta re-screen: screen the added and changed parties, drop matches against removed ones.
 */
public record ListDiff(
    List<Party> added, List<Party> removed, List<PartyChange> changed, int unchangedCount) {
  public ListDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    if (unchangedCount < 0) {
      throw new IllegalArgumentException("unchangedCount must be >= 0, was " + unchangedCount);
    }
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /**
   * The parties a delta re-screen must screen again: the added ones and the new side of the changed
   * ones.
   */
  public List<Party> partiesToRescreen() {
    java.util.ArrayList<Party> parties = new java.util.ArrayList<>(added);
    changed.forEach(change -> parties.add(change.after()));
    return List.copyOf(parties);
  }

  /** "297 added, 0 removed, 12 changed, 14656 unchanged". */
  public String summary() {
    return added.size()
        + " added, "
        + removed.size()
        + " removed, "
        + changed.size()
        + " changed, "
        + unchangedCount
        + " unchanged";
  }
}
