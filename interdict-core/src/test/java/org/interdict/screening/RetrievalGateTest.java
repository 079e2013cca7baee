package org.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.interdict.testing.TestSeeds;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The one retrieval gate: the proof side ({@link RetrievalGate#mayAdmit}, used by {@link
 * CandidateBound}) never rejects a name retrieval ({@link RetrievalGate#admits}, used by {@link
 * CandidateFinder}) lets through, although retrieval counts its votes in floats and the proof in
 * doubles. {@code -Dinterdict.test.seed=N} replays a random round.
 */
class RetrievalGateTest {
  @Test
  void retrievalAndProofShareTheConstants() {
    assertThat(CandidateFinder.MAX_CANDIDATES)
        .isEqualTo(RetrievalGate.MAX_CANDIDATES)
        .isEqualTo(128);
    assertThat(RetrievalGate.TOLERANCE / 100).isEqualTo(1e-6);
  }

  @Test
  void theBoundDecidesOnlyWithoutInitials() {
    // votes 3 of 10, a light name: the bound (3 + 1) / (10 + 1) is far below 0.8, yet initials skip
    // the bound
    assertThat(RetrievalGate.admits(3f, 10f, 1.0, false, 0.8)).isFalse();
    assertThat(RetrievalGate.admits(3f, 10f, 1.0, true, 0.8)).isTrue();
    assertThat(RetrievalGate.mayAdmit(3.0, 10.0, 1.0, false, 0.8)).isFalse();
    assertThat(RetrievalGate.mayAdmit(3.0, 10.0, 1.0, true, 0.8)).isTrue();
    // below the vote floor nothing passes
    assertThat(RetrievalGate.admits(2.9f, 10f, 50.0, true, 0.0)).isFalse();
    assertThat(RetrievalGate.mayAdmit(2.9, 10.0, 50.0, true, 0.0)).isFalse();
  }

  @RepeatedTest(10)
  void theProofNeverRejectsWhatRetrievalAdmits() {
    long seed = TestSeeds.next();
    Random random = new Random(seed);
    int admitted = 0;
    for (int i = 0; i < 50_000; i++) {
      int tokens = 1 + random.nextInt(12);
      float queryWeight = 0f;
      float votes = 0f;
      double exactVotes = 0;
      for (int q = 0; q < tokens; q++) {
        float weight = (float) (0.8 + random.nextDouble() * 7.2);
        queryWeight += weight;
        if (random.nextInt(3) > 0) {
          float similarity = (float) (0.8 + random.nextDouble() * 0.2);
          votes += weight * similarity;
          exactVotes += (double) weight * similarity;
        }
      }
      double listWeight = 0.5 * random.nextDouble() * 60;
      boolean initials = random.nextInt(5) == 0;
      // minimum scores near the bound, where rounding decides
      double bound = (votes + listWeight) / (queryWeight + listWeight);
      double minScore =
          random.nextBoolean() ? bound + (random.nextDouble() - 0.5) * 1e-5 : random.nextDouble();
      if (RetrievalGate.admits(votes, queryWeight, listWeight, initials, minScore)) {
        admitted++;
        assertThat(RetrievalGate.mayAdmit(exactVotes, queryWeight, listWeight, initials, minScore))
            .as(
                "seed %d: votes %s (exact %s) of %s, list weight %s, min %s",
                seed, votes, exactVotes, queryWeight, listWeight, minScore)
            .isTrue();
      }
    }
    assertThat(admitted).as("seed %d", seed).isPositive();
  }
}
