package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kaspersky cases against parties shaped like the curated snapshot. Eugene Kaspersky himself
 * was not among the twelve executives OFAC designated on 2024-06-21, so his name must not match any
 * individual.
 */
class KasperskyScreeningTest {
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
        "Kaspersky Lab|interdict-curated:ao-kaspersky-lab",
        "Лаборатория Касперского|interdict-curated:ao-kaspersky-lab",
        "AO Kaspersky Laboratory|interdict-curated:ao-kaspersky-lab",
        "Kaspersky Labs Ltd|interdict-curated:kaspersky-labs-limited",
        "OOO Kaspersky Group|interdict-curated:ooo-kaspersky-group",
        "Kaspersky Group LLC|interdict-curated:ooo-kaspersky-group",
        "ZAO Kaspersky Laboratories|interdict-curated:ao-kaspersky-lab",
        "Андрей Духвалов|interdict-curated:dukhvalov-andrey-petrovich",
        "Marina Alekseeva|interdict-curated:alekseeva-marina-mikhaylovna",
      })
  void findsTheListedEntityAtTheDefaultThreshold(String query, String expectedId) {
    ScreeningResult result = INDEX.screen(ScreeningQuery.of(query));
    assertThat(result.matches()).extracting(m -> m.party().id()).contains(expectedId);
  }

  @Test
  void kasparovChessFoundationDoesNotMatch() {
    assertThat(INDEX.screen(ScreeningQuery.of("Kasparov Chess Foundation")).matches()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Eugene Kaspersky", "Евгений Касперский", "Kasperskiy Yevgeniy"})
  void eugeneKasperskyIsNotAListedIndividual(String query) {
    assertThat(INDEX.screen(ScreeningQuery.of(query)).matches())
        .noneMatch(m -> m.party().type() == org.interdict.model.PartyType.INDIVIDUAL);
    // not vacuous: below the threshold the same query does reach the Kaspersky entities
    assertThat(INDEX.screen(ScreeningQuery.of(query).withMinScore(0.0)).matches())
        .anyMatch(m -> m.party().type() == org.interdict.model.PartyType.ENTITY);
  }

  @Test
  void eugeneKasperskyIsFoundWhenListed() {
    Party kaspersky =
        Fixtures.person("test-list", "1", "KASPERSKIY, Yevgeniy Valentinovich", "Eugene Kaspersky");
    ScreeningIndex index =
        ScreeningIndex.build(
            List.of(kaspersky, Fixtures.person("test-list", "2", "KASPAROV, Garry")));
    for (String query :
        List.of(
            "Eugene Kaspersky",
            "Евгений Касперский",
            "Kasperskiy Yevgeniy",
            "Evgenii Kasperskii")) {
      assertThat(index.screen(ScreeningQuery.of(query)).matches())
          .as(query)
          .extracting(m -> m.party().id())
          .containsExactly("test-list:1");
    }
  }
}
