package org.interdict.lists;

import java.util.ArrayList;
import java.util.List;
import org.interdict.model.InputError;
import org.interdict.model.Party;

/**
 * Everything one load produced: the parties, one {@link ListInfo} per list read, and the rows or files that
 * were skipped. A list with errors still contributes the parties that could be read.
 */
public record LoadedLists(List<Party> parties, List<ListInfo> lists, List<InputError> errors) {
  public LoadedLists {
    parties = List.copyOf(parties);
    lists = List.copyOf(lists);
    errors = List.copyOf(errors);
  }

  public static LoadedLists empty() {
    return new LoadedLists(List.of(), List.of(), List.of());
  }

  /** This load followed by another, for example official lists plus the bundled snapshot. */
  public LoadedLists plus(LoadedLists other) {
    List<Party> allParties = new ArrayList<>(parties);
    allParties.addAll(other.parties);
    List<ListInfo> allLists = new ArrayList<>(lists);
    allLists.addAll(other.lists);
    List<InputError> allErrors = new ArrayList<>(errors);
    allErrors.addAll(other.errors);
    return new LoadedLists(allParties, allLists, allErrors);
  }

  /** How many names (primary names plus aliases) screening would consider. */
  public long nameCount() {
    return parties.stream().mapToLong(party -> party.allNames().size()).sum();
  }
}
