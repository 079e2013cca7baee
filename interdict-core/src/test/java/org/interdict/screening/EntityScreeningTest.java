package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;

/**
 * Screening through the index with query features (issue 11): namesakes born decades apart are
 * cleared.
 */
class EntityScreeningTest {
  private static final Party LISTED =
      Fixtures.party(
              "us-ofac-sdn",
              "2676",
              PartyType.INDIVIDUAL,
              "AL ZAWAHIRI, Dr. Ayman",
              List.of(),
              List.of("Egypt"),
              List.of("SDGT"))
          .withFeatures(
              PartyFeatures.builder()
                  .birthDate("DOB 19 Jun 1951")
                  .nationality("Egypt")
                  .identifier("Passport", "1084010", "Egypt")
                  .build());
  private static final ScreeningIndex INDEX = ScreeningIndex.build(List.of(LISTED));

  @Test
  void withoutFeaturesTheEntityScorerScoresTheNameAlone() {
    Match byEntity = INDEX.screen(ScreeningQuery.of("Ayman al Zawahiri")).matches().get(0);
    Match byName =
        INDEX
            .screen(ScreeningQuery.of("Ayman al Zawahiri").withScorer("aligned-tokens-v1"))
            .matches()
            .get(0);
    assertThat(byEntity.score()).isEqualTo(byName.score());
    assertThat(byEntity.explanation().scorerId()).isEqualTo("entity-v1");
    assertThat(byName.explanation().scorerId()).isEqualTo("aligned-tokens-v1");
    // the name scorer's parts, then entity-v1's name rules (none applies here: all 1.0, no
    // nickname)
    List<ScorePart> nameParts = byName.explanation().parts();
    List<ScorePart> entityParts = byEntity.explanation().parts();
    assertThat(entityParts.subList(0, nameParts.size() - 1))
        .isEqualTo(nameParts.subList(0, nameParts.size() - 1));
    assertThat(entityParts.subList(nameParts.size() - 1, entityParts.size() - 1))
        .extracting(ScorePart::id)
        .containsExactlyElementsOf(NameRules.PART_IDS);
    assertThat(entityParts.subList(nameParts.size(), entityParts.size() - 1))
        .extracting(ScorePart::value)
        .containsOnly(1.0);
  }

  @Test
  void entityV2ReportsItsPersonAndOrganizationRulePartsAfterEntityV1s() {
    ScreeningQuery query = ScreeningQuery.of("Ayman al Zawahiri");
    Match byV1 = INDEX.screen(query).matches().get(0);
    Match byV2 = INDEX.screen(query.withScorer(EntityScorer.ID_V2)).matches().get(0);
    assertThat(byV2.explanation().scorerId()).isEqualTo("entity-v2");
    List<ScorePart> v1Parts = byV1.explanation().parts();
    List<ScorePart> v2Parts = byV2.explanation().parts();
    // entity-v1's parts (without its final score), then the person rules, the compound pairs and
    // the organization rules
    assertThat(v2Parts.subList(0, v1Parts.size() - 1))
        .extracting(ScorePart::id)
        .containsExactlyElementsOf(
            v1Parts.subList(0, v1Parts.size() - 1).stream().map(ScorePart::id).toList());
    List<String> added = new java.util.ArrayList<>(PersonRules.PART_IDS);
    added.addAll(CompoundPairs.PART_IDS);
    added.addAll(OrganizationNameRules.PART_IDS);
    assertThat(v2Parts.subList(v1Parts.size() - 1, v2Parts.size() - 1))
        .extracting(ScorePart::id)
        .containsExactlyElementsOf(added);
    // no rule applies to this name: counts 0, factors 1.0, and both scorers agree
    List<String> counts = new java.util.ArrayList<>(CompoundPairs.PART_IDS);
    counts.addAll(PersonRules.PART_IDS.subList(0, PersonRules.COUNTS));
    assertThat(v2Parts.subList(v1Parts.size() - 1, v2Parts.size() - 1))
        .allSatisfy(
            part -> assertThat(part.value()).isEqualTo(counts.contains(part.id()) ? 0.0 : 1.0));
    assertThat(byV2.score()).isEqualTo(byV1.score());
  }

  @Test
  void aNamesakeBornDecadesLaterIsNotMatched() {
    ScreeningQuery query =
        ScreeningQuery.of("Ayman al Zawahiri")
            .withFeatures(PartyFeatures.builder().birthDate("1988-02-03").build());
    assertThat(INDEX.screen(query).matches()).isEmpty();
    Match shown = INDEX.screen(query.withMinScore(0.1)).matches().get(0);
    assertThat(shown.explanation().part("birth-date")).isNegative();
    assertThat(shown.explanation().part("name")).isGreaterThan(ScreeningQuery.DEFAULT_MIN_SCORE);
    assertThat(shown.explanation().part("score")).isEqualTo(shown.score());
  }

  @Test
  void theListedBirthDateRaisesTheScoreAndNamesItsPart() {
    ScreeningQuery plain = ScreeningQuery.of("Aiman Zawahiri");
    ScreeningQuery dated =
        plain.withFeatures(PartyFeatures.builder().birthDate("19/06/1951").build());
    double before = INDEX.screen(plain.withMinScore(0.1)).topScore();
    Match after = INDEX.screen(dated).matches().get(0);
    assertThat(after.score()).isGreaterThan(before);
    assertThat(after.explanation().part("birth-date")).isPositive();
    assertThat(after.explanation().part("identifier")).isZero();
  }

  @Test
  void theSamePassportFindsTheEntryAcrossNameVariationAndADateConflict() {
    ScreeningQuery query =
        ScreeningQuery.of("Aymen Zawahri")
            .withFeatures(
                PartyFeatures.builder()
                    .birthDate("1970")
                    .identifier("passport", "1084010", "")
                    .build());
    Match match = INDEX.screen(query).matches().get(0);
    assertThat(match.score()).isGreaterThanOrEqualTo(0.95);
    assertThat(match.explanation().part("identifier")).isPositive();
    assertThat(match.explanation().part("birth-date")).isZero();
  }

  @Test
  void romanizedHanSyllablesMatchedByEditDistanceOnlyAreLowered() {
    Party fan =
        Fixtures.party(
            "us-ofac-sdn",
            "9001",
            PartyType.INDIVIDUAL,
            "FAN, Yang",
            List.of(),
            List.of(),
            List.of("SDGT"));
    ScreeningIndex index = ScreeningIndex.build(List.of(fan));
    // 英 romanizes to "ying", one letter from the listed "yang": another character, not a spelling
    // of it.
    ScreeningQuery query = ScreeningQuery.of("英 樊").withMinScore(0.1);
    Match byName = index.screen(query.withScorer("aligned-tokens-v1")).matches().get(0);
    Match byEntity = index.screen(query).matches().get(0);
    assertThat(byName.score()).isGreaterThanOrEqualTo(ScreeningQuery.DEFAULT_MIN_SCORE);
    assertThat(byEntity.score()).isLessThan(ScreeningQuery.DEFAULT_MIN_SCORE);
    assertThat(byEntity.explanation().part("romanized-syllables")).isNegative();
    assertThat(byEntity.explanation().part("score")).isEqualTo(byEntity.score());
    // The same syllables written in Latin letters are a spelling question, scored as before.
    assertThat(
            index.screen(ScreeningQuery.of("Ying Fan").withMinScore(0.1)).matches().get(0).score())
        .isEqualTo(
            index
                .screen(
                    ScreeningQuery.of("Ying Fan").withMinScore(0.1).withScorer("aligned-tokens-v1"))
                .matches()
                .get(0)
                .score());
  }
}
