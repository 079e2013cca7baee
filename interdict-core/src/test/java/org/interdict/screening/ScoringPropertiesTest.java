package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interdict.model.Party;
import org.interdict.testing.TestSeeds;
import org.interdict.text.RandomText;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Seeded random queries and list names: no crash, scores in [0, 1], exact names score 1; the seed
 * is printed on failure and {@code -Dinterdict.test.seed=N} replays it.
 */
class ScoringPropertiesTest {
  @RepeatedTest(10)
  void scoresStayInRangeAndNothingCrashes() {
    long seed = TestSeeds.next();
    Random random = new Random(seed);
    try {
      List<Party> parties = new ArrayList<>(Fixtures.kaspersky());
      for (int i = 0; i < 30; i++) {
        String name = RandomText.of(random);
        if (!name.isBlank()) {
          parties.add(Fixtures.entity("random", Integer.toString(i), name));
        }
      }
      ScreeningIndex index = ScreeningIndex.build(parties);
      for (int i = 0; i < 100; i++) {
        ScreeningResult result =
            index.screen(ScreeningQuery.of(RandomText.of(random)).withMinScore(0.0).withLimit(50));
        assertThat(result.matches()).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
      }
      for (Party party : parties) {
        ScreeningResult self = index.screen(ScreeningQuery.of(party.primaryName()).withLimit(50));
        if (!self.normalized().tokens().isEmpty()) {
          assertThat(self.matches())
              .as("self match of %s", party.primaryName())
              .anySatisfy(m -> assertThat(m.score()).isEqualTo(1.0));
        }
      }
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(TestSeeds.replay(seed), e);
    }
  }
}
