package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interdict.model.BirthDate;
import org.interdict.model.PartyFeatures;
import org.interdict.screening.EntityScorer.DateAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityScorerTest {
  private static final double THRESHOLD = ScreeningQuery.DEFAULT_MIN_SCORE;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1960-06-19|DOB 19 Jun 1960|FULL",
        "1960-19-06|1960-06-19|NONE",
        "19/06/1960|DOB 06 Jun 1960|NONE",
        "1960-06-19|DOB 1960|YEAR",
        "1960|DOB 1960 to 1965|YEAR",
        "1959|DOB circa 1960|YEAR",
        "1958|DOB circa 1960|WEAK",
        "1961|DOB 1960|WEAK",
        "1990|DOB 1960|CONFLICT",
        "1962|DOB 1960 to 1965|YEAR",
        "1967|DOB 1960 to 1965|CONFLICT",
      })
  void comparesBirthDatesWithTheDocumentedTolerance(
      String query, String listed, DateAgreement expected) {
    List<BirthDate> q = BirthDate.parse(query).stream().toList();
    List<BirthDate> p = BirthDate.parse(listed).stream().toList();
    assertThat(EntityScorer.compare(q, p)).isEqualTo(expected);
  }

  @Test
  void aDayMonthSwapIsAgreement() {
    BirthDate q = BirthDate.of("1960-03-04", 1960, 3, 4);
    BirthDate p = BirthDate.of("1960-04-03", 1960, 4, 3);
    assertThat(EntityScorer.compare(List.of(q), List.of(p))).isEqualTo(DateAgreement.FULL);
  }

  @Test
  void eachEditedRomanizedSyllableLowersTheNameBeforeFeatures() {
    PartyFeatures none = PartyFeatures.none();
    org.interdict.model.PartyType unknown = org.interdict.model.PartyType.UNKNOWN;
    assertThat(EntityScorer.score(0.9, 0, none, unknown, none, unknown).score()).isEqualTo(0.9);
    EntityScorer.Result one = EntityScorer.score(0.9, 1, none, unknown, none, unknown);
    assertThat(one.score()).isLessThan(THRESHOLD);
    assertThat(one.syllables()).isNegative();
    assertThat(one.name()).isEqualTo(0.9);
    assertThat(EntityScorer.score(1.0, 2, none, unknown, none, unknown).score())
        .isLessThan(one.score());
    assertThat(RomanizedSyllables.applies("英 樊")).isTrue();
    assertThat(RomanizedSyllables.applies("수빈 이")).isTrue();
    assertThat(RomanizedSyllables.applies("Ying Fan")).isFalse();
  }

  @Test
  void missingFeaturesChangeNothing() {
    PartyFeatures listed = features("DOB 19 Jun 1960", "Iran", "Passport", "A123");
    EntityScorer.Result result = EntityScorer.score(0.83, PartyFeatures.none(), listed);
    assertThat(result.score()).isEqualTo(0.83);
    assertThat(List.of(result.birthDate(), result.country(), result.identifier()))
        .containsOnly(0.0);
    assertThat(
            EntityScorer.score(0.83, features("1960-06-19", "IR", "", ""), PartyFeatures.none())
                .score())
        .isEqualTo(0.83);
  }

  @Test
  void anAgreeingBirthDateRaisesAndAConflictingOneDropsBelowTheThreshold() {
    PartyFeatures listed = features("DOB 19 Jun 1960", "", "", "");
    assertThat(EntityScorer.score(0.8, features("1960-06-19", "", "", ""), listed).score())
        .isGreaterThan(0.9);
    EntityScorer.Result namesake =
        EntityScorer.score(1.0, features("1990-06-19", "", "", ""), listed);
    assertThat(namesake.score()).isLessThan(THRESHOLD);
    assertThat(namesake.birthDate()).isNegative();
    double weak = EntityScorer.score(0.8, features("1961", "", "", ""), listed).score();
    assertThat(weak)
        .isGreaterThan(0.8)
        .isLessThan(EntityScorer.score(0.8, features("1960", "", "", ""), listed).score());
  }

  @Test
  void anAgreeingIdentifierOutweighsABirthDateConflictAndNameVariation() {
    PartyFeatures listed = features("DOB 19 Jun 1960", "Egypt", "Passport", "1084010");
    EntityScorer.Result result =
        EntityScorer.score(0.62, features("1975", "", "passport", "1084-010"), listed);
    assertThat(result.birthDate()).isZero();
    assertThat(result.identifier()).isPositive();
    assertThat(result.score()).isGreaterThanOrEqualTo(0.95);
    assertThat(EntityScorer.score(0.62, features("", "", "tax-id", "1084010"), listed).identifier())
        .as("same value, another kind of identifier")
        .isZero();
  }

  @Test
  void aCountryConflictIsAModestPenalty() {
    PartyFeatures listed = features("", "Iran", "", "");
    EntityScorer.Result conflict = EntityScorer.score(0.9, features("", "France", "", ""), listed);
    assertThat(conflict.country()).isEqualTo(-EntityScorer.COUNTRY_CONFLICT);
    assertThat(conflict.score()).isGreaterThan(THRESHOLD);
    assertThat(EntityScorer.score(0.9, features("", "IR", "", ""), listed).country()).isPositive();
  }

  @Test
  void aPersonAgainstAListedVesselOrCompanyIsPenalizedAndUnknownTypesAreNot() {
    var none = PartyFeatures.none();
    var person = org.interdict.model.PartyType.INDIVIDUAL;
    EntityScorer.Result vessel =
        EntityScorer.score(0.87, none, person, none, org.interdict.model.PartyType.VESSEL);
    assertThat(vessel.type()).isNegative();
    assertThat(vessel.score()).isLessThan(THRESHOLD);
    assertThat(
            EntityScorer.score(0.87, none, person, none, org.interdict.model.PartyType.UNKNOWN)
                .score())
        .isEqualTo(0.87);
    assertThat(EntityScorer.score(0.87, none, person, none, person).score()).isEqualTo(0.87);
    assertThat(
            EntityScorer.score(0.87, none, org.interdict.model.PartyType.ENTITY, none, person)
                .type())
        .isNegative();
  }

  private static PartyFeatures features(String dob, String country, String idType, String idValue) {
    PartyFeatures.Builder builder = PartyFeatures.builder();
    if (!dob.isEmpty()) {
      builder.birthDate(dob);
    }
    builder.nationality(country);
    if (!idValue.isEmpty()) {
      builder.identifier(idType, idValue, "");
    }
    return builder.build();
  }
}
