package org.interdict.lists.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.lists.SharedLists;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapperTest {
  @Test
  void mapsTheDeniedPersonsListWithStableIds() throws Exception {
    var file = SharedLists.file("us_bis_dpl/2023-11-30/dpl.txt");
    MappedList mapped = Mapper.map(file, Optional.of(LocalDate.of(2023, 11, 30)));

    // Two rows of the file (lines 154 and 458) are verbatim repeats of the row before them: folded,
    // and since
    // nothing is lost the list stays complete (a problem would make every screening against it exit
    // 4).
    assertThat(mapped.parties()).hasSize(665 - 2);
    assertThat(mapped.errors()).isEmpty();
    assertThat(mapped.parties()).extracting(Party::id).doesNotHaveDuplicates();
    assertThat(Mapper.map(file, Optional.empty()).parties())
        .extracting(Party::id)
        .isEqualTo(mapped.parties().stream().map(Party::id).toList());
    GoldenFiles.assertMatches(
        "us-bis-dpl-2023-11-30.txt", GoldenFiles.selection(mapped.parties(), 20));
  }

  @Test
  void aRepeatedKeyWithOtherDetailsIsAProblemButAVerbatimRepeatIsNot(@TempDir Path dir)
      throws Exception {
    String header =
        "Name\tStreet_Address\tCity\tState\tCountry\tPostal_Code\tEffective_Date\tExpiration_Date"
            + "\tStandard_Order\tLast_Update\tAction\tFR_Citation\n";
    String row =
        "\"JOHN EXAMPLE\"\t\"1 MAIN ST\"\t\"TUCSON\"\t\"AZ\"\t\"US\"\t\"85701\"\t\"04/12/2023\"\t\"\"\t\"Y\""
            + "\t\"2023-04-18\"\t\"ADDITION\"\t\"88 F.R. 1\"\n";
    Path file = dir.resolve("dpl.txt");
    Files.writeString(
        file, header + row + row + row.replace("ADDITION", "CORRECTION"), StandardCharsets.UTF_8);

    MappedList mapped = Mapper.map(file, Optional.empty());

    assertThat(mapped.parties()).hasSize(1);
    assertThat(mapped.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.DUPLICATE_ENTRY);
              assertThat(error.location().line()).isEqualTo(4L);
            });
  }
}
