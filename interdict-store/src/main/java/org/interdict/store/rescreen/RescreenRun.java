package org.interdict.store.rescreen;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of the lists in force and its re-screen: who or what triggered it ({@code update},
 * {@code reload}, {@code startup}), the snapshots before and after (text such as {@code
 * us-ofac-sdn@2024-04-26T000000Z}), the diff's counts, how many stored parties there were and were
 * re-screened, the hits found and lost, and how the webhook delivery went ({@code pending}, {@code
 * delivered}, {@code failed}, {@code not-configured}).
 */
public record RescreenRun(
    String id,
    Instant at,
    String actor,
    String trigger,
    String listsBefore,
    String listsAfter,
    int added,
    int changed,
    int removed,
    int storedParties,
    int rescreened,
    int newHits,
    int goneHits,
    String webhookStatus,
    int webhookAttempts,
    String webhookDetail) {
  public RescreenRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(webhookStatus, "webhookStatus");
  }
}
