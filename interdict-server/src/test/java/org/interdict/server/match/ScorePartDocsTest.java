package org.interdict.server.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.screening.ScorePartId;
import org.interdict.screening.ScreeningQuery;
import org.junit.jupiter.api.Test;

/**
 * {@link ScorePartDocs} describes exactly the parts core says its scorers can write ({@link
 * ScreeningQuery#partIdsOf}), and {@code GET /algorithms} lists them per scorer.
 */
class ScorePartDocsTest {
  @Test
  void everyPartAScorerCanWriteIsDescribedAndEveryDescriptionIsOfSuchAPart() {
    Set<String> written = new LinkedHashSet<>();
    for (String scorer : ScreeningQuery.SCORERS) {
      ScreeningQuery.partIdsOf(scorer).forEach(part -> written.add(part.id()));
    }
    assertThat(ScorePartDocs.describedIds()).containsExactlyInAnyOrderElementsOf(written);
    for (String id : written) {
      assertThat(ScorePartDocs.describe(id)).as(id).doesNotContain("score part " + id);
    }
  }

  @Test
  void algorithmsListEachScorersPartsButTheFinalScoreInCoresOrder() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> algorithms =
        (List<Map<String, Object>>) ScorePartDocs.algorithms().get("algorithms");
    assertThat(algorithms)
        .extracting(a -> a.get("name"))
        .containsExactlyElementsOf(ScreeningQuery.SCORERS);
    for (Map<String, Object> algorithm : algorithms) {
      String scorer = (String) algorithm.get("name");
      List<String> expected =
          ScreeningQuery.partIdsOf(scorer).stream()
              .map(ScorePartId::id)
              .filter(id -> !id.equals("score"))
              .toList();
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> features =
          (Map<String, Map<String, Object>>) algorithm.get("features");
      assertThat(features.keySet()).as(scorer).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theCoefficientIsOneForThePartsAddedIntoTheFinalScore() {
    Map<String, Double> coefficients = new java.util.LinkedHashMap<>();
    ScorePartDocs.partsOf(ScreeningQuery.DEFAULT_SCORER)
        .forEach(part -> coefficients.put(part.id(), part.coefficient()));
    coefficients.values().removeIf(c -> c == 0.0);
    assertThat(coefficients.keySet())
        .containsExactly(
            "name", "birth-date", "country", "party-type", "identifier", "romanized-syllables");
    assertThat(coefficients.values()).containsOnly(1.0);
  }

  @Test
  void theScorersAreDescribedByWhatTheyApply() {
    assertThat(ScorePartDocs.describeScorer("entity-v1")).contains("name rules and nicknames");
    assertThat(ScorePartDocs.describeScorer("entity-v2"))
        .contains("person- and organization-name rules");
    assertThat(ScorePartDocs.describeScorer("aligned-tokens-v1")).contains("name-only");
  }
}
