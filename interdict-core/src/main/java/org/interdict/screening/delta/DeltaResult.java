package org.interdict.screening.delta;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a delta re-screen: how many stored parties there are and how many were re-screened
 * (reached by a changed or drifted list token, or watched because a previous score sat near the
 * minimum, retrieval was capped or the limit was full), the hits that appeared and disappeared, and
 * the baseline to use for the next update.
 */
public record DeltaResult(
    int storedParties,
    int rescreened,
    int reached,
    int watched,
    int seedTokens,
    double tolerance,
    List<HitChange> newHits,
    List<HitChange> goneHits,
    Baseline next) {
  public DeltaResult {
    newHits = List.copyOf(newHits);
    goneHits = List.copyOf(goneHits);
    Objects.requireNonNull(next, "next");
  }
}
