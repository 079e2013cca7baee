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
 * The lists the server screens against (the bundled snapshot plus the official files of the lists directory)
 * and the one index over them, built at start and shared by every request. Thread-safe.
 */
public final class ScreeningLists {
  private final LoadedLists lists;
  private final ScreeningIndex index;
  private final Set<String> knownListIds;

  private ScreeningLists(LoadedLists lists) {
    this.lists = lists;
    this.index = ScreeningIndex.build(lists.parties());
    Set<String> ids = new LinkedHashSet<>();
    lists.lists().forEach(info -> ids.add(info.listId()));
    lists.parties().forEach(party -> ids.add(party.source().listId()));
    this.knownListIds = Set.copyOf(ids);
  }

  public static ScreeningLists load(Optional<Path> listsDir) {
    LoadedLists lists = ListLoader.bundled();
    if (listsDir.isPresent()) {
      lists = lists.plus(ListLoader.fromDirectory(listsDir.get()));
    }
    return new ScreeningLists(lists);
  }

  public ScreeningIndex index() {
    return index;
  }

  public List<ListInfo> infos() {
    return lists.lists();
  }

  public List<Party> parties() {
    return lists.parties();
  }

  /** The wanted list ids that select no loaded list (prefix rule of {@link ScreeningFilter#listMatches}). */
  public List<String> unknownListIds(List<String> wanted) {
    return wanted.stream().filter(id -> knownListIds.stream()
        .noneMatch(known -> ScreeningFilter.listMatches(known, id.strip().toLowerCase(Locale.ROOT)))).toList();
  }
}
