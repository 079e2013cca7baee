package org.interdict.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierKindTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Passport|passport",
        "Numéro de passeport|passport",
        "National ID No.|national-id",
        "National Identification Number|national-id",
        "Cedula No.|national-id",
        "C.U.R.P.|national-id",
        "Tax ID No.|tax-id",
        "R.F.C.|tax-id",
        "V.A.T. Number|tax-id",
        "Registration Number|registration",
        "Unified Social Credit Code (USCC)|registration",
        "Vessel Registration Identification IMO|imo",
        "MMSI|mmsi",
        "SWIFT/BIC|swift-bic",
        "Digital Currency Address - XBT|crypto-address",
        "Legal Entity Number|lei",
        "Website|other",
        "Government Gazette Number|other",
        "passport|passport"
      })
  void classifiesListLabels(String label, String id) {
    assertThat(IdentifierKind.classify(label).id()).isEqualTo(id);
  }

  @Test
  void identifierValuesFoldPunctuationAndCase() {
    PartyIdentifier identifier = PartyIdentifier.of("Passport No.", " a-12 345 ", "Egypt");
    assertThat(identifier.kind()).isEqualTo(IdentifierKind.PASSPORT);
    assertThat(identifier.value()).isEqualTo("A12345");
    assertThat(identifier.country()).isEqualTo("EG");
    assertThat(identifier.rawValue()).isEqualTo("a-12 345");
  }

  @Test
  void unknownIdsAreRejected() {
    assertThatThrownBy(() -> IdentifierKind.fromId("pasport"))
        .hasMessageContaining("pasport")
        .hasMessageContaining("passport");
  }
}
