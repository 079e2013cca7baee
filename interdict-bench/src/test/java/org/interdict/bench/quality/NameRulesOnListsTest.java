package org.interdict.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.interdict.bench.BenchLists;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * entity-v1's name rules (issue 11 point 4) against the real shared lists, with the token weights
 * of a real screening: each namesake below is a row of yente's {@code negatives_global.csv} that
 * aligned-tokens-v1 alarmed on; each true variant is a spelling of the listed name. Skips, saying
 * why, when the shared lists are absent.
 */
class NameRulesOnListsTest {
  private static final double THRESHOLD = ScreeningQuery.DEFAULT_MIN_SCORE;
  private static ScreeningIndex index;

  @BeforeAll
  static void loadLists() {
    Optional<Path> listsDir = BenchLists.locate(Optional.empty());
    Prerequisites.require(
        listsDir.isPresent(),
        "shared lists not found (interdict.shared.dir/data/lists or ../shared/data/lists) for the name rules test");
    index = ScreeningIndex.build(BenchLists.load(listsDir.get()).parties());
  }

  private static Optional<Match> top(String query, String scorer, String partyId) {
    return index
        .screen(ScreeningQuery.of(query).withMinScore(0.3).withLimit(50).withScorer(scorer))
        .matches()
        .stream()
        .filter(match -> match.party().id().equals(partyId))
        .findFirst();
  }

  @ParameterizedTest(name = "namesake {0} of {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hector Manuel|us-csl/sdn:10622|unmatched-surname",
        "Lee Baxter|us-ofac-sdn:48416|single-token",
        "Julia Wu|us-ofac-sdn:17849|single-token",
        "建宏 張|us-ofac-sdn:21042|unmatched-syllables",
        "秀玲 李|us-csl/itar-debarred:85365e96450d42b9a0617789c3a18c20|unmatched-syllables",
      })
  void aNamesakeAlarmedOnByTheNameScorerIsClearedByItsRule(
      String query, String partyId, String rule) {
    Match byName = top(query, "aligned-tokens-v1", partyId).orElseThrow();
    assertThat(byName.score()).isGreaterThanOrEqualTo(THRESHOLD);
    Optional<Match> byEntity = top(query, ScreeningQuery.DEFAULT_SCORER, partyId);
    assertThat(byEntity).isPresent();
    assertThat(byEntity.get().score()).isLessThan(THRESHOLD);
    assertThat(byEntity.get().explanation().part(rule)).isLessThan(1.0);
  }

  @ParameterizedTest(name = "true variant {0} of {1} stays a match")
  @CsvSource(
      delimiter = '|',
      value = {
        // a middle name omitted (a subset of the listed name)
        "Ibrahim DAHBOUR|us-csl/palestinian-legislative-council:9649",
        "DAHBOUR, Ibrahim|us-csl/palestinian-legislative-council:9649",
        // a typo in the surname, a second surname omitted
        "Jorge Alberto Cervantez|us-csl/itar-debarred:803da382008447b3b4a8340cf45dd1c6",
      })
  void aTrueVariantStaysAMatch(String query, String partyId) {
    assertThat(top(query, ScreeningQuery.DEFAULT_SCORER, partyId))
        .hasValueSatisfying(match -> assertThat(match.score()).isGreaterThanOrEqualTo(THRESHOLD));
  }

  @ParameterizedTest(name = "{0} is found as {1} through its nickname")
  @CsvSource(
      delimiter = '|',
      value = {"Sasha Ivanov|us-ofac-sdn:39758"})
  void aHypocorismFindsTheFullName(String query, String partyId) {
    assertThat(top(query, "aligned-tokens-v1", partyId).map(Match::score).orElse(0.0))
        .isLessThan(THRESHOLD);
    Match match = top(query, ScreeningQuery.DEFAULT_SCORER, partyId).orElseThrow();
    assertThat(match.score()).isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(match.explanation().part("nickname")).isEqualTo(1.0);
  }
}
