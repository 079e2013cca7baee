package org.interdict.lists.ofac.nonsdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.MappedList;
import org.interdict.lists.SharedLists;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;

class MapperTest {
  @Test
  void mapsTheConsolidatedNonSdnFilesWithTheReadmeCounts() throws Exception {
    var files = Reader.locate(SharedLists.file("us_ofac_non_sdn/2025-12-19/cons_prim.csv"));
    MappedList mapped = Mapper.map(files, Optional.of(LocalDate.of(2025, 12, 19)));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.parties()).hasSize(442);
    assertThat(mapped.parties())
        .filteredOn(party -> party.type() == PartyType.INDIVIDUAL)
        .hasSize(79);
    assertThat(mapped.parties()).filteredOn(party -> party.type() == PartyType.ENTITY).hasSize(363);
    assertThat(mapped.parties())
        .allSatisfy(party -> assertThat(party.id()).startsWith("us-ofac-non-sdn:"));
    long aliases = mapped.parties().stream().mapToLong(party -> party.aliases().size()).sum();
    assertThat(aliases).isGreaterThanOrEqualTo(1_000);
    GoldenFiles.assertMatches(
        "us-ofac-non-sdn-2025-12-19.txt", GoldenFiles.selection(mapped.parties(), 20));
  }
}
