package org.interdict.store.screenings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One screened name, who screened it and when, its normalized text, the minimum score, the hits and
 * the context it ran in as JSON text (scorer, index version, lists and snapshots in force; {@code
 * {}} before it was kept).
 */
public record Screening(
    String id,
    Instant at,
    String actor,
    String queryName,
    String normalized,
    double minScore,
    List<ScreeningHit> hits,
    String context) {
  public Screening {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(queryName, "queryName");
    Objects.requireNonNull(normalized, "normalized");
    hits = List.copyOf(hits);
    Objects.requireNonNull(context, "context");
  }
}
