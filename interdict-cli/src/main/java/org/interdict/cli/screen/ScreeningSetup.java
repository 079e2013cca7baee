package org.interdict.cli.screen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interdict.lists.ListInfo;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.InForceLists;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.stored.IndexedLists;
import org.interdict.screening.stored.StoredIndexes;

/**
 * The lists a run screens against and the index built over them: the bundled curated snapshot, plus
 * the official files of {@code --lists-dir} when given.
 */
record ScreeningSetup(LoadedLists lists, ScreeningIndex index, Optional<InForceLists> asOf) {
  static ScreeningSetup load(Optional<Path> listsDir) {
    LoadedLists lists = ListLoader.bundled();
    if (listsDir.isPresent()) {
      lists = lists.plus(ListLoader.fromDirectory(listsDir.get()));
    }
    return new ScreeningSetup(lists, ScreeningIndex.build(lists.parties()), Optional.empty());
  }

  /**
   * The bundled snapshot plus, per source, the stored snapshot in force on {@code date} ({@code
   * --data-dir}, {@code --as-of}), with the stored screening index of those snapshots (built and
   * stored first when missing or unusable; {@code notices} gets what the user should be told about
   * that).
   *
   * @throws org.interdict.InterdictException when no stored snapshot was in force that day
   */
  static ScreeningSetup asOf(SnapshotStore store, LocalDate date, List<String> notices) {
    IndexedLists indexed = StoredIndexes.inForce(store, date);
    InForceLists inForce = indexed.inForce();
    if (inForce.used().isEmpty()) {
      String why =
          inForce.problems().isEmpty()
              ? "no snapshots stored; run interdict lists update or import"
              : String.join("; ", inForce.problems());
      throw new org.interdict.InterdictException(
          "no list snapshot in force on " + date + " in " + store.root() + ": " + why);
    }
    notices.addAll(indexed.notices());
    return new ScreeningSetup(indexed.lists(), indexed.index(), Optional.of(inForce));
  }

  /**
   * "us-ofac-sdn 2024-04-26T120000Z (14668 entries): /data/lists/us-ofac-sdn/.../sdn.csv" per
   * snapshot used.
   */
  List<String> describeSnapshots() {
    List<String> lines = new ArrayList<>();
    asOf.ifPresent(
        inForce ->
            inForce
                .used()
                .forEach(
                    snapshot ->
                        lines.add(
                            snapshot.describe()
                                + ": "
                                + String.join(
                                    ", ",
                                    snapshot.manifest().files().stream()
                                        .map(
                                            file ->
                                                snapshot.folder().resolve(file.name()).toString())
                                        .toList()))));
    return lines;
  }

  /** List ids a {@code --list} option may name: every loaded list and sub-list id. */
  Set<String> knownListIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (ListInfo info : lists.lists()) {
      ids.add(info.listId());
    }
    for (Party party : lists.parties()) {
      ids.add(party.source().listId());
    }
    return ids;
  }

  /**
   * The wanted list ids that select no loaded list (prefix rule of {@link
   * ScreeningFilter#listMatches}).
   */
  List<String> unknownListIds(Set<String> wanted) {
    List<String> unknown = new ArrayList<>();
    for (String id : wanted) {
      String lower = id.strip().toLowerCase(java.util.Locale.ROOT);
      if (knownListIds().stream().noneMatch(known -> ScreeningFilter.listMatches(known, lower))) {
        unknown.add(id);
      }
    }
    return unknown;
  }

  /**
   * Wanted values no loaded party carries, compared case-insensitively; {@code values} extracts
   * them per party.
   */
  List<String> unknownValues(
      List<String> wanted, java.util.function.Function<Party, List<String>> values) {
    if (wanted.isEmpty()) {
      return List.of(); // no pass over every party when no filter was asked for
    }
    Set<String> known = knownValues(values);
    return wanted.stream()
        .filter(w -> !known.contains(w.strip().toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }

  /** Every value of one kind carried by a loaded party, lower-cased and sorted. */
  java.util.SortedSet<String> knownValues(java.util.function.Function<Party, List<String>> values) {
    java.util.SortedSet<String> known = new java.util.TreeSet<>();
    for (Party party : lists.parties()) {
      for (String value : values.apply(party)) {
        known.add(value.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return known;
  }

  /** {@link #countries} as a country filter compares them ({@link ScreeningFilter#country}). */
  static List<String> foldedCountries(Party party) {
    return countries(party).stream().map(ScreeningFilter::country).toList();
  }

  static List<String> countries(Party party) {
    List<String> all = new ArrayList<>(party.countries());
    party.addresses().forEach(address -> all.add(address.country()));
    return all;
  }

  /** "us-ofac-sdn (2024-05-03, 14965 entries)" for each list, in load order. */
  List<String> describeLists() {
    return lists.lists().stream().map(ListInfo::describe).toList();
  }
}
