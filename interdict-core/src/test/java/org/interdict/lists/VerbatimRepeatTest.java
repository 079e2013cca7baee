package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.interdict.lists.curated.Mapper;
import org.interdict.lists.curated.Reader;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared duplicate-entry rule ({@link DuplicateEntries}) in every mapper: an entry repeated
 * verbatim on another line is folded (one party, no problem, the list complete); a second entry
 * under the same key with other details is skipped and reported as {@code duplicate-list-entry} on
 * its own line. One test per list, each through the list's registered {@link ListSource}.
 */
class VerbatimRepeatTest {
  @TempDir Path dir;

  @Test
  void csl() throws IOException {
    String header =
        "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
            + "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,"
            + "gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,"
            + "citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";
    String row =
        "e1,Entity List (EL) - Bureau of Industry and Security,,Entity,EAR,REPEAT TRADING LLC"
            + ",,,,,,,,,,,,,,,,,,,,,,,\n";
    assertFoldedThenReported(
        "us-csl",
        "consolidated.csv",
        header,
        row,
        row.replace("REPEAT TRADING", "OTHER TRADING"),
        "",
        4);
  }

  @Test
  void ofacSdn() throws IOException {
    String row =
        "900001,\"REPEAT TRADING LLC\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    assertFoldedThenReported("us-ofac-sdn", "sdn.csv", "", row, row.replace("SDGT", "IRGC"), "", 3);
  }

  @Test
  void ofacNonSdn() throws IOException {
    String row =
        "900001,\"REPEAT TRADING LLC\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    assertFoldedThenReported(
        "us-ofac-non-sdn", "cons_prim.csv", "", row, row.replace("SDGT", "IRGC"), "", 3);
  }

  @Test
  void un() throws IOException {
    String entry =
        "<INDIVIDUAL><DATAID>6900001</DATAID><FIRST_NAME>REPEAT</FIRST_NAME><SECOND_NAME>PERSON"
            + "</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>XXi.901</REFERENCE_NUMBER>"
            + "<LISTED_ON>2026-01-01</LISTED_ON></INDIVIDUAL>\n";
    assertFoldedThenReported(
        "un-sc-consolidated",
        "consolidated.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\"><INDIVIDUALS>\n",
        entry,
        entry.replace("2026-01-01", "2026-01-02"),
        "</INDIVIDUALS></CONSOLIDATED_LIST>\n",
        5);
  }

  @Test
  void eu() throws IOException {
    String entity =
        "<sanctionEntity logicalId=\"900801\" euReferenceNumber=\"EU.9008.01\" designationDate="
            + "\"2022-02-25\"><regulation programme=\"UKR\" numberTitle=\"2022/336 (OJ L58)\"/><subjectType code="
            + "\"enterprise\"/><nameAlias wholeName=\"REPEAT TRADING LLC\" strong=\"true\"/></sanctionEntity>\n";
    assertFoldedThenReported(
        "eu-fsf",
        "fsf.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2026-11-27T18:02:11.120+01:00\">\n",
        entity,
        entity.replace("REPEAT TRADING", "OTHER TRADING"),
        "</export>\n",
        5);
  }

  @Test
  void uk() throws IOException {
    String designation =
        "<Designation><UniqueID>RUS9801</UniqueID><Names><Name><Name6>REPEAT TRADING LLC</Name6>"
            + "<NameType>Primary Name</NameType></Name></Names><RegimeName>The Russia (Sanctions) (EU Exit) Regulations"
            + " 2019</RegimeName><IndividualEntityShip>Entity</IndividualEntityShip></Designation>\n";
    assertFoldedThenReported(
        "uk-sanctions-list",
        "UK-Sanctions-List.xml",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "\n<Designations><DateGenerated>27/11/2026</DateGenerated>\n",
        designation,
        designation.replace("REPEAT TRADING", "OTHER TRADING"),
        "</Designations>\n",
        5);
  }

  @Test
  void dpl() throws IOException {
    String header =
        "Name\tStreet_Address\tCity\tState\tCountry\tPostal_Code\tEffective_Date\tExpiration_Date"
            + "\tStandard_Order\tLast_Update\tAction\tFR_Citation\n";
    String row =
        "\"JOHN EXAMPLE\"\t\"1 MAIN ST\"\t\"TUCSON\"\t\"AZ\"\t\"US\"\t\"85701\"\t\"04/12/2023\"\t\"\"\t\"Y\""
            + "\t\"2023-04-18\"\t\"ADDITION\"\t\"88 F.R. 1\"\n";
    assertFoldedThenReported(
        "us-bis-dpl", "dpl.txt", header, row, row.replace("ADDITION", "CORRECTION"), "", 4);
  }

  @Test
  void curated() {
    String entry =
        "  - {id: repeat, type: entity, name: \"Repeat Entity\", list_date: 2024-06-24, source: \"fixture\"}\n";
    String yaml =
        "list_id: interdict-curated\ntitle: fixture\nas_of: 2024-06-24\nentries:\n" + entry + entry;
    MappedList folded = Mapper.map(Reader.read(utf8(yaml), "fixture.yaml"), "fixture.yaml");
    assertThat(folded.errors()).isEmpty();
    assertThat(folded.parties()).extracting(Party::primaryName).containsExactly("Repeat Entity");

    MappedList reported =
        Mapper.map(
            Reader.read(
                utf8(yaml + entry.replace("Repeat Entity", "Other Entity")), "fixture.yaml"),
            "fixture.yaml");
    assertThat(reported.parties()).extracting(Party::primaryName).containsExactly("Repeat Entity");
    assertThat(reported.errors())
        .singleElement()
        .extracting(InputError::errorId)
        .isEqualTo(ListErrors.DUPLICATE_ENTRY);
  }

  /**
   * {@code entry} twice between {@code head} and {@code tail} is folded: one party, a complete
   * list. With {@code other} (the same key, other details) after them, that one is skipped and
   * reported on {@code otherLine}.
   */
  private void assertFoldedThenReported(
      String listId,
      String fileName,
      String head,
      String entry,
      String other,
      String tail,
      long otherLine)
      throws IOException {
    LoadedLists folded = load(listId, fileName, head + entry + entry + tail);
    assertThat(folded.errors()).as("a verbatim repeat is no problem").isEmpty();
    assertThat(folded.complete()).isTrue();
    assertThat(folded.parties()).hasSize(1);

    LoadedLists reported = load(listId, fileName, head + entry + entry + other + tail);
    assertThat(reported.parties()).hasSize(1);
    assertThat(reported.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.DUPLICATE_ENTRY);
              assertThat(error.location().line()).isEqualTo(otherLine);
            });
  }

  private LoadedLists load(String listId, String fileName, String content) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(listId + "-" + content.hashCode()));
    Path file = Files.writeString(folder.resolve(fileName), content, StandardCharsets.UTF_8);
    return ListLoader.load(
        new ListFileSet(ListSource.fromId(listId), file, Optional.empty(), false));
  }

  private static ByteArrayInputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
