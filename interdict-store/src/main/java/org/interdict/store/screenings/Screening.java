package org.interdict.store.screenings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One screened name, who screened it and when, its normalized text, the minimum score and the hits. */
public record Screening(
    String id, Instant at, String actor, String queryName, String normalized, double minScore,
    List<ScreeningHit> hits) {
  public Screening {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(queryName, "queryName");
    Objects.requireNonNull(normalized, "normalized");
    hits = List.copyOf(hits);
  }
}
