package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interdict.model.Gender;
import org.interdict.model.IdentifierKind;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The typed features each mapper parses, checked on entries of the real shared list files (issue
 * 11).
 */
class FeaturesOnRealListsTest {
  @Test
  void sdnRemarksGiveBirthDatesNationalityGenderAndIdentifiers() throws Exception {
    var files =
        org.interdict.lists.ofac.sdn.Reader.locate(
            SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv"));
    var parties =
        byId(org.interdict.lists.ofac.sdn.Mapper.map(files, Optional.of(LocalDate.of(2024, 5, 3))));

    PartyFeatures nasrallah = parties.apply("us-ofac-sdn:2686").features();
    assertThat(nasrallah.birthDates())
        .extracting(d -> d.canonical())
        .containsExactly("1960-08-31", "1953-08-31", "1955-08-31", "1958-08-31");
    assertThat(nasrallah.gender()).isEqualTo(Gender.MALE);
    assertThat(nasrallah.identifiers())
        .extracting(PartyIdentifier::kind, PartyIdentifier::value, PartyIdentifier::country)
        .contains(org.assertj.core.groups.Tuple.tuple(IdentifierKind.PASSPORT, "042833", "LB"));

    PartyFeatures yan = parties.apply("us-ofac-sdn:25308").features();
    assertThat(yan.citizenships()).containsExactly("CN");
    assertThat(yan.identifiers())
        .extracting(PartyIdentifier::kind, PartyIdentifier::rawValue)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                IdentifierKind.CRYPTO_ADDRESS, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"));

    PartyFeatures khorashadizadeh = parties.apply("us-ofac-sdn:26137").features();
    assertThat(khorashadizadeh.nationalities()).containsExactly("IR");

    PartyFeatures ebano = parties.apply("us-ofac-sdn:4243").features();
    assertThat(ebano.identifiers())
        .extracting(PartyIdentifier::kind, PartyIdentifier::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(IdentifierKind.IMO, "7406784"));
    assertThat(ebano.registrationCountries()).containsExactly("PA");

    long withBirthDate =
        org.interdict.lists.ofac.sdn.Mapper.map(files, Optional.empty()).parties().stream()
            .filter(p -> p.dates().stream().anyMatch(d -> d.startsWith("DOB")))
            .filter(p -> p.features().birthDates().isEmpty())
            .count();
    assertThat(withBirthDate)
        .as("SDN entries whose DOB text no birth date was parsed from")
        .isLessThan(20);
  }

  @Test
  void cslIdsColumnGivesTypedIdentifiers() throws Exception {
    var mapped =
        org.interdict.lists.csl.Mapper.map(
            SharedLists.file("us_csl/2023-11-30/csl.csv"), Optional.empty());
    Party vtb =
        mapped.parties().stream()
            .filter(p -> p.primaryName().equals("VTB BANK PUBLIC JOINT STOCK COMPANY"))
            .findFirst()
            .orElseThrow();
    assertThat(vtb.features().identifiers())
        .extracting(PartyIdentifier::kind, PartyIdentifier::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple(IdentifierKind.SWIFT_BIC, "VTBRRUMM"),
            org.assertj.core.groups.Tuple.tuple(IdentifierKind.TAX_ID, "7702070139"),
            org.assertj.core.groups.Tuple.tuple(IdentifierKind.REGISTRATION, "1027739609391"));
    assertThat(vtb.features().identifiers())
        .extracting(PartyIdentifier::rawType)
        .doesNotContain("Website", "Target Type");
    assertThat(vtb.features().addressCountries()).containsExactly("RU");
    assertThat(vtb.features().registrationCountries()).containsExactly("RU");
    Party haniya =
        mapped.parties().stream()
            .filter(p -> p.primaryName().equals("Ismail Abdul Salah HANIYA"))
            .findFirst()
            .orElseThrow();
    assertThat(haniya.features().birthDates())
        .extracting(d -> d.canonical())
        .containsExactly("1962");
  }

  @Test
  void unEntriesGiveDocumentsNationalitiesAndYearRanges() throws Exception {
    var mapped =
        org.interdict.lists.un.Mapper.map(
            SharedLists.file("un_sc_consolidated/2026-02-27/UN_consolidated.xml"));
    long ranges =
        mapped.parties().stream()
            .flatMap(p -> p.features().birthDates().stream())
            .filter(d -> d.fromYear() != d.toYear())
            .count();
    assertThat(ranges).as("UN FROM_YEAR/TO_YEAR birth dates").isPositive();
    long passports =
        mapped.parties().stream()
            .flatMap(p -> p.features().identifiers().stream())
            .filter(i -> i.kind() == IdentifierKind.PASSPORT)
            .count();
    assertThat(passports).isGreaterThan(250);
    assertThat(mapped.parties())
        .filteredOn(p -> !p.features().nationalities().isEmpty())
        .hasSizeGreaterThan(300);
    assertThat(mapped.parties().stream().flatMap(p -> p.features().nationalities().stream()))
        .allSatisfy(code -> assertThat(code).as("nationality codes").matches("[A-Z]{2}|[a-z ]+"));
  }

  private static Function<String, Party> byId(MappedList mapped) {
    Map<String, Party> parties =
        mapped.parties().stream().collect(Collectors.toMap(Party::id, p -> p));
    return id -> {
      assertThat(parties).containsKey(id);
      return parties.get(id);
    };
  }
}
