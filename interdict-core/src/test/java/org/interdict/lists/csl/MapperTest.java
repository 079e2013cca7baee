package org.interdict.lists.csl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interdict.lists.Fixtures;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.SharedLists;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapperTest {
  @Test
  void mapsThe2023ExportWithTheReadmeCountsPerSource() throws Exception {
    MappedList mapped =
        Mapper.map(
            SharedLists.file("us_csl/2023-11-30/csl.csv"), Optional.of(LocalDate.of(2023, 11, 30)));

    // The copy in the shared folder ends inside its last record (an SDN row, its quote left open):
    // reported as
    // a short row and as a quote that never closes, not fatal.
    assertThat(mapped.errors())
        .hasSize(2)
        .allSatisfy(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.MALFORMED_ROW);
              assertThat(error.location().line()).isEqualTo(4_233L);
            });
    assertThat(mapped.errors().get(1).message()).contains("never closes");
    assertThat(mapped.parties()).hasSize(4_227 - 1);
    Map<String, Long> bySubList =
        mapped.parties().stream()
            .collect(
                Collectors.groupingBy(party -> party.source().listId(), Collectors.counting()));
    assertThat(bySubList)
        .containsEntry("us-csl/sdn", 1_738L - 1)
        .containsEntry("us-csl/entity-list", 919L)
        .containsEntry("us-csl/denied-persons-list", 577L)
        .containsEntry("us-csl/sectoral-sanctions-identifications", 288L)
        .containsEntry("us-csl/unverified-list", 186L)
        .containsEntry("us-csl/nonproliferation-sanctions", 144L)
        .containsEntry("us-csl/itar-debarred", 142L)
        .containsEntry("us-csl/palestinian-legislative-council", 78L)
        .containsEntry("us-csl/military-end-user-list", 71L)
        .containsEntry("us-csl/non-sdn-cmic", 68L)
        .containsEntry("us-csl/non-sdn-menu-based-sanctions", 14L)
        .containsEntry("us-csl/foreign-sanctions-evaders", 1L)
        .containsEntry("us-csl/capta-list", 1L);
    assertThat(mapped.parties())
        .allSatisfy(
            party -> {
              assertThat(party.id()).startsWith(party.source().listId() + ":");
              assertThat(party.primaryName()).doesNotContainIgnoringCase("any successor");
            });
    GoldenFiles.assertMatches("us-csl-2023-11-30.txt", GoldenFiles.selection(mapped.parties(), 20));
  }

  @Test
  void mapsTheCurrentLayoutSample() throws Exception {
    MappedList mapped =
        Mapper.map(SharedLists.file("us_csl/2025-06-25-sample/consolidated.csv"), Optional.empty());

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.parties()).hasSize(13);
    GoldenFiles.assertMatches("us-csl-2025-06-25-sample.txt", mapped.parties());
  }

  @Test
  void reportsShortRowsAndNamelessRows() {
    MappedList mapped = Mapper.map(Fixtures.path("csl/missing-columns.csv"), Optional.empty());

    assertThat(mapped.parties())
        .extracting(Party::id, Party::primaryName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("us-csl/entity-list:a1", "Example Trading Co."),
            org.assertj.core.groups.Tuple.tuple("us-csl/unverified-list:a4", "Example Two"));
    assertThat(mapped.parties().get(1).countries()).containsExactly("AM", "GE");
    assertThat(mapped.errors())
        .extracting(InputError::errorId, error -> error.location().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ListErrors.MALFORMED_ROW, 3L),
            org.assertj.core.groups.Tuple.tuple(ListErrors.MISSING_NAME, 4L));
  }

  @Test
  void readsTheJsonExportIntoTheSameParties() throws Exception {
    var file = Fixtures.path("csl/consolidated.json");
    assertThat(org.interdict.lists.ListDirectory.recognise(file))
        .contains(org.interdict.lists.ListSource.fromId("us-csl"));
    MappedList mapped = Mapper.map(file, Optional.empty());

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.parties()).hasSize(2);
    Party entity = mapped.parties().get(0);
    assertThat(entity.id()).isEqualTo("us-csl/entity-list:e1");
    assertThat(entity.primaryName()).isEqualTo("Example Optics LLC");
    assertThat(entity.aliases()).containsExactly("Example Optics", "EO LLC");
    assertThat(entity.countries()).containsExactly("RU");
    assertThat(entity.addresses().get(0).street()).isEqualTo("1 Example Street, Moscow, 101000");
    Party person = mapped.parties().get(1);
    assertThat(person.id()).isEqualTo("us-csl/sdn:12345");
    assertThat(person.programs()).containsExactly("RUSSIA-EO14024", "CYBER2");
    assertThat(person.dates()).containsExactly("DOB 1970-01-01");
    assertThat(person.identifiers())
        .singleElement()
        .satisfies(id -> assertThat(id.value()).isEqualTo("000000"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Entity List (EL) - Bureau of Industry and Security|us-csl/entity-list",
        "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department|us-csl/non-sdn-menu-based-sanctions",
        "Specially Designated Nationals (SDN) - Treasury Department|us-csl/sdn",
        "Brand New List (BNL) - Somewhere|us-csl/bnl",
        "No Code At All|us-csl/no-code-at-all"
      })
  void namesSubLists(String source, String expected) {
    assertThat(SubLists.idFor(source)).isEqualTo(expected);
  }
}
