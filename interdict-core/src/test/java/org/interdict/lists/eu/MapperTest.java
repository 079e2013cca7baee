package org.interdict.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.interdict.lists.Fixtures;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapperTest {
  private static final String XML = "eu-uk/eu/2026-11-27/xmlFullSanctionsList_1_1.xml";

  @Test
  void mapsTheXmlFixtureToTheGoldenParties() throws Exception {
    MappedList mapped = Mapper.map(Fixtures.path(XML));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.statedDate()).contains(LocalDate.of(2026, 11, 27));
    assertThat(mapped.parties())
        .extracting(Party::id, Party::type)
        .containsExactly(
            tuple("eu-fsf:900001", PartyType.INDIVIDUAL),
                tuple("eu-fsf:900002", PartyType.INDIVIDUAL),
            tuple("eu-fsf:900003", PartyType.ENTITY), tuple("eu-fsf:900099", PartyType.INDIVIDUAL));
    GoldenFiles.assertMatches("eu-fsf-fixture.txt", mapped.parties());
  }

  @Test
  void weakAliasesStayAliasesAndAreNamedInTheRemarks() {
    Party wagner = Mapper.map(Fixtures.path(XML)).parties().get(2);

    assertThat(wagner.primaryName()).isEqualTo("Wagner Group");
    assertThat(wagner.aliases())
        .containsExactly("PMC Wagner", "ChVK Vagner", "Группа Вагнера", "Wagner");
    assertThat(wagner.remarks()).contains("Weak aliases: 'Wagner'.").doesNotContain("'PMC Wagner'");
    assertThat(wagner.programs()).containsExactly("HR");
  }

  @Test
  void csvVariantGivesTheSameNamesDatesAndProgramsAsTheXml() {
    MappedList xml = Mapper.map(Fixtures.path(XML));
    MappedList csv = Mapper.map(Fixtures.path("eu/csvFullSanctionsList_1_1.csv"));

    assertThat(csv.statedDate()).contains(LocalDate.of(2026, 11, 27));
    assertThat(csv.parties()).hasSize(3);
    for (Party party : csv.parties()) {
      Party same =
          xml.parties().stream().filter(p -> p.id().equals(party.id())).findFirst().orElseThrow();
      assertThat(party.primaryName()).isEqualTo(same.primaryName());
      assertThat(party.type()).isEqualTo(same.type());
      assertThat(party.countries()).isEqualTo(same.countries());
      assertThat(party.programs()).isEqualTo(same.programs());
      assertThat(party.dates()).isEqualTo(same.dates());
      assertThat(same.aliases()).containsAll(party.aliases());
    }
    assertThat(csv.errors())
        .extracting(InputError::errorId, error -> error.location().line())
        .containsExactly(tuple(ListErrors.MALFORMED_ROW, 11L), tuple(ListErrors.MISSING_NAME, 10L));
  }

  @Test
  void keepsEntriesBeforeATruncationAndReportsTheLine() {
    MappedList mapped = Mapper.map(Fixtures.path("eu/truncated.xml"));

    assertThat(mapped.parties()).extracting(Party::id).containsExactly("eu-fsf:900001");
    assertThat(mapped.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.MALFORMED_XML);
              assertThat(error.location().file()).endsWith("truncated.xml");
              assertThat(error.location().line()).isGreaterThanOrEqualTo(22);
              assertThat(error.message()).contains("keeping the 1 entries");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "eu/xxe.xml, forbidden-dtd, 2, 0",
    "eu/wrong-root.xml, unexpected-list-header, 2, 0",
    "eu/bad-encoding.xml, bad-list-encoding, 29, 4",
  })
  void refusesOrStopsAtBadFilesNamingFileAndLine(
      String fixture, String errorId, long line, int kept) {
    MappedList mapped = Mapper.map(Fixtures.path(fixture));

    assertThat(mapped.parties()).hasSize(kept);
    assertThat(mapped.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(errorId);
              assertThat(error.location().file()).endsWith(fixture.substring(3));
              assertThat(error.location().line()).isEqualTo(line);
            });
  }

  @Test
  void skipsEntriesWithoutANameAndRepeatedIdsButLoadsTheRest() {
    MappedList mapped = Mapper.map(Fixtures.path("eu/missing-name.xml"));

    assertThat(mapped.parties())
        .extracting(Party::id, Party::primaryName)
        .containsExactly(tuple("eu-fsf:900924", "Named Enterprise"));
    assertThat(mapped.errors())
        .extracting(InputError::errorId, error -> error.location().line())
        .containsExactly(
            tuple(ListErrors.MISSING_NAME, 3L), tuple(ListErrors.DUPLICATE_ENTRY, 12L));
  }

  @Test
  void recognisesTheXmlAndCsvButNotOtherFiles() {
    assertThat(
            Reader.recognises(
                "x.xml", "<?xml?>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">"))
        .isTrue();
    assertThat(
            Reader.recognises(
                "x.csv", "\uFEFFfileGenerationDate;Entity_LogicalId;NameAlias_WholeName"))
        .isTrue();
    assertThat(Reader.recognises("x.xml", "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\">"))
        .isFalse();
    assertThat(Reader.recognises("x.csv", "_id,source,entity_number")).isFalse();
  }
}
