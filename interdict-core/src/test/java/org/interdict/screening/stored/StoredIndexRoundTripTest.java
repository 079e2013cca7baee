package org.interdict.screening.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interdict.lists.ListLoader;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.snapshot.InForceLists;
import org.interdict.lists.snapshot.SnapshotStore;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningFilter;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored index of all official shared lists screens exactly like an index built from the list
 * files.
 */
class StoredIndexRoundTripTest {
  @TempDir static Path dataDir;
  static SnapshotStore store;
  static IndexedLists built;
  static IndexedLists stored;

  @BeforeAll
  static void importAndIndex() {
    store = StoreFixture.store(dataDir, StoreFixture.ALL_OFFICIAL);
    built = StoredIndexes.inForce(store, StoreFixture.TODAY);
    stored = StoredIndexes.inForce(store, StoreFixture.TODAY);
  }

  @Test
  void firstRunBuildsAndStoresSecondRunLoads() {
    assertThat(built.origin()).isEqualTo(IndexedLists.Origin.BUILT);
    assertThat(Files.isRegularFile(StoredIndexes.file(store, StoreFixture.TODAY))).isTrue();
    assertThat(stored.origin()).isEqualTo(IndexedLists.Origin.STORED);
    assertThat(stored.notices()).isEmpty();
  }

  @Test
  void restoresEveryListRecordAndTheSnapshotsUsed() {
    LoadedLists fresh =
        ListLoader.bundled().plus(InForceLists.load(store, StoreFixture.TODAY).lists());
    assertThat(stored.lists().parties()).isEqualTo(fresh.parties());
    assertThat(stored.lists().lists()).isEqualTo(fresh.lists()).hasSize(6);
    assertThat(stored.lists().errors()).isEqualTo(fresh.errors()).isNotEmpty();
    assertThat(stored.inForce().used()).isEqualTo(built.inForce().used()).hasSize(5);
    assertThat(stored.inForce().problems()).isEqualTo(built.inForce().problems());
    assertThat(stored.index().version())
        .isEqualTo(ScreeningIndex.build(fresh.parties()).version())
        .startsWith("sha256:");
  }

  @Test
  void screensExactlyLikeAFreshlyBuiltIndex() {
    ScreeningIndex fresh = ScreeningIndex.build(built.lists().parties());
    List<String> names = queries(built.lists().parties(), new Random(16));
    long matched = 0;
    for (String name : names) {
      ScreeningQuery query = ScreeningQuery.of(name).withMinScore(0.7);
      var expected = fresh.screen(query);
      assertThat(stored.index().screen(query)).as(name).isEqualTo(expected);
      matched += expected.matches().isEmpty() ? 0 : 1;
    }
    assertThat(matched).isGreaterThan(names.size() / 3);
    var filtered =
        new ScreeningQuery(
            "Bank Melli",
            ScreeningFilter.none()
                .withTypes(java.util.Set.of(org.interdict.model.PartyType.ENTITY)),
            0.7,
            10);
    assertThat(stored.index().screen(filtered)).isEqualTo(fresh.screen(filtered));
  }

  /** Primary names and aliases as listed, with a letter swapped, and made-up names. */
  private static List<String> queries(List<Party> parties, Random random) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Party party = parties.get(random.nextInt(parties.size()));
      List<String> all = party.allNames();
      String name = all.get(random.nextInt(all.size()));
      if (i % 2 == 1 && name.length() > 3) {
        int at = 1 + random.nextInt(name.length() - 2);
        name =
            name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
      }
      names.add(name);
    }
    names.addAll(
        List.of(
            "John Okafor", "Kaspersky Labs Ltd", "Смирнов Иван", "محمد علي", "Acme Trading LLC"));
    return names;
  }
}
