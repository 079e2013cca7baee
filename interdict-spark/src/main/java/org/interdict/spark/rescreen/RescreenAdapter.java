package org.interdict.spark.rescreen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.delta.Baseline;
import org.interdict.screening.delta.DeltaRescreener;
import org.interdict.screening.delta.DeltaResult;
import org.interdict.screening.delta.HitChange;
import org.interdict.screening.delta.ListChange;
import org.interdict.screening.delta.StoredNames;
import org.interdict.screening.delta.StoredParty;
import org.interdict.spark.index.ShippedIndex;
import org.interdict.spark.names.NameInput;

/**
 * Everything the rescreen job asks of interdict-core: the lists before and after (each the bundled
 * snapshot plus a lists folder, as {@code interdict rescreen} loads them), and per partition the
 * CLI's delta re-screen (a baseline against the old lists, then only the parties the changed
 * entries can reach against the new ones). Each stored party's hits depend on that party alone, so
 * splitting the parties over partitions changes nothing.
 */
final class RescreenAdapter {
  /** Columns of the CLI's {@code rescreen --format csv}, with the score as a number. */
  static final StructType SCHEMA =
      new StructType()
          .add("change", DataTypes.StringType, false)
          .add("input_id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("entity_id", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false)
          .add("matched_name", DataTypes.StringType, false)
          .add("primary_name", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, false);

  private static final Map<String, ListChange> CHANGES = new ConcurrentHashMap<>();

  private RescreenAdapter() {}

  static LoadedLists lists(Path dir) {
    return ListLoader.bundled().plus(ListLoader.fromDirectory(dir));
  }

  static ShippedIndex ship(LoadedLists lists) {
    return ShippedIndex.of(lists.parties(), ScreeningIndex.build(lists.parties()));
  }

  /** Re-screens one partition's stored parties; error rows (tagged {@code true}) pass through. */
  static Iterator<scala.Tuple2<Boolean, Row>> rescreen(
      Iterator<NameInput> inputs, ShippedIndex before, ShippedIndex after, double minScore) {
    List<scala.Tuple2<Boolean, Row>> out = new ArrayList<>();
    List<StoredParty> stored = new ArrayList<>();
    while (inputs.hasNext()) {
      NameInput input = inputs.next();
      if (input.error().isPresent()) {
        out.add(new scala.Tuple2<>(true, input.error().get().toRow()));
      } else {
        stored.add(new StoredParty(input.inputId(), input.name()));
      }
    }
    if (stored.isEmpty()) {
      return out.iterator();
    }
    ListChange change =
        CHANGES.computeIfAbsent(
            before.digest() + "->" + after.digest(),
            key -> ListChange.between(before.parties(), after.parties()));
    StoredNames names = StoredNames.of(stored);
    Baseline baseline =
        Baseline.screen(
            names,
            before.index(),
            ScreeningQuery.of("").withMinScore(minScore),
            Baseline.DEFAULT_BAND);
    DeltaResult delta =
        DeltaRescreener.rescreen(names, baseline, before.index(), after.index(), change);
    List<HitChange> changes = new ArrayList<>(delta.newHits());
    changes.addAll(delta.goneHits());
    changes.sort(DeltaRescreener.order().thenComparing(HitChange::kind));
    for (HitChange hit : changes) {
      out.add(
          new scala.Tuple2<>(
              false,
              RowFactory.create(
                  hit.kind().id(),
                  hit.stored().id(),
                  hit.stored().name(),
                  hit.partyId(),
                  hit.score(),
                  hit.match().map(Match::matchedName).orElse(""),
                  hit.match().map(m -> m.party().primaryName()).orElse(""),
                  hit.reason())));
    }
    return out.iterator();
  }
}
