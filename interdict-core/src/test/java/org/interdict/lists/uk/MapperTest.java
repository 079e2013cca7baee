package org.interdict.lists.uk;

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
  private static final String XML = "eu-uk/uk/2026-11-27/UK-Sanctions-List.xml";

  @Test
  void mapsTheXmlFixtureToTheGoldenParties() throws Exception {
    MappedList mapped = Mapper.map(Fixtures.path(XML));

    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.statedDate()).contains(LocalDate.of(2026, 11, 27));
    assertThat(mapped.parties())
        .extracting(Party::id, Party::type)
        .containsExactly(
            tuple("uk-sanctions-list:RUS9001", PartyType.INDIVIDUAL),
            tuple("uk-sanctions-list:RUS9002", PartyType.INDIVIDUAL),
            tuple("uk-sanctions-list:RUS9003", PartyType.ENTITY),
            tuple("uk-sanctions-list:RUS9099", PartyType.VESSEL));
    GoldenFiles.assertMatches("uk-sanctions-list-fixture.txt", mapped.parties());
  }

  @Test
  void namesPutName6LastAndMarkLowQualityAliasesWeak() {
    MappedList mapped = Mapper.map(Fixtures.path(XML));

    Party lavrov = mapped.parties().get(1);
    assertThat(lavrov.primaryName()).isEqualTo("Sergei Viktorovich LAVROV");
    assertThat(lavrov.aliases())
        .containsExactly("Sergey Viktorovich LAVROV", "Сергей Викторович ЛАВРОВ");
    assertThat(lavrov.remarks()).doesNotContain("Weak aliases");
    Party tanker = mapped.parties().get(3);
    assertThat(tanker.aliases()).containsExactly("FX TANKER");
    assertThat(tanker.remarks()).contains("Weak aliases: 'FX TANKER'.");
    assertThat(tanker.countries()).containsExactly("Gabon");
  }

  @Test
  void csvGivesTheSamePartiesAsTheXml() {
    MappedList xml = Mapper.map(Fixtures.path(XML));
    MappedList csv = Mapper.map(Fixtures.path("uk/UK-Sanctions-List.csv"));

    assertThat(csv.errors()).isEmpty();
    assertThat(csv.statedDate()).contains(LocalDate.of(2026, 11, 27));
    assertThat(csv.parties())
        .usingRecursiveComparison()
        .ignoringFields("source.file")
        .isEqualTo(xml.parties());
  }

  @Test
  void malformedCsvRowsAreReportedWithTheirLinesAndTheRestLoads() {
    MappedList mapped = Mapper.map(Fixtures.path("uk/malformed.csv"));

    assertThat(mapped.parties())
        .extracting(Party::id)
        .containsExactly("uk-sanctions-list:RUS9001", "uk-sanctions-list:RUS9003");
    assertThat(mapped.errors())
        .extracting(InputError::errorId, error -> error.location().line())
        .containsExactly(
            tuple(ListErrors.MALFORMED_ROW, 6L),
            tuple(ListErrors.MALFORMED_ROW, 4L),
            tuple(ListErrors.MISSING_NAME, 5L));
    assertThat(mapped.errors())
        .allSatisfy(error -> assertThat(error.location().file()).endsWith("malformed.csv"));
  }

  @Test
  void readsOfsisClosedConsolidatedListGroupedByGroupId() {
    MappedList mapped = Mapper.map(Fixtures.path("uk/ConList.csv"));

    assertThat(mapped.statedDate()).contains(LocalDate.of(2026, 1, 27));
    assertThat(mapped.parties())
        .extracting(Party::id, Party::primaryName, Party::type)
        .containsExactly(
            tuple(
                "uk-sanctions-list:RUS9001", "Vladimir Vladimirovich PUTIN", PartyType.INDIVIDUAL),
            tuple("uk-sanctions-list:RUS9002", "Sergei Viktorovich LAVROV", PartyType.INDIVIDUAL),
            tuple("uk-sanctions-list:OFSI-99099", "FIXTURE TANKER", PartyType.VESSEL));
    Party putin = mapped.parties().get(0);
    assertThat(putin.aliases()).containsExactly("Владимир Владимирович ПУТИН");
    assertThat(putin.dates()).containsExactly("DOB 1952-10-07", "listed 2022-02-25");
    assertThat(putin.programs()).containsExactly("Russia");
    assertThat(mapped.parties().get(1).aliases()).containsExactly("Sergey Viktorovich LAVROV");
    assertThat(mapped.parties().get(2).remarks()).contains("Weak aliases: 'FX TANKER'.");
    assertThat(mapped.errors())
        .extracting(InputError::errorId, error -> error.location().line())
        .containsExactly(tuple(ListErrors.MALFORMED_ROW, 8L));
  }

  @ParameterizedTest
  @CsvSource({
    "uk/xxe.xml, forbidden-dtd, 2, 0",
    "uk/entity-no-dtd.xml, malformed-list-xml, 11, 1",
    "uk/truncated.xml, malformed-list-xml, 105, 2",
    "uk/bad-encoding.csv, bad-list-encoding, 4, 4",
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

  @ParameterizedTest
  @CsvSource({
    "07/10/1952, 1952-10-07",
    "dd/mm/1945, 1945",
    "00/00/1975, 1975",
    "dd/03/1958, 1958-03",
    "1/3/1958, 1958-03-01",
    "circa 1960, circa 1960",
  })
  void datesKeepOnlyTheKnownParts(String written, String iso) {
    assertThat(Dates.iso(written)).isEqualTo(iso);
  }

  @Test
  void recognisesTheXmlAndCsvButNotOtherFiles() {
    assertThat(Reader.recognises("x.xml", "<?xml version=\"1.0\"?>\n<Designations>")).isTrue();
    assertThat(
            Reader.recognises(
                "x.csv", "Report Date: 27-Nov-2026\nLast Updated,Unique ID,OFSI Group ID,UN"))
        .isTrue();
    assertThat(Reader.recognises("x.csv", "Last Updated,27/11/2026\nName 6,Name 1,Name 2"))
        .isFalse();
    assertThat(
            Reader.recognises(
                "conlist.csv", "Last Updated,27/01/2026\nName 6,Name 1,Name 2,Group ID"))
        .isTrue();
    assertThat(Reader.recognises("x.xml", "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">"))
        .isFalse();
    assertThat(Dates.reportDate("Report Date: 08-Oct-2026")).contains(LocalDate.of(2026, 10, 8));
  }
}
