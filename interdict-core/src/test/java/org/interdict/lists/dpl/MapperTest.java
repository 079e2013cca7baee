package org.interdict.lists.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.interdict.lists.GoldenFiles;
import org.interdict.lists.MappedList;
import org.interdict.lists.SharedLists;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;

class MapperTest {
  @Test
  void mapsTheDeniedPersonsListWithStableIds() throws Exception {
    var file = SharedLists.file("us_bis_dpl/2023-11-30/dpl.txt");
    MappedList mapped = Mapper.map(file, Optional.of(LocalDate.of(2023, 11, 30)));

    // Two rows of the file are verbatim repeats of the row before them: reported as duplicates.
    assertThat(mapped.parties()).hasSize(665 - 2);
    assertThat(mapped.errors()).extracting(error -> error.location().line()).containsExactly(154L, 458L);
    assertThat(mapped.parties()).extracting(Party::id).doesNotHaveDuplicates();
    assertThat(Mapper.map(file, Optional.empty()).parties()).extracting(Party::id)
        .isEqualTo(mapped.parties().stream().map(Party::id).toList());
    GoldenFiles.assertMatches("us-bis-dpl-2023-11-30.txt", GoldenFiles.selection(mapped.parties(), 20));
  }
}
