package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningIndexTest {
  private static final ScreeningIndex INDEX = index();

  private static ScreeningIndex index() {
    List<Party> parties = new ArrayList<>(Fixtures.kaspersky());
    parties.addAll(Fixtures.ofacLike());
    return ScreeningIndex.build(parties);
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Vladimir Putin|us-ofac-sdn:1001",
        "Putin Vladimir Vladimirovich|us-ofac-sdn:1001",
        "V. Putin|us-ofac-sdn:1001",
        "Vladimir Poutine|us-ofac-sdn:1001",
        "Khodorkovskiy Mikhail|us-ofac-sdn:1005",
        "Mikhail Hodorkovsky|us-ofac-sdn:1005",
        "Huawei Technologies Company Limited|us-csl/entity-list:2001",
        "张伟|us-ofac-sdn:1006",
        "Bank Rossiya OAO|us-ofac-sdn:1003",
        "Korea Mining Development Trading Corp|un-sc-consolidated:3001",
        "Mr. Abu Bakr al Baghdadi|us-ofac-sdn:1004",
        "ZhangWei|us-ofac-sdn:1006",
        "أبو بكر البغدادي|us-ofac-sdn:1004",
        "WeiZhang|us-ofac-sdn:1006",
        "GarryKasparov|us-ofac-sdn:1002",
      })
  void findsVariants(String query, String expectedId) {
    assertThat(INDEX.screen(ScreeningQuery.of(query)).matches())
        .extracting(m -> m.party().id())
        .contains(expectedId);
  }

  @Test
  void countsNamesAndParties() {
    assertThat(INDEX.partyCount()).isEqualTo(15);
    assertThat(INDEX.nameCount()).isGreaterThan(15);
    assertThat(ScreeningIndex.scorerId()).isEqualTo("aligned-tokens-v1");
  }

  @Test
  void reportsWhichNameMatchedAndWhy() {
    Match match = INDEX.screen(ScreeningQuery.of("Лаборатория Касперского")).matches().get(0);
    assertThat(match.party().id()).isEqualTo("interdict-curated:ao-kaspersky-lab");
    assertThat(match.nameKind()).isEqualTo(NameKind.ALIAS);
    assertThat(match.party().allNames().get(match.nameIndex())).isEqualTo(match.matchedName());
    Explanation explanation = match.explanation();
    assertThat(explanation.querySteps()).contains("transliterate", "synonyms");
    assertThat(explanation.pairs())
        .extracting(TokenPair::listToken)
        .contains("kasperskogo", "laboratory");
    assertThat(explanation.parts())
        .extracting(ScorePart::id)
        .containsExactly(
            "token-similarity",
            "query-coverage",
            "list-coverage",
            "base",
            "order",
            "legal-form",
            "type",
            "nickname",
            "unmatched-surname",
            "single-token",
            "no-anchor",
            "unmatched-syllables",
            "unmatched-list",
            "final-vowel",
            "weak-nickname",
            "gendered-form",
            "score");
    assertThat(explanation.part("score")).isEqualTo(match.score());
  }

  @Test
  void variantPairsAreLabelled() {
    Match match = INDEX.screen(ScreeningQuery.of("Khodorkovskiy Mikhail")).matches().get(0);
    assertThat(match.explanation().pairs())
        .anySatisfy(
            pair -> {
              assertThat(pair.queryToken()).isEqualTo("khodorkovskiy");
              assertThat(pair.method()).isEqualTo("variant");
            });
    assertThat(match.explanation().unmatchedListTokens()).containsExactly("borisovich");
  }

  @Test
  void runTogetherNamesSayHowTheyMatched() {
    Match match = INDEX.screen(ScreeningQuery.of("ZhangWei")).matches().get(0);
    assertThat(match.matchedName()).isEqualTo("ZHANG, Wei");
    assertThat(match.explanation().listSteps()).contains("join-words");
  }

  @Test
  void differingLegalFormsCostALittle() {
    List<Match> matches = INDEX.screen(ScreeningQuery.of("Kaspersky Lab Ltd")).matches();
    Match ao =
        matches.stream()
            .filter(m -> m.party().id().endsWith("ao-kaspersky-lab"))
            .findFirst()
            .orElseThrow();
    Match labs =
        matches.stream()
            .filter(m -> m.party().id().endsWith("kaspersky-labs-limited"))
            .findFirst()
            .orElseThrow();
    assertThat(labs.score()).isGreaterThan(ao.score());
    assertThat(ao.explanation().part("legal-form")).isLessThan(1.0);
  }

  @Test
  void filtersByListPrefixTypeProgramAndCountry() {
    ScreeningQuery query = ScreeningQuery.of("Huawei");
    assertThat(
            INDEX
                .screen(query.withFilter(ScreeningFilter.none().withListIds(Set.of("us-csl"))))
                .matches())
        .hasSize(1);
    assertThat(
            INDEX
                .screen(query.withFilter(ScreeningFilter.none().withListIds(Set.of("us-ofac"))))
                .matches())
        .isEmpty();
    assertThat(
            INDEX
                .screen(query.withFilter(ScreeningFilter.none().withListIds(Set.of("us-cs"))))
                .matches())
        .isEmpty();
    assertThat(
            INDEX
                .screen(
                    query.withFilter(
                        ScreeningFilter.none().withTypes(Set.of(PartyType.INDIVIDUAL))))
                .matches())
        .isEmpty();
    assertThat(
            INDEX
                .screen(query.withFilter(ScreeningFilter.none().withPrograms(Set.of("el"))))
                .matches())
        .hasSize(1);
    assertThat(
            INDEX
                .screen(query.withFilter(ScreeningFilter.none().withCountries(Set.of("china"))))
                .matches())
        .isEmpty();
  }

  @Test
  void minimumScoreAndLimitApply() {
    ScreeningQuery query = ScreeningQuery.of("Kaspersky").withMinScore(0.3);
    List<Match> all = INDEX.screen(query.withLimit(50)).matches();
    assertThat(all.size()).isGreaterThanOrEqualTo(3);
    assertThat(all).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(INDEX.screen(query.withLimit(2)).matches()).hasSize(2);
    // an exact name, so that the minimum keeps something: only the score-1 matches, not its near
    // namesakes
    assertThat(INDEX.screen(query.withName("Kaspersky Labs Limited").withMinScore(1.0)).matches())
        .isNotEmpty()
        .allMatch(m -> m.score() == 1.0);
  }

  @Test
  void onePartyAppearsOnceWithItsBestName() {
    List<Match> matches = INDEX.screen(ScreeningQuery.of("Kaspersky Lab ZAO")).matches();
    assertThat(matches).extracting(m -> m.party().id()).doesNotHaveDuplicates();
    assertThat(matches.get(0).party().id()).isEqualTo("interdict-curated:ao-kaspersky-lab");
    assertThat(matches.get(0).score()).isEqualTo(1.0);
  }

  @Test
  void emptyAndJunkQueriesReturnNoMatches() {
    assertThat(INDEX.screen(ScreeningQuery.of("")).matches()).isEmpty();
    assertThat(INDEX.screen(ScreeningQuery.of("!!! ???")).matches()).isEmpty();
    ScreeningResult longName =
        INDEX.screen(ScreeningQuery.of("Kaspersky Lab " + "x".repeat(10_000)));
    assertThat(longName.truncated()).isTrue();
  }
}
