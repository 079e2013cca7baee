package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * entity-v1's organization-name rules and compound pairs (OrganizationNameRules, CompoundPairs,
 * CompoundRetrieval; issue 11, ADR 016) on real names: pairs of nomenklatura's labelled cases and
 * entries as OFAC, the UN and company registers write them. Each rule is checked both ways, and the
 * raising ones also in a list screening at the default threshold (retrieval must find the name).
 */
class OrganizationNameRulesTest {
  private static final double THRESHOLD = ScreeningQuery.DEFAULT_MIN_SCORE;

  private static Match entity(String query, String listed, PartyType type) {
    return PairComparison.compare(
            new PairComparison.Side(query, PartyType.UNKNOWN, PartyFeatures.none()),
            new PairComparison.Side(listed, type, PartyFeatures.none()),
            EntityScorer.ID_V2)
        .orElseThrow();
  }

  private static double aligned(String query, String listed, PartyType type) {
    return PairComparison.compare(
            new PairComparison.Side(query, PartyType.UNKNOWN, PartyFeatures.none()),
            new PairComparison.Side(listed, type, PartyFeatures.none()),
            AlignmentScorer.ID)
        .map(Match::score)
        .orElse(0.0);
  }

  private static double part(Match match, String id) {
    return match.explanation().part(id);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "'Bowne Global Solutions, Inc.', 'Bowne Global Solutions II, Inc.'",
    "Management Company 23, Management Company",
    "Apollo Investment Fund, Apollo Investment Fund VIII",
    // the index also stores two short words run together (victory3): that spelling keeps the number
    "Victory, Victory 3",
    "Victory 3, Victory",
  })
  void aNumberOnOneSideOnlyIsAnotherEntity(String query, String listed) {
    Match match = entity(query, listed, PartyType.ENTITY);
    assertThat(part(match, "number-conflict")).isEqualTo(OrganizationNameRules.NUMBER_CONFLICT);
    assertThat(match.score()).isLessThan(THRESHOLD);
    assertThat(aligned(query, listed, PartyType.ENTITY)).isGreaterThan(match.score());
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "KKR Asian Fund III L.P., KKR Asian Fund IV L.P.",
    "Snow Storm 1, Snow Storm 2",
    "Brigade Forty-Four, Brigade 44",
  })
  void numbersOnBothSidesAreNoConflict(String query, String listed) {
    assertThat(part(entity(query, listed, PartyType.ENTITY), "number-conflict")).isEqualTo(1.0);
  }

  @Test
  void personsKeepTheirNumbers() {
    // a Roman numeral after a person's name is a generation, and the rule is for organizations
    Match match = entity("John Smith III", "John Smith", PartyType.INDIVIDUAL);
    assertThat(part(match, "number-conflict")).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "Banco Santander S.A., Banco Santander Chile S.A.",
    "Bowne Global Solutions II (Sweden) AB, Bowne Global Solutions II (Finland) AB",
    "'Bowne International, S.A.R.L.', Bowne International de Mexico S.A. de C.V.",
  })
  void aCountryOnOneSideOrTwoCountriesAreASubsidiary(String query, String listed) {
    Match match = entity(query, listed, PartyType.ENTITY);
    assertThat(part(match, "place-conflict")).isEqualTo(OrganizationNameRules.PLACE_CONFLICT);
    assertThat(match.score()).isLessThan(THRESHOLD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "China Petrochemical Corporation, Sinopec China Petrochemical Corporation",
    "U.S. Department of State, United States Department of State",
    "Saudi Arabian Oil Company, Saudi Arabia Oil Company",
  })
  void theSameCountryOrNoneIsNoConflict(String query, String listed) {
    assertThat(part(entity(query, listed, PartyType.ENTITY), "place-conflict")).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "Siemens Energy AG, Siemens Energy GmbH",
    "OOO Romashka, AO Romashka",
    "Acme Widgets plc, Acme Widgets Ltd",
  })
  void alternativeFormsOfOneLegalSystemAreTwoRegistrations(String query, String listed) {
    Match match = entity(query, listed, PartyType.ENTITY);
    assertThat(part(match, "form-conflict")).isEqualTo(OrganizationNameRules.FORM_CONFLICT);
    assertThat(match.score()).isLessThan(THRESHOLD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"OOO Romashka, Romashka Ltd", "Romashka LLC, OOO Romashka", "Acme GmbH, Acme Ltd"})
  void formsOfDifferentSystemsOrTheSameFormAreNoConflict(String query, String listed) {
    Match match = entity(query, listed, PartyType.ENTITY);
    assertThat(part(match, "form-conflict")).isEqualTo(1.0);
  }

  @Test
  void onlyGenericWordsInCommonIsNoEvidence() {
    Match match =
        entity("The Zenith Trading Company", "The Acme Trading Company", PartyType.ENTITY);
    assertThat(part(match, "generic-words")).isEqualTo(OrganizationNameRules.GENERIC_ONLY);
    // an ordinal against its word is one number, not a distinguishing word
    assertThat(
            part(
                entity("2nd National Bank", "Second National Bank", PartyType.ENTITY),
                "generic-words"))
        .isEqualTo(1.0);
    assertThat(
            part(entity("Acme Trading", "Acme Trading Company", PartyType.ENTITY), "generic-words"))
        .isEqualTo(1.0);
  }

  @Test
  void aShortWordOneLetterOffIsAnotherAcronym() {
    Match match = entity("XBTC Holding", "BTC Holding", PartyType.ENTITY);
    assertThat(part(match, "short-typo")).isEqualTo(OrganizationNameRules.SHORT_TYPO);
    assertThat(part(entity("Rosnefft Holding", "Rosneft Holding", PartyType.ENTITY), "short-typo"))
        .isEqualTo(1.0);
  }

  @Test
  void countryCodesInsideCompanyNamesAreNotCountries() {
    // "co", "sa", "de" are also ISO codes; only names (and US, UK, UAE) count
    assertThat(OrganizationNameRules.places(new String[] {"banco", "de", "sa", "co"})).isEmpty();
    assertThat(OrganizationNameRules.places(new String[] {"united", "states", "steel"}))
        .containsExactly("US");
    assertThat(OrganizationNameRules.places(new String[] {"hong", "kong", "china"}))
        .containsExactly("CN", "HK");
  }

  @ParameterizedTest(name = "{0} / {1} ({3})")
  @CsvSource({
    "Good Will Company, Goodwill Company, ENTITY, joined-tokens",
    "Jan Daniel Bothma, JanDaniel Bothma, INDIVIDUAL, joined-tokens",
    "Nikolai Patr ushev, Nikolai Platonovich Patrushev, INDIVIDUAL, joined-tokens",
    "PLA, People’s Liberation Army, ENTITY, acronym",
    // a person's joined initials are paired by the person rules first (PersonRules), an
    // organization's by the acronym pairing
    "JC Juncker, Jean-Claude Juncker, INDIVIDUAL, joined-initials",
    "IRGC, Islamic Revolutionary Guard Corps, ENTITY, acronym",
    "Brigade Forty-Four, Brigade 44, ENTITY, number-words",
    "Brigade Fourty-four, Brigade 44, ENTITY, number-words",
    "Brigade Forty 4, Brigade 44, ENTITY, number-words",
    "3 Percenters, Three Percenters, ENTITY, number-words",
  })
  void compoundPairsRaiseTrueVariantsOverTheThreshold(
      String query, String listed, PartyType type, String partId) {
    Match match = entity(query, listed, type);
    assertThat(part(match, partId)).isEqualTo(1.0);
    assertThat(match.score()).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(aligned(query, listed, type)).isLessThan(THRESHOLD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "SiemensAG, Siemens AG",
    "Siemens AG, SiemensAG",
    "U.S. Department of State, United States Department of State",
  })
  void compoundPairsRaiseWhatEditDistanceFoundWeakly(String query, String listed) {
    Match match = entity(query, listed, PartyType.ENTITY);
    assertThat(part(match, "joined-tokens") + part(match, "acronym")).isEqualTo(1.0);
    assertThat(match.score()).isGreaterThan(aligned(query, listed, PartyType.ENTITY));
  }

  @Test
  void compoundPairsAreNamedInTheExplanation() {
    Match match = entity("PLA", "People’s Liberation Army", PartyType.ENTITY);
    assertThat(match.explanation().pairs())
        .extracting(TokenPair::listToken, TokenPair::method)
        .contains(
            org.assertj.core.groups.Tuple.tuple("liberation", "acronym"),
            org.assertj.core.groups.Tuple.tuple("army", "acronym"));
    Match joined = entity("Good Will Company", "Goodwill Company", PartyType.ENTITY);
    assertThat(joined.explanation().pairs()).extracting(TokenPair::method).containsOnly("joined");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    // two letters a person's query writes in lower case are not initials
    "Jc Juncker, Jean-Claude Juncker, INDIVIDUAL",
    // the initials must be the listed given names, in order
    "CJ Juncker, Jean-Claude Juncker, INDIVIDUAL",
    // a word that happens to spell initials of another company's name
    "ABC Trading, Alpha Beta Trading, ENTITY",
  })
  void initialsThatDoNotSpellTheNameDoNotPair(String query, String listed, PartyType type) {
    assertThat(part(entity(query, listed, type), "acronym")).isEqualTo(0.0);
  }

  @Test
  void theRulesLeaveAlignedTokensAlone() {
    // aligned-tokens-v1 is the frozen scorer: none of entity-v1's parts appear in it
    Match match =
        PairComparison.compare(
                new PairComparison.Side(
                    "Bowne Global Solutions II", PartyType.UNKNOWN, PartyFeatures.none()),
                new PairComparison.Side(
                    "Bowne Global Solutions", PartyType.ENTITY, PartyFeatures.none()),
                AlignmentScorer.ID)
            .orElseThrow();
    assertThat(match.explanation().parts())
        .extracting(ScorePart::id)
        .doesNotContain("number-conflict", "joined-tokens");
  }

  /** A list of real shapes: the raising rules must let retrieval find the name at 0.76. */
  private static final ScreeningIndex LIST =
      ScreeningIndex.build(
          List.of(
              Fixtures.entity("t", "1", "People's Liberation Army"),
              Fixtures.entity("t", "2", "Goodwill Company"),
              Fixtures.entity("t", "3", "Brigade 44"),
              Fixtures.entity("t", "4", "Siemens AG"),
              Fixtures.entity("t", "5", "Good Hope Shipping"),
              Fixtures.entity("t", "6", "Liberation Tigers of Tamil Eelam"),
              Fixtures.person("t", "7", "Nikolai Platonovich PATRUSHEV"),
              Fixtures.person("t", "8", "Nikolai Petrovich IVANOV"),
              Fixtures.entity("t", "9", "Islamic Revolutionary Guard Corps")));

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    "PLA, t:1",
    "Good Will Company, t:2",
    "Brigade Forty-Four, t:3",
    "Nikolai Patr ushev, t:7",
    "IRGC, t:9",
  })
  void aListScreeningRetrievesTheRaisedName(String query, String partyId) {
    List<Match> matches =
        LIST.screen(ScreeningQuery.of(query).withScorer(EntityScorer.ID_V2)).matches();
    assertThat(matches).extracting(m -> m.party().id()).contains(partyId);
    assertThat(
            LIST.screen(ScreeningQuery.of(query).withScorer(AlignmentScorer.ID)).matches().stream()
                .map(Match::party)
                .map(Party::id))
        .doesNotContain(partyId);
  }
}
