package org.interdict.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DOB 19 Jun 1951|1951-06-19",
        "alt. DOB 31 Aug 1953|1953-08-31",
        "DOB Jun 1951|1951-06",
        "DOB 1951|1951",
        "1951-06-19|1951-06-19",
        "1951-06|1951-06",
        "19/06/1951|1951-06-19",
        "06/19/1951|1951-06-19",
        "19.06.1951|1951-06-19",
        "DOB circa 1960|~1960",
        "circa 1960-03-01|~1960-03-01",
        "DOB 1960 to 1965|1960..1965",
        "DOB 01 Jan 1960 to 31 Dec 1962|1960..1962",
        "DOB 01 Jan 1960 to 31 Jan 1960|1960-01",
        "1978-1979|1978..1979",
        "DOB 1951.|1951",
      })
  void parsesTheFormsListsWrite(String text, String canonical) {
    assertThat(BirthDate.parse(text)).get().extracting(BirthDate::canonical).isEqualTo(canonical);
    assertThat(BirthDate.parse(text).orElseThrow().raw()).isEqualTo(text.strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"listed 2020-01-01", "unknown", "DOB", "1965 to 1960", "32/13/1960", "''"})
  void rejectsWhatIsNoBirthDate(String text) {
    assertThat(BirthDate.parse(text)).isEmpty();
  }
}
