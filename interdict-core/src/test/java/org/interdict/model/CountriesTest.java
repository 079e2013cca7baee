package org.interdict.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Russia|RU",
        "Russian Federation|RU",
        "RU|RU",
        "rus|RU",
        "Korea, North|KP",
        "North Korea|KP",
        "Iran|IR",
        "Iranian|IR",
        "Burma|MM",
        "Myanmar|MM",
        "Syria|SY",
        "af|AF",
        "Côte d'Ivoire|CI",
        "United Arab Emirates|AE",
        "Germany|DE",
        "United Kingdom|GB"
      })
  void foldsNamesAdjectivesAndCodes(String text, String code) {
    assertThat(Countries.code(text)).contains(code);
  }

  @ParameterizedTest
  @CsvSource({"Atlantis,atlantis", "'  Region  X ',region x"})
  void keepsUnknownSpellingsLowerCased(String text, String normalized) {
    assertThat(Countries.code(text)).isEmpty();
    assertThat(Countries.normalize(text)).isEqualTo(normalized);
  }
}
