package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListLoader;
import org.interdict.lists.ListSource;
import org.interdict.lists.LoadedLists;
import org.interdict.lists.SharedLists;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.interdict.screening.stored.binary.BinaryReader;
import org.interdict.screening.stored.binary.BinaryWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retrieval beyond the name index (issue 11, stop 11): a party carrying the query's identifier is
 * scored even when none of its names is retrieved, and under entity-v1 a given name retrieves the
 * names holding its full name or short forms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetrievalByIdentifierAndNicknameTest {
  private static final Party EVER_GIVEN =
      Fixtures.party(
              "fixture-vessels",
              "1",
              PartyType.VESSEL,
              "EVERGIVEN",
              List.of(),
              List.of("Panama"),
              List.of("TEST"))
          .withFeatures(PartyFeatures.builder().identifier("IMO", "9811000", "").build());
  private static final ScreeningIndex FIXTURE = ScreeningIndex.build(List.of(EVER_GIVEN));

  private ScreeningIndex sdn;

  @BeforeAll
  void loadTheRealSdnList() {
    Path file = SharedLists.file("us_ofac_sdn/2024-05-03/sdn.csv");
    LoadedLists lists =
        ListLoader.load(
            new ListFileSet(
                ListSource.fromId("us-ofac-sdn"),
                file,
                Optional.of(LocalDate.parse("2024-05-03")),
                false));
    sdn = ScreeningIndex.build(lists.parties());
  }

  private static ScreeningQuery withIdentifier(String name, String identifier) {
    return ScreeningQuery.of(name)
        .withFeatures(QueryFeatures.of(List.of(), List.of(), List.of(identifier)));
  }

  @Test
  void aVesselIsFoundByItsImoNumberWhenItsNameIsNotRetrieved() {
    // by name alone the name index never retrieves EVERGIVEN for "Ever Given"
    assertThat(FIXTURE.trace(ScreeningQuery.of("Ever Given").withMinScore(0.0)).scoredNames())
        .isZero();
    List<Match> matches = FIXTURE.screen(withIdentifier("Ever Given", "imo:9811000")).matches();
    assertThat(matches).extracting(m -> m.party().id()).containsExactly("fixture-vessels:1");
    Explanation explanation = matches.get(0).explanation();
    assertThat(explanation.part(Explanations.RETRIEVED_BY_IDENTIFIER)).isEqualTo(1.0);
    // scored against the query's words run together, which the explanation says
    assertThat(explanation.querySteps()).contains(IndexBuilder.JOIN_WORDS);
    assertThat(explanation.pairs()).extracting(TokenPair::queryToken).containsExactly("evergiven");
    assertThat(explanation.part("score")).isEqualTo(matches.get(0).score());
  }

  @Test
  void theIdentifierPartRaisesARescuedNameThatScoresBelowIt() {
    // a typo on top of the missing space: the name index retrieves nothing
    assertThat(FIXTURE.trace(ScreeningQuery.of("Ever Givn").withMinScore(0.0)).scoredNames())
        .isZero();
    Match rescued = FIXTURE.screen(withIdentifier("Ever Givn", "imo:9811000")).matches().get(0);
    Explanation explanation = rescued.explanation();
    assertThat(explanation.part(Explanations.RETRIEVED_BY_IDENTIFIER)).isEqualTo(1.0);
    assertThat(explanation.part("name"))
        .isBetween(EntityScorer.IDENTIFIER_MIN_NAME, EntityScorer.IDENTIFIER_SCORE);
    assertThat(explanation.part("identifier")).isPositive();
    assertThat(rescued.score()).isEqualTo(EntityScorer.IDENTIFIER_SCORE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // another kind with the same number is another identifier
    "passport:9811000",
    "imo:9811001",
  })
  void anotherIdentifierRescuesNothing(String identifier) {
    assertThat(FIXTURE.screen(withIdentifier("Ever Given", identifier)).matches()).isEmpty();
  }

  @Test
  void anUnclassifiedIdentifierAgreesAsTheScorerCountsIt() {
    assertThat(FIXTURE.screen(withIdentifier("Ever Given", "other:9811000")).matches())
        .extracting(m -> m.party().id())
        .containsExactly("fixture-vessels:1");
  }

  @Test
  void theFilterAndTheNameOnlyScorerStillApply() {
    ScreeningQuery query = withIdentifier("Ever Given", "imo:9811000");
    ScreeningFilter none = ScreeningFilter.none();
    assertThat(found(query, none.withListIds(Set.of("us-ofac-sdn")))).isZero();
    assertThat(found(query, none.withListIds(Set.of("fixture-vessels")))).isOne();
    assertThat(found(query, none.withTypes(Set.of(PartyType.INDIVIDUAL)))).isZero();
    assertThat(found(query, none.withTypes(Set.of(PartyType.VESSEL)))).isOne();
    assertThat(FIXTURE.screen(query.withScorer(AlignmentScorer.ID)).matches()).isEmpty();
  }

  private static int found(ScreeningQuery query, ScreeningFilter filter) {
    return FIXTURE.screen(query.withFilter(filter)).matches().size();
  }

  @Test
  void theStoredIndexKeepsTheIdentifiers() {
    BinaryWriter out = new BinaryWriter();
    IndexImage.write(FIXTURE, out);
    ScreeningIndex restored =
        IndexImage.read(new BinaryReader(ByteBuffer.wrap(out.toByteArray())))
            .withParties(List.of(EVER_GIVEN), 0);
    assertThat(restored.screen(withIdentifier("Ever Given", "imo:9811000")).matches()).hasSize(1);
  }

  @Test
  void aRealSdnVesselIsFoundByImoUnderAnotherSpellingAndTheLimitHolds() {
    // SDN 15036 ARTAVIL, "Vessel Registration Identification IMO 9187629"
    ScreeningQuery query = withIdentifier("Art Avil", "imo:9187629");
    assertThat(sdn.screen(ScreeningQuery.of("Art Avil")).matches())
        .noneMatch(m -> m.party().primaryName().equals("ARTAVIL"));
    List<Match> matches = sdn.screen(query.withMinScore(0.3)).matches();
    assertThat(matches).hasSizeGreaterThan(1);
    assertThat(matches.get(0).party().primaryName()).isEqualTo("ARTAVIL");
    assertThat(matches.get(0).explanation().part(Explanations.RETRIEVED_BY_IDENTIFIER))
        .isEqualTo(1.0);
    assertThat(matches.subList(1, matches.size()))
        .allMatch(m -> Double.isNaN(m.explanation().part(Explanations.RETRIEVED_BY_IDENTIFIER)));
    assertThat(sdn.screen(query.withMinScore(0.3).withLimit(1)).matches())
        .extracting(m -> m.party().primaryName())
        .containsExactly("ARTAVIL");
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource({
    // SDN 39758; "Sasha Ivanov" retrieved nothing at the default threshold before stop 11
    "Sasha Ivanov,'IVANOV, Aleksandr Aleksandrovich'",
    // SDN 26172
    "Bill Olawo,'OLAWO, Obac William'",
  })
  void aShortFormRetrievesTheFullNameUnderTheEntityScorer(String query, String listed) {
    ScreeningTrace trace = sdn.trace(ScreeningQuery.of(query));
    assertThat(trace.result().matches()).extracting(m -> m.party().primaryName()).contains(listed);
    Match match =
        trace.result().matches().stream()
            .filter(m -> m.party().primaryName().equals(listed))
            .findFirst()
            .orElseThrow();
    assertThat(match.explanation().pairs()).extracting(TokenPair::method).contains("nickname");
    // the name-only scorer pairs no nicknames, so retrieval does not look them up for it
    assertThat(sdn.screen(ScreeningQuery.of(query).withScorer(AlignmentScorer.ID)).matches())
        .noneMatch(m -> m.party().primaryName().equals(listed));
  }

  @ParameterizedTest(name = "{0} does not retrieve {1}")
  @CsvSource({
    // SDN 15908, a vessel; 7649 ALBANIAN NATIONAL ARMY, a.k.a. ANA: given names are people's
    "Daniel,dan,us-ofac-sdn:15908",
    "Anastasiia,ana,us-ofac-sdn:7649",
  })
  void aNicknameRetrievesOnlyPeople(String query, String listedToken, String notRetrieved) {
    assertThat(sdn.screen(ScreeningQuery.of(query)).matches())
        .extracting(m -> m.party().id())
        .doesNotContain(notRetrieved);
    // not vacuous: the tables do pair the two words, as they would for a person
    assertThat(
            Nicknames.standard()
                .equivalent(
                    org.interdict.text.VariantKey.of(query.toLowerCase(java.util.Locale.ROOT)),
                    org.interdict.text.VariantKey.of(listedToken)))
        .isTrue();
  }
}
