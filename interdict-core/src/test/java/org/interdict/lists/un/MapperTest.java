package org.interdict.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.interdict.lists.Fixtures;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.SharedLists;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;

class MapperTest {
  @Test
  void mapsTheConsolidatedListWithTheReadmeCounts() throws Exception {
    MappedList mapped =
        Mapper.map(SharedLists.file("un_sc_consolidated/2026-02-27/UN_consolidated.xml"));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.statedDate()).contains(LocalDate.of(2026, 2, 27));
    assertThat(mapped.parties())
        .filteredOn(party -> party.type() == PartyType.INDIVIDUAL)
        .hasSize(730);
    assertThat(mapped.parties()).filteredOn(party -> party.type() == PartyType.ENTITY).hasSize(273);
    assertThat(mapped.parties()).allSatisfy(party -> assertThat(party.programs()).hasSize(1));
    long originalScript =
        mapped.parties().stream()
            .filter(
                party ->
                    party.aliases().stream()
                        .anyMatch(alias -> alias.chars().anyMatch(c -> c > 0x0600)))
            .count();
    assertThat(originalScript).isGreaterThan(100);
    GoldenFiles.assertMatches(
        "un-sc-consolidated-2026-02-27.txt",
        GoldenFiles.selection(mapped.parties(), 20, "un-sc-consolidated:CDe.003"));
  }

  @Test
  void keepsEntriesBeforeATruncationAndReportsTheLine() {
    MappedList mapped = Mapper.map(Fixtures.path("un/truncated.xml"));

    assertThat(mapped.parties())
        .extracting(Party::id, Party::primaryName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("un-sc-consolidated:CDi.900", "FIRST PERSON"));
    assertThat(mapped.parties().get(0).aliases()).containsExactly("FIRST ALIAS");
    assertThat(mapped.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.MALFORMED_XML);
              assertThat(error.location().line()).isGreaterThan(10);
            });
  }

  @Test
  void refusesADoctypeSoNoExternalEntityIsEverResolved() {
    MappedList mapped = Mapper.map(Fixtures.path("un/xxe.xml"));

    assertThat(mapped.parties()).isEmpty();
    assertThat(mapped.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.errorId()).isEqualTo(ListErrors.FORBIDDEN_DTD));
  }

  @Test
  void splitsCombinedEntityNamesAndStopsAtAnUndeclaredEntity() {
    MappedList mapped = Mapper.map(Fixtures.path("un/entity-xxe-no-dtd.xml"));

    assertThat(mapped.parties())
        .singleElement()
        .satisfies(
            party -> {
              assertThat(party.primaryName()).isEqualTo("ALPHA TRADING ; BETA TRADING");
              assertThat(party.aliases())
                  .containsExactly("ALPHA TRADING", "BETA TRADING", "GAMMA & SONS");
              assertThat(party.addresses())
                  .singleElement()
                  .satisfies(address -> assertThat(address.city()).isEqualTo("Pyongyang"));
            });
    assertThat(mapped.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.errorId()).isEqualTo(ListErrors.MALFORMED_XML));
    assertThat(Optional.of(mapped.parties().get(0).source().entryId())).contains("KPe.900");
  }
}
