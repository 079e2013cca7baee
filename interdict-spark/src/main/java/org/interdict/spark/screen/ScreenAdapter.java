package org.interdict.spark.screen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.interdict.lists.ListInfo;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.DataDirs;
import org.interdict.lists.snapshot.InForceLists;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.index.ShippedIndex;
import org.interdict.spark.io.Flattening;
import org.interdict.spark.names.NameInput;

/**
 * Everything the screen job asks of interdict-core, in one place: the lists loaded as the CLI loads
 * them (the bundled snapshot plus {@code --lists-dir}, or plus the stored snapshots in force on
 * {@code --as-of}), the index over them, and the screening of one partition's names with the same
 * query the CLI builds.
 */
final class ScreenAdapter {
  private ScreenAdapter() {}

  /**
   * @throws SparkJobException when no stored snapshot was in force on the date
   */
  static LoadedLists lists(
      Optional<Path> listsDir, Optional<Path> dataDir, Optional<LocalDate> asOf) {
    LoadedLists bundled = ListLoader.bundled();
    if (asOf.isEmpty()) {
      return listsDir.map(dir -> bundled.plus(ListLoader.fromDirectory(dir))).orElse(bundled);
    }
    SnapshotStore store = SnapshotStore.at(dataDir.orElseGet(DataDirs::current));
    InForceLists inForce = InForceLists.load(store, asOf.get());
    if (inForce.used().isEmpty()) {
      throw new SparkJobException(
          "no list snapshot in force on "
              + asOf.get()
              + " in "
              + store.root()
              + ": "
              + String.join("; ", inForce.problems()));
    }
    return bundled.plus(inForce.lists());
  }

  static List<String> describe(LoadedLists lists) {
    return lists.lists().stream().map(ListInfo::describe).toList();
  }

  /**
   * The ids of the lists that were not read completely, ";"-joined as the CLI's {@code
   * incomplete_lists}.
   */
  static String incompleteLists(LoadedLists lists) {
    return String.join(";", lists.incompleteLists().stream().map(ListInfo::listId).toList());
  }

  static ShippedIndex ship(LoadedLists lists) {
    return ShippedIndex.of(lists.parties(), ScreeningIndex.build(lists.parties()));
  }

  /**
   * The query settings shipped to the executors (a query itself is not serializable): minimum
   * score, most matches per name and scorer id.
   */
  record Settings(double minScore, int limit, String scorer) implements java.io.Serializable {
    ScreeningQuery template() {
      return new ScreeningQuery(
          "",
          ScreeningFilter.none(),
          minScore,
          limit,
          org.interdict.model.PartyFeatures.none(),
          scorer);
    }
  }

  /**
   * Screens one partition's good rows with the settings' scorer, minimum score and limit and each
   * row's features: one output row per match, or one with empty match columns.
   */
  static Iterator<Row> screen(
      Iterator<NameInput> inputs,
      ScreeningIndex index,
      Settings settings,
      String incompleteLists,
      ScreenCounts counts) {
    ScreeningQuery template = settings.template();
    return Flattening.of(
        inputs,
        input -> {
          var result = index.screen(template.withName(input.name()).withFeatures(input.features()));
          counts.names().add(1);
          counts.matched().add(result.matches().isEmpty() ? 0 : 1);
          return MatchRows.of(input.inputId(), result, incompleteLists);
        });
  }
}
