package org.interdict.server.screening;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.interdict.lists.ListInfo;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningIndex;

/**
 * The lists the server screens against and the one index over them, shared by every request. The
 * lists in force can be replaced while the server runs ({@link #replace}): lists and index change
 * together, and a request that already holds the old index finishes on it. Thread-safe.
 */
public final class ScreeningLists {
  private record State(LoadedLists lists, ScreeningIndex index, Set<String> knownListIds) {}

  private volatile State state;

  private ScreeningLists(LoadedLists lists, ScreeningIndex index) {
    this.state = state(lists, index);
  }

  private static State state(LoadedLists lists, ScreeningIndex index) {
    Set<String> ids = new LinkedHashSet<>();
    lists.lists().forEach(info -> ids.add(info.listId()));
    lists.parties().forEach(party -> ids.add(party.source().listId()));
    return new State(lists, index, Set.copyOf(ids));
  }

  /** The bundled snapshot plus the official files of the lists directory. */
  public static ScreeningLists load(Optional<Path> listsDir) {
    LoadedLists lists = ListLoader.bundled();
    if (listsDir.isPresent()) {
      lists = lists.plus(ListLoader.fromDirectory(listsDir.get()));
    }
    return of(lists);
  }

  public static ScreeningLists of(LoadedLists lists) {
    return new ScreeningLists(lists, ScreeningIndex.build(lists.parties()));
  }

  /** The lists with an index already made over their parties (for example a stored index). */
  public static ScreeningLists of(LoadedLists lists, ScreeningIndex index) {
    return new ScreeningLists(lists, index);
  }

  /** Puts other lists in force, with their index built by the caller. */
  public void replace(LoadedLists lists, ScreeningIndex index) {
    this.state = state(lists, index);
  }

  public LoadedLists loaded() {
    return state.lists();
  }

  public ScreeningIndex index() {
    return state.index();
  }

  public List<ListInfo> infos() {
    return state.lists().lists();
  }

  public List<Party> parties() {
    return state.lists().parties();
  }

  /**
   * The wanted list ids that select no loaded list (prefix rule of {@link
   * ScreeningFilter#listMatches}).
   */
  public List<String> unknownListIds(List<String> wanted) {
    Set<String> knownListIds = state.knownListIds();
    return wanted.stream()
        .filter(
            id ->
                knownListIds.stream()
                    .noneMatch(
                        known ->
                            ScreeningFilter.listMatches(
                                known, id.strip().toLowerCase(Locale.ROOT))))
        .toList();
  }
}
