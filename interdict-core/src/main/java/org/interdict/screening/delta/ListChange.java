package org.interdict.screening.delta;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interdict.lists.diff.ListDiff;
import org.interdict.lists.diff.ListDiffer;
import org.interdict.lists.diff.PartyChange;
import org.interdict.model.Party;

/**
 * What a list update changed: entries added, entries whose content changed (their new versions; the
 * old versions are looked up in the old index by id) and ids of entries removed. Party ids are
 * stable across versions of a list.
 */
public record ListChange(List<Party> added, List<Party> changed, Set<String> removedIds) {
  public ListChange {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removedIds = Set.copyOf(removedIds);
  }

  /**
   * The change between two versions by party id and content, as {@link ListDiffer} finds it (the
   * source file and list date are not content: they differ between every two snapshots).
   */
  public static ListChange between(Collection<Party> before, Collection<Party> after) {
    return of(ListDiffer.diff(before, after));
  }

  /**
   * The re-screen's view of a list diff: added entries, the new versions of changed ones, removed
   * ids.
   */
  public static ListChange of(ListDiff diff) {
    Set<String> removed = new HashSet<>();
    diff.removed().forEach(party -> removed.add(party.id()));
    return new ListChange(
        diff.added(), diff.changed().stream().map(PartyChange::after).toList(), removed);
  }

  /** Ids whose previous version matters: removed entries and the old versions of changed ones. */
  public Set<String> retiredIds() {
    Set<String> ids = new HashSet<>(removedIds);
    changed.forEach(party -> ids.add(party.id()));
    return ids;
  }

  /** Ids whose new version matters: added and changed entries. */
  public Set<String> currentIds() {
    Set<String> ids = new HashSet<>();
    added.forEach(party -> ids.add(party.id()));
    changed.forEach(party -> ids.add(party.id()));
    return ids;
  }

  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removedIds.isEmpty();
  }
}
