package org.interdict.screening.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListLoader;
import org.interdict.lists.ListSource;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.SharedLists;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The delta re-screen after the real weekly SDN change (2024-04-26 to 2024-05-03) must report
 * exactly the hits a full re-screen of every stored party reports, compared with a full screen
 * against the old list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeltaRescreenerTest {
  private static final String[] GIVEN = {
    "John",
    "Maria",
    "Wei",
    "Olga",
    "Ahmed",
    "Fatima",
    "Pierre",
    "Yuki",
    "Carlos",
    "Anna",
    "Dmitri",
    "Priya",
    "Lars",
    "Chen",
    "Sofia",
    "Kwame",
    "Hans",
    "Aisha",
    "Mateo",
    "Ingrid",
    "Ali",
    "Mohammad",
    "Sergey",
    "Elena"
  };
  private static final String[] FAMILY = {
    "Smithson", "Garcia", "Okafor", "Lindqvist", "Nakamura", "Petrovsky", "Haddad", "Dubois",
        "Kowalczyk", "Moretti",
    "Fernandes", "Andersen", "Novak", "Tanaka", "Oyelaran", "Schneider", "Brennan", "Castellano",
        "Virtanen", "Mensah",
    "Ivanov", "Hussein", "Li", "Wang"
  };
  private static final String[] COMPANY = {
    "Trading",
    "Logistics",
    "Holdings",
    "Shipping",
    "Technologies",
    "Industrial",
    "Energy",
    "Systems",
    "Group",
    "International",
    "Marine",
    "Engineering"
  };
  private LoadedLists before;
  private LoadedLists after;
  private ScreeningIndex beforeIndex;
  private ScreeningIndex afterIndex;
  private ListChange change;

  @BeforeAll
  void loadTheRealWeeklyChange() {
    before = sdn("2024-04-26");
    after = sdn("2024-05-03");
    beforeIndex = ScreeningIndex.build(before.parties());
    afterIndex = ScreeningIndex.build(after.parties());
    change = ListChange.between(before.parties(), after.parties());
  }

  private static LoadedLists sdn(String date) {
    Path file = SharedLists.file("us_ofac_sdn/" + date + "/sdn.csv");
    return ListLoader.load(
        new ListFileSet(
            ListSource.fromId("us-ofac-sdn"), file, Optional.of(LocalDate.parse(date)), false));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20240503L, 7L, 424242L})
  void deltaEqualsAFullRescreen(long seed) {
    assertThat(change.added()).hasSizeGreaterThan(200);
    List<StoredParty> stored = storedParties(new Random(seed));
    StoredNames names = StoredNames.of(stored);
    ScreeningQuery template = ScreeningQuery.of("");
    Baseline baseline = Baseline.screen(names, beforeIndex, template, Baseline.DEFAULT_BAND);

    DeltaResult delta = DeltaRescreener.rescreen(names, baseline, beforeIndex, afterIndex, change);

    Set<String> expectedNew = new TreeSet<>();
    Set<String> expectedGone = new TreeSet<>();
    fullDifference(stored, beforeIndex, afterIndex, template, expectedNew, expectedGone);
    assertThat(keys(delta.newHits())).as("seed %d", seed).isEqualTo(expectedNew);
    assertThat(keys(delta.goneHits())).as("seed %d", seed).isEqualTo(expectedGone);
    assertThat(expectedNew)
        .as("the stored parties include respellings of added entries")
        .hasSizeGreaterThan(100);
    assertThat(delta.rescreened())
        .as("a delta, not a full re-screen")
        .isLessThan(stored.size() / 2);
    assertThat(delta.newHits()).allSatisfy(hit -> assertThat(hit.match()).isPresent());

    // a second step from the carried-forward baseline (back to the old list) is exact too
    DeltaResult back =
        DeltaRescreener.rescreen(
            names,
            delta.next(),
            afterIndex,
            beforeIndex,
            ListChange.between(after.parties(), before.parties()));
    assertThat(keys(back.newHits())).isEqualTo(expectedGone);
    assertThat(keys(back.goneHits())).isEqualTo(expectedNew);
  }

  /**
   * A three-year jump (2021-07-07 with aliases and addresses, to 2024-04-26 without them):
   * thousands of entries added, removed and changed, and IDF weights moving everywhere; still
   * exact.
   */
  @org.junit.jupiter.api.Test
  void aLargeChangeWithChangedEntriesIsExactToo() {
    LoadedLists old = sdn("2021-07-07");
    ScreeningIndex oldIndex = ScreeningIndex.build(old.parties());
    ListChange large = ListChange.between(old.parties(), before.parties());
    assertThat(large.changed()).hasSizeGreaterThan(1000);
    assertThat(large.removedIds()).isNotEmpty();
    Random random = new Random(2021);
    List<StoredParty> stored = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      Party party = before.parties().get(random.nextInt(before.parties().size()));
      stored.add(new StoredParty("n" + i, Respell.of(party.primaryName(), random)));
      Party previous = old.parties().get(random.nextInt(old.parties().size()));
      List<String> names = previous.allNames();
      stored.add(new StoredParty("o" + i, names.get(random.nextInt(names.size()))));
      stored.add(
          new StoredParty(
              "u" + i,
              GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]));
    }
    StoredNames names = StoredNames.of(stored);
    ScreeningQuery template = ScreeningQuery.of("");
    Baseline baseline = Baseline.screen(names, oldIndex, template, Baseline.DEFAULT_BAND);
    DeltaResult delta = DeltaRescreener.rescreen(names, baseline, oldIndex, beforeIndex, large);
    Set<String> expectedNew = new TreeSet<>();
    Set<String> expectedGone = new TreeSet<>();
    fullDifference(stored, oldIndex, beforeIndex, template, expectedNew, expectedGone);
    assertThat(keys(delta.newHits())).isEqualTo(expectedNew);
    assertThat(keys(delta.goneHits())).isEqualTo(expectedGone);
    assertThat(expectedGone).as("aliases of 2021 no longer listed").isNotEmpty();
    assertThat(delta.goneHits()).extracting(HitChange::reason).contains("entry-changed");
  }

  private static void fullDifference(
      List<StoredParty> stored,
      ScreeningIndex old,
      ScreeningIndex current,
      ScreeningQuery template,
      Set<String> newHits,
      Set<String> goneHits) {
    for (StoredParty party : stored) {
      Set<String> was = ids(old, template, party.name());
      Set<String> now = ids(current, template, party.name());
      now.stream()
          .filter(id -> !was.contains(id))
          .forEach(id -> newHits.add(party.id() + " -> " + id));
      was.stream()
          .filter(id -> !now.contains(id))
          .forEach(id -> goneHits.add(party.id() + " -> " + id));
    }
  }

  private static Set<String> ids(ScreeningIndex index, ScreeningQuery template, String name) {
    Set<String> ids = new HashSet<>();
    index.screen(template.withName(name)).matches().forEach(m -> ids.add(m.party().id()));
    return ids;
  }

  private static Set<String> keys(List<HitChange> hits) {
    Set<String> keys = new TreeSet<>();
    hits.forEach(hit -> keys.add(hit.stored().id() + " -> " + hit.partyId()));
    return keys;
  }

  /**
   * Respellings of added, changed and removed entries, of unchanged entries, and many unrelated
   * names.
   */
  private List<StoredParty> storedParties(Random random) {
    List<String> names = new ArrayList<>();
    for (Party party : change.added()) {
      names.add(party.primaryName());
      names.add(Respell.of(party.primaryName(), random));
    }
    for (Party party : change.changed()) {
      names.add(Respell.of(party.primaryName(), random));
    }
    List<Party> old = before.parties();
    Set<String> removed = change.removedIds();
    old.stream().filter(p -> removed.contains(p.id())).forEach(p -> names.add(p.primaryName()));
    for (int i = 0; i < 1500; i++) {
      names.add(Respell.of(old.get(random.nextInt(old.size())).primaryName(), random));
    }
    for (int i = 0; i < 4000; i++) {
      String given = GIVEN[random.nextInt(GIVEN.length)];
      String family = FAMILY[random.nextInt(FAMILY.length)];
      names.add(
          random.nextInt(3) == 0
              ? family + " " + COMPANY[random.nextInt(COMPANY.length)] + " Ltd"
              : given + " " + family);
    }
    java.util.Collections.shuffle(names, random);
    List<StoredParty> stored = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      stored.add(new StoredParty("s" + i, names.get(i)));
    }
    return stored;
  }
}
