package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListLoaderTest {
  @Test
  void loadsEveryShareListPickingTheNewestCompleteSnapshot() {
    Path dir = SharedLists.listsDir();
    long start = System.nanoTime();
    LoadedLists loaded = ListLoader.fromDirectory(dir);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    Map<String, ListInfo> byId =
        loaded.lists().stream().collect(Collectors.toMap(ListInfo::listId, info -> info));
    assertThat(byId)
        .containsOnlyKeys(
            "us-ofac-sdn", "us-ofac-non-sdn", "us-csl", "un-sc-consolidated", "us-bis-dpl");
    assertThat(byId.get("us-ofac-sdn").listDate()).contains(LocalDate.of(2024, 5, 3));
    assertThat(byId.get("us-ofac-sdn").entryCount()).isEqualTo(14_965);
    assertThat(byId.get("us-ofac-sdn").files()).hasSize(1);
    assertThat(byId.get("us-csl").listDate()).contains(LocalDate.of(2023, 11, 30));
    assertThat(byId.get("us-csl").files()).singleElement().asString().endsWith("csl.csv");
    assertThat(byId.get("un-sc-consolidated").listDate()).contains(LocalDate.of(2026, 2, 27));
    assertThat(byId.get("us-ofac-non-sdn").entryCount()).isEqualTo(442);
    // Real defects of the shared copies: csl.csv ends inside its last record, a quote left open (a
    // short row and
    // an unclosed quote: the list is incomplete);
    // dpl.txt repeats two rows verbatim (folded: nothing is lost).
    assertThat(loaded.errors())
        .extracting(
            error ->
                error.errorId()
                    + " "
                    + Path.of(error.location().file()).getFileName()
                    + ":"
                    + error.location().line())
        .containsExactly("malformed-list-row csl.csv:4233", "malformed-list-row csl.csv:4233");
    assertThat(loaded.incompleteLists()).extracting(ListInfo::listId).containsExactly("us-csl");
    assertThat(loaded.parties()).extracting(Party::id).doesNotHaveDuplicates();
    assertThat(loaded.nameCount()).isGreaterThan(25_000);
    assertThat(took).isLessThan(Duration.ofSeconds(30));
    System.out.printf(
        "Loaded %d parties, %d names from %s in %d ms%n",
        loaded.parties().size(), loaded.nameCount(), dir, took.toMillis());
  }

  @Test
  void bundledSnapshotIsTheDefault() {
    LoadedLists loaded = ListLoader.load(Optional.empty());

    assertThat(loaded.lists())
        .singleElement()
        .satisfies(
            info -> {
              assertThat(info.listId()).isEqualTo("interdict-curated");
              assertThat(info.entryCount()).isEqualTo(15);
              assertThat(info.listDate()).contains(LocalDate.of(2024, 6, 24));
            });
    assertThat(loaded.parties()).hasSize(15);
    assertThat(loaded.errors()).isEmpty();
  }

  @Test
  void prefersNewestDatedCompleteFolderAndFallsBackToPartial(@TempDir Path dir) throws Exception {
    String row = "1,\"OLD NAME\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
    write(dir.resolve("ofac/2020-01-01/sdn.csv"), row);
    write(dir.resolve("ofac/2021-01-01/sdn.csv"), row.replace("OLD", "NEW"));
    write(dir.resolve("ofac/2022-01-01-partial/sdn.csv"), row.replace("OLD", "PARTIAL"));
    write(dir.resolve("ofac/2021-01-01/alt.csv"), "1,1,\"aka\",\"NEW ALIAS\",-0- \n");
    write(dir.resolve("ofac/2020-01-01/add.csv"), "1,1,-0- ,\"Havana\",\"Cuba\",-0- \n");
    write(dir.resolve("nonsdn/2023-01-01-sample/cons_prim.csv"), row.replace("OLD", "SAMPLE"));
    write(dir.resolve("notes.csv"), "a,b,c\n");

    LoadedLists loaded = ListLoader.fromDirectory(dir);

    assertThat(loaded.parties())
        .extracting(Party::primaryName)
        .containsExactlyInAnyOrder("NEW NAME", "SAMPLE NAME");
    Party sdn =
        loaded.parties().stream()
            .filter(p -> p.id().equals("us-ofac-sdn:1"))
            .findFirst()
            .orElseThrow();
    assertThat(sdn.aliases()).containsExactly("NEW ALIAS");
    assertThat(sdn.addresses()).isEmpty();
    assertThat(sdn.source().listDate()).contains(LocalDate.of(2021, 1, 1));
  }

  @Test
  void oneBrokenListDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
    write(
        dir.resolve("sdn.csv"),
        "1,\"GOOD\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
    write(
        dir.resolve("consolidated.xml"),
        "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDI");

    LoadedLists loaded = ListLoader.fromDirectory(dir);

    assertThat(loaded.parties()).extracting(Party::id).containsExactly("us-ofac-sdn:1");
    assertThat(loaded.lists())
        .extracting(ListInfo::listId)
        .contains("us-ofac-sdn", "un-sc-consolidated");
    assertThat(loaded.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.errorId()).isEqualTo(ListErrors.MALFORMED_XML));
  }

  @Test
  void missingDirectoryIsRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> ListLoader.fromDirectory(dir.resolve("absent")))
        .isInstanceOf(UnreadableListException.class)
        .hasMessageContaining("absent");
  }

  @Test
  void listFiltersMatchSubLists() {
    assertThat(ListSource.matches("us-csl", "us-csl/entity-list")).isTrue();
    assertThat(ListSource.matches("us-csl/entity-list", "us-csl/entity-list")).isTrue();
    assertThat(ListSource.matches("us-csl", "us-cslx")).isFalse();
    assertThat(ListSource.fromId("US-OFAC-SDN")).isEqualTo(ListSource.fromId("us-ofac-sdn"));
    assertThatThrownBy(() -> ListSource.fromId("xx-no-such-list"))
        .hasMessageContaining("unknown list id 'xx-no-such-list'");
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
