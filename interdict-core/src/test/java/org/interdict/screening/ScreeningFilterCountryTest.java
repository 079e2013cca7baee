package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A country filter reads ISO codes and English names as the query features do (issue 11, stop 11):
 * one country however it is written, on either side.
 */
class ScreeningFilterCountryTest {
  private static final Party IRAN =
      Fixtures.party(
          "us-ofac-sdn",
          "15036",
          PartyType.VESSEL,
          "ARTAVIL",
          List.of(),
          List.of("Iran"),
          List.of("IRAN"));
  private static final Party NORTH_KOREA =
      Fixtures.party(
          "us-ofac-sdn",
          "1",
          PartyType.ENTITY,
          "KOREA KWANGSON BANKING CORP",
          List.of(),
          List.of("Korea, North"),
          List.of("DPRK"));

  @ParameterizedTest(name = "{0}: Iran {1}, North Korea {2}")
  @CsvSource({
    "IR,true,false",
    "ir,true,false",
    "IRN,true,false",
    "Iran,true,false",
    "' iran ',true,false",
    "Iranian,true,false",
    // the list writes 'Korea, North': its own spelling and the codes are one country
    "KP,false,true",
    "PRK,false,true",
    "North Korea,false,true",
    "'Korea, North',false,true",
    // other countries and unknown text select neither
    "IQ,false,false",
    "Iraq,false,false",
    "KR,false,false",
    "Atlantis,false,false",
  })
  void aCountryIsOneCountryHoweverItIsWritten(String wanted, boolean iran, boolean northKorea) {
    ScreeningFilter filter = ScreeningFilter.none().withCountries(Set.of(wanted));
    assertThat(filter.accepts(IRAN)).isEqualTo(iran);
    assertThat(filter.accepts(NORTH_KOREA)).isEqualTo(northKorea);
  }

  @ParameterizedTest
  @ValueSource(strings = {"IR", "Iran", "IRN"})
  void screeningWithTheFilterFindsTheParty(String wanted) {
    ScreeningIndex index = ScreeningIndex.build(List.of(IRAN, NORTH_KOREA));
    ScreeningQuery query =
        ScreeningQuery.of("Artavil")
            .withFilter(ScreeningFilter.none().withCountries(Set.of(wanted)));
    assertThat(index.screen(query).matches()).extracting(Match::party).containsExactly(IRAN);
  }
}
