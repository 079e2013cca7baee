package org.interdict.screening.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 point 3: the re-screen reasons are one enum; their ids are published (JSON, CSV,
 * webhook, database).
 */
class HitReasonTest {
  @Test
  void idsAreTheSpellingsOutputsAlwaysHad() {
    assertThat(Arrays.stream(HitReason.values()).map(HitReason::id))
        .containsExactly(
            "entry-added",
            "entry-changed",
            "entry-removed",
            "score-moved",
            "found-at-start",
            "lost-at-start");
  }

  @Test
  void fixedReasonsIgnoreTheParty() {
    HitReasons reasons = HitReasons.fixed(HitReason.FOUND_AT_START, HitReason.LOST_AT_START);

    assertThat(reasons.found("us-ofac-sdn:1")).isEqualTo(HitReason.FOUND_AT_START);
    assertThat(reasons.lost("us-ofac-sdn:2")).isEqualTo(HitReason.LOST_AT_START);
  }
}
