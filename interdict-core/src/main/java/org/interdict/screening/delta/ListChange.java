package org.interdict.screening.delta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interdict.model.Party;
import org.interdict.model.SourceRef;

/**
 * What a list update changed: entries added, entries whose content changed (their new versions; the old versions
 * are looked up in the old index by id) and ids of entries removed. Party ids are stable across versions of a list.
 */
public record ListChange(List<Party> added, List<Party> changed, Set<String> removedIds) {
  public ListChange {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removedIds = Set.copyOf(removedIds);
  }

  /**
   * The change between two versions by party id and content; the source file and list date are not content (they
   * differ between every two snapshots).
   */
  public static ListChange between(Collection<Party> before, Collection<Party> after) {
    Map<String, Party> old = new LinkedHashMap<>();
    before.forEach(party -> old.put(party.id(), party));
    List<Party> added = new ArrayList<>();
    List<Party> changed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Party party : after) {
      seen.add(party.id());
      Party previous = old.get(party.id());
      if (previous == null) {
        added.add(party);
      } else if (!content(previous).equals(content(party))) {
        changed.add(party);
      }
    }
    Set<String> removed = new HashSet<>(old.keySet());
    removed.removeAll(seen);
    return new ListChange(added, changed, removed);
  }

  private static Party content(Party party) {
    SourceRef source = party.source();
    return new Party(party.id(), party.type(), party.primaryName(), party.aliases(), party.addresses(),
        party.countries(), party.programs(), party.dates(), party.identifiers(), party.remarks(),
        new SourceRef(source.listId(), source.entryId(), Optional.empty(), ""));
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
