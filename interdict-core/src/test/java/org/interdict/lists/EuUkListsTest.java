package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EU and UK lists found in a lists directory by file name and first bytes, next to the other
 * lists.
 */
class EuUkListsTest {
  @Test
  void loadsBothFixtureListsWithTheDatesTheyState() {
    LoadedLists loaded = ListLoader.fromDirectory(Fixtures.path("eu-uk"));

    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.lists())
        .extracting(ListInfo::listId, ListInfo::title, ListInfo::listDate, ListInfo::entryCount)
        .containsExactlyInAnyOrder(
            tuple(
                "eu-fsf",
                "EU Financial Sanctions Files (consolidated list)",
                Optional.of(LocalDate.of(2026, 11, 27)),
                4),
            tuple(
                "uk-sanctions-list",
                "UK Sanctions List (FCDO)",
                Optional.of(LocalDate.of(2026, 11, 27)),
                4));
    assertThat(loaded.parties())
        .extracting(Party::id)
        .contains("eu-fsf:900001", "uk-sanctions-list:RUS9001")
        .doesNotHaveDuplicates();
  }

  @Test
  void recognisesTheCsvVariantsAndTakesOneFilePerList(@TempDir Path dir) throws Exception {
    copy("eu/csvFullSanctionsList_1_1.csv", dir.resolve("eu/2026-11-20/full.csv"));
    copy("uk/UK-Sanctions-List.csv", dir.resolve("uk/2026-11-20/UK-Sanctions-List.csv"));
    copy(
        "eu-uk/uk/2026-11-27/UK-Sanctions-List.xml",
        dir.resolve("uk/2026-11-27/UK-Sanctions-List.xml"));
    Files.writeString(
        dir.resolve("uk/2026-11-20/notes.csv"), "Unique ID,Remarks\nRUS9001,not a list\n");

    ListDirectory.Selection selection = ListDirectory.scan(dir);
    LoadedLists loaded = ListLoader.fromDirectory(dir);

    assertThat(selection.chosen())
        .extracting(set -> set.source().id(), set -> set.primary().getFileName().toString())
        .containsExactlyInAnyOrder(
            tuple("eu-fsf", "full.csv"), tuple("uk-sanctions-list", "UK-Sanctions-List.xml"));
    assertThat(selection.passedOver())
        .extracting(set -> set.primary().getFileName().toString())
        .containsExactly("UK-Sanctions-List.csv");
    assertThat(loaded.lists())
        .extracting(ListInfo::listId, ListInfo::entryCount)
        .containsExactlyInAnyOrder(tuple("eu-fsf", 3), tuple("uk-sanctions-list", 4));
    assertThat(loaded.errors())
        .extracting(
            error ->
                error.errorId()
                    + " "
                    + Path.of(error.location().file()).getFileName()
                    + ":"
                    + error.location().line())
        .containsExactly("malformed-list-row full.csv:11", "missing-name full.csv:10");
  }

  private static void copy(String fixture, Path target) throws Exception {
    Files.createDirectories(target.getParent());
    Files.copy(Fixtures.path(fixture), target);
  }
}
