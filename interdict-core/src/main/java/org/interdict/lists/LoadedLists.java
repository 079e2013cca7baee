package org.interdict.lists;

import java.util.ArrayList;
import java.util.List;
import org.interdict.model.InputError;
import org.interdict.model.Party;

/**
 * Everything one load produced: the parties, one {@link ListInfo} per list read, and the rows or
 * files that were skipped. A list with errors still contributes the parties that could be read, but
 * the load is then not {@link #complete}: outputs must say so and must not present "no match" as a
 * complete result.
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

  /**
   * Whether every list was read without a problem and no file of the lists directory failed: only
   * then may a "no match" be reported as a complete result.
   */
  public boolean complete() {
    return errors.isEmpty() && lists.stream().allMatch(ListInfo::complete);
  }

  /**
   * The parties of one list source ({@link ListSource#matches}: {@code us-csl} takes its
   * sub-lists), in list order; a diff of two snapshots compares these.
   */
  public List<Party> partiesOf(String sourceId) {
    return parties.stream()
        .filter(party -> ListSource.matches(sourceId, party.source().listId()))
        .toList();
  }

  /** The lists read with problems (rows skipped, bytes replaced, a parser limit, a read error). */
  public List<ListInfo> incompleteLists() {
    return lists.stream().filter(info -> !info.complete()).toList();
  }

  /**
   * One line per incomplete list ("us-ofac-sdn: 1 problem, first sdn.csv:7001: bad-list-encoding:
   * ...") and one for problems of the lists directory outside any list; empty when {@link
   * #complete}.
   */
  public List<String> describeIncompleteness() {
    List<String> lines = new ArrayList<>();
    long inLists = 0;
    for (ListInfo info : incompleteLists()) {
      inLists += info.problemCount();
      lines.add(
          info.listId()
              + ": "
              + info.problemCount()
              + " problem"
              + (info.problemCount() == 1 ? "" : "s")
              + (info.problems().isEmpty() ? "" : ", first " + info.problems().get(0)));
    }
    if (errors.size() > inLists) {
      lines.add(
          "lists directory: " + (errors.size() - inLists) + " file problem(s) outside any list");
    }
    return lines;
  }

  /** How many names (primary names plus aliases) screening would consider. */
  public long nameCount() {
    return parties.stream().mapToLong(party -> party.allNames().size()).sum();
  }
}
