package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interdict.InvalidValueException;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ScreeningQuery#partIdsOf}: the parts it lists per scorer are those the scorer's
 * explanations of real matches carry, in their order, and the kinds say what the values are.
 */
class ScorePartIdTest {
  /** A small list of parties built as the curated snapshot's: persons, companies, a vessel. */
  private static final List<Party> LIST =
      List.of(
          Fixtures.person("fixture", "1", "IVANOV, Aleksandr Sergeyevich")
              .withFeatures(PartyFeatures.builder().birthDate("1961-04-12").build()),
          Fixtures.person("fixture", "2", "Muhammad bin Salman al-Hashimi"),
          Fixtures.entity("fixture", "3", "Good Will Trading 44 LLC", "GWT 44"),
          Fixtures.entity("fixture", "4", "Banco Santander Chile"),
          Fixtures.party(
                  "fixture",
                  "5",
                  PartyType.VESSEL,
                  "OCEAN PEARL",
                  List.of(),
                  List.of("Panama"),
                  List.of("TEST"))
              .withFeatures(PartyFeatures.builder().identifier("IMO", "9811000", "").build()));

  private static final ScreeningIndex INDEX = ScreeningIndex.build(LIST);

  /** Queries by name alone, with features, and by an identifier whose vessel no name retrieves. */
  private static List<ScreeningQuery> queries() {
    List<ScreeningQuery> queries = new ArrayList<>();
    for (String name :
        List.of(
            "Aleksandr Ivanov",
            "Sasha Ivanov",
            "Mohammed bin Salman",
            "Goodwill Trading Forty-Four LLC",
            "Banco Santander Peru")) {
      ScreeningQuery query = ScreeningQuery.of(name).withMinScore(0.0);
      queries.add(query);
      queries.add(
          query
              .withFeatures(QueryFeatures.of(List.of("1961-04-12"), List.of("RU"), List.of()))
              .withPartyType(PartyType.INDIVIDUAL));
    }
    queries.add(
        ScreeningQuery.of("Zhang Wei")
            .withMinScore(0.0)
            .withFeatures(QueryFeatures.of(List.of(), List.of(), List.of("imo:9811000"))));
    return queries;
  }

  static List<String> scorers() {
    return ScreeningQuery.SCORERS;
  }

  @ParameterizedTest
  @MethodSource("scorers")
  void thePartsListedAreThePartsExplanationsOfRealMatchesCarryInTheirOrder(String scorer) {
    List<String> listed = ids(ScreeningQuery.partIdsOf(scorer));
    Set<String> carried = new LinkedHashSet<>();
    int matches = 0;
    for (ScreeningQuery query : queries()) {
      for (Match match : INDEX.screen(query.withScorer(scorer)).matches()) {
        matches++;
        List<String> parts = match.explanation().parts().stream().map(ScorePart::id).toList();
        assertThat(listed).as(scorer + " " + query.name()).containsSubsequence(parts);
        assertThat(parts).as(scorer + " " + query.name()).endsWith("score");
        carried.addAll(parts);
      }
    }
    assertThat(matches).isPositive();
    assertThat(carried).as(scorer).containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void theAlignmentPartsAreThoseTheAlignmentWritesAndEveryScorerEndsWithTheScore() {
    assertThat(ids(ScreeningQuery.partIdsOf(AlignmentScorer.ID)))
        .startsWith(AlignmentScorer.PART_IDS.toArray(String[]::new))
        .hasSize(AlignmentScorer.PART_IDS.size() + 1);
    assertThat(ids(ScreeningQuery.partIdsOf(EntityScorer.ID_V2)))
        .startsWith(AlignmentScorer.ENTITY_PART_IDS.toArray(String[]::new));
    assertThat(ids(ScreeningQuery.partIdsOf(EntityScorer.ID)))
        .startsWith(
            AlignmentScorer.ENTITY_PART_IDS
                .subList(0, AlignmentScorer.PART_IDS.size() + NameRules.PART_IDS.size())
                .toArray(String[]::new));
    for (String scorer : ScreeningQuery.SCORERS) {
      List<ScorePartId> parts = ScreeningQuery.partIdsOf(scorer);
      assertThat(parts.get(parts.size() - 1))
          .isEqualTo(new ScorePartId("score", ScorePartId.Kind.SCORE));
      assertThat(ids(parts)).doesNotHaveDuplicates();
    }
  }

  @Test
  void theKindsSayWhatTheValuesAre() {
    List<ScorePartId> parts = ScreeningQuery.partIdsOf(EntityScorer.ID_V2);
    assertThat(parts)
        .contains(
            new ScorePartId("token-similarity", ScorePartId.Kind.MEASURE),
            new ScorePartId("base", ScorePartId.Kind.MEASURE),
            new ScorePartId("order", ScorePartId.Kind.FACTOR),
            new ScorePartId("nickname", ScorePartId.Kind.COUNT),
            new ScorePartId("unmatched-surname", ScorePartId.Kind.FACTOR),
            new ScorePartId("joined-initials", ScorePartId.Kind.COUNT),
            new ScorePartId("covered-syllables", ScorePartId.Kind.FACTOR),
            new ScorePartId("acronym", ScorePartId.Kind.COUNT),
            new ScorePartId("place-conflict", ScorePartId.Kind.FACTOR),
            new ScorePartId("form-conflict", ScorePartId.Kind.FACTOR),
            new ScorePartId("short-typo", ScorePartId.Kind.FACTOR),
            new ScorePartId("name", ScorePartId.Kind.SCORE),
            new ScorePartId("birth-date", ScorePartId.Kind.FEATURE),
            new ScorePartId("romanized-syllables", ScorePartId.Kind.ADJUSTMENT),
            new ScorePartId("retrieved-by-identifier", ScorePartId.Kind.FLAG));
    assertThat(ScreeningQuery.partIdsOf(AlignmentScorer.ID))
        .extracting(ScorePartId::kind)
        .doesNotContain(ScorePartId.Kind.COUNT, ScorePartId.Kind.FEATURE);
  }

  @Test
  void anUnknownScorerIsRefusedAsByRequireScorer() {
    assertThatThrownBy(() -> ScreeningQuery.partIdsOf("entity-v9"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("entity-v9");
    assertThatThrownBy(() -> ScreeningQuery.isEntityScorer("entity-v9"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ScreeningQuery.hasNameRulesV2("entity-v9"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theScorerPredicatesAnswerAsTheScorersDo() {
    assertThat(ScreeningQuery.isEntityScorer(EntityScorer.ID)).isTrue();
    assertThat(ScreeningQuery.isEntityScorer(EntityScorer.ID_V2)).isTrue();
    assertThat(ScreeningQuery.isEntityScorer(AlignmentScorer.ID)).isFalse();
    assertThat(ScreeningQuery.hasNameRulesV2(EntityScorer.ID_V2)).isTrue();
    assertThat(ScreeningQuery.hasNameRulesV2(EntityScorer.ID)).isFalse();
    assertThat(ScreeningQuery.hasNameRulesV2(AlignmentScorer.ID)).isFalse();
  }

  private static List<String> ids(List<ScorePartId> parts) {
    return parts.stream().map(ScorePartId::id).toList();
  }
}
