package org.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.interdict.lists.Fixtures;
import org.interdict.lists.ListErrors;
import org.interdict.lists.MappedList;
import org.interdict.model.InputError;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyMapperTest {
  @Test
  void skipsBadRowsWithTheirLineAndKeepsTheGoodOnes() {
    LegacyFiles files =
        org.interdict.lists.ofac.sdn.Reader.locate(Fixtures.path("ofac-malformed/sdn.csv"));
    MappedList mapped = LegacyMapper.map("us-ofac-sdn", files, Optional.empty());

    assertThat(mapped.parties())
        .extracting(Party::id)
        .containsExactly("us-ofac-sdn:10", "us-ofac-sdn:13");
    Party good = mapped.parties().get(0);
    assertThat(good.aliases()).containsExactly("GOOD ENTITY LTD", "GOOD ONE");
    assertThat(good.programs()).containsExactly("SDGT", "IRAN");
    assertThat(good.dates()).containsExactly("DOB 01 Jan 1970");
    assertThat(good.countries()).containsExactly("Iran");
    Party smith = mapped.parties().get(1);
    assertThat(smith.type()).isEqualTo(PartyType.INDIVIDUAL);
    assertThat(smith.primaryName()).isEqualTo("SMITH, John");
    assertThat(smith.programs()).containsExactly("SDGT");
    assertThat(mapped.errors())
        .extracting(InputError::errorId, error -> error.location().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ListErrors.MALFORMED_ROW, 2L),
            org.assertj.core.groups.Tuple.tuple(ListErrors.MALFORMED_ROW, 3L),
            org.assertj.core.groups.Tuple.tuple(ListErrors.MISSING_NAME, 4L),
            org.assertj.core.groups.Tuple.tuple(ListErrors.DUPLICATE_ENTRY, 5L),
            org.assertj.core.groups.Tuple.tuple(ListErrors.ORPHAN_ROW, 2L));
    assertThat(mapped.errors().get(4).location().file()).endsWith("alt.csv");
  }

  @Test
  void replacesInvalidUtf8NamingItsLineAndReadsOn() {
    var read = LegacyCsvReader.read(Fixtures.path("bad-encoding-sdn.csv"), 12);

    // Issue 9: the bad bytes (line 2) used to end the read, and block-wise decoding lost the row
    // before them too.
    assertThat(read.rows()).extracting(LegacyRow::entryNumber).containsExactly("10", "11", "12");
    assertThat(read.rows().get(1).field(1)).isEqualTo("BAD \uFFFD\uFFFD BYTES");
    assertThat(read.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.BAD_ENCODING);
              assertThat(error.location().file()).endsWith("bad-encoding-sdn.csv");
              assertThat(error.location().line()).isEqualTo(2);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CUBA|CUBA",
        "SDGT] [IRAN|SDGT,IRAN",
        "[SDGT] [IFSR]|SDGT,IFSR",
        "RUSSIA-EO14024] [CYBER2|RUSSIA-EO14024,CYBER2"
      })
  void splitsPrograms(String field, String expected) {
    assertThat(LegacyMapper.programs(field)).containsExactly(expected.split(","));
  }
}
