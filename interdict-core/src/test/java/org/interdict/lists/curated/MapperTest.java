package org.interdict.lists.curated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import org.interdict.lists.Fixtures;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;

class MapperTest {
  @Test
  void bundledSnapshotHoldsTheThreeEntityListEntriesAndTwelveExecutives() throws Exception {
    MappedList mapped = Mapper.map(Mapper.readBundled(), "kaspersky.yaml");

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.statedDate()).contains(LocalDate.of(2024, 6, 24));
    assertThat(mapped.parties())
        .filteredOn(party -> party.type() == PartyType.ENTITY)
        .extracting(Party::primaryName)
        .containsExactly("AO Kaspersky Lab", "OOO Kaspersky Group", "Kaspersky Labs Limited");
    assertThat(mapped.parties())
        .filteredOn(party -> party.type() == PartyType.INDIVIDUAL)
        .hasSize(12)
        .allSatisfy(
            party -> {
              assertThat(party.programs()).containsExactly("RUSSIA-EO14024");
              assertThat(party.source().listDate()).contains(LocalDate.of(2024, 6, 21));
            });
    assertThat(mapped.parties())
        .allSatisfy(
            party -> {
              assertThat(party.id()).startsWith("interdict-curated:");
              assertThat(party.remarks()).startsWith("Source: ");
            });
    assertThat(mapped.parties())
        .filteredOn(party -> party.type() == PartyType.ENTITY)
        .isNotEmpty()
        .allSatisfy(party -> assertThat(party.programs()).containsExactly("entity-list"));
    GoldenFiles.assertMatches("interdict-curated.txt", mapped.parties());
  }

  @Test
  void bundledFileSaysItIsNotAnOfficialList() throws Exception {
    try (InputStream in = Mapper.class.getResourceAsStream(Mapper.BUNDLED_RESOURCE)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text.lines().limit(5))
          .anySatisfy(line -> assertThat(line).contains("NOT AN OFFICIAL LIST"));
    }
  }

  @Test
  void entriesWithoutSourceOrWithUnknownTypeAreSkipped() throws Exception {
    var file = Fixtures.path("curated-missing-source.yaml");
    try (InputStream in = Files.newInputStream(file)) {
      MappedList mapped = Mapper.map(Reader.read(in, "fixture.yaml"), "fixture.yaml");

      assertThat(mapped.parties())
          .extracting(Party::id)
          .containsExactly("interdict-curated:ok-entry");
      assertThat(mapped.errors())
          .extracting(InputError::errorId)
          .containsExactly(ListErrors.MALFORMED_ROW, ListErrors.MALFORMED_ROW);
      assertThat(mapped.errors().get(0).location().pointer()).isEqualTo("/entries/1");
    }
  }
}
