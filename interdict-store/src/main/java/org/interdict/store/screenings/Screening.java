package org.interdict.store.screenings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One screened name, who screened it and when, its normalized text, the minimum score, the hits,
 * the context it ran in as JSON text (index version, lists and snapshots in force; {@code {}}
 * before it was kept), the query's features as JSON text (birth dates, countries, identifiers,
 * party type; {@code {}} for none), the scorer id and the index version ({@code ""} before they
 * were kept, V54).
 */
public record Screening(
    String id,
    Instant at,
    String actor,
    String queryName,
    String normalized,
    double minScore,
    List<ScreeningHit> hits,
    String context,
    String features,
    String scorer,
    String indexVersion) {
  public Screening {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(queryName, "queryName");
    Objects.requireNonNull(normalized, "normalized");
    hits = List.copyOf(hits);
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(indexVersion, "indexVersion");
  }
}
