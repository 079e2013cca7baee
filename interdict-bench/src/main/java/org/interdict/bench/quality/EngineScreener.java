package org.interdict.bench.quality;

import java.util.List;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;

/**
 * Our engine as a {@link Screener} under one scorer: at most {@value #LIMIT} matches per query, no
 * filters.
 */
public record EngineScreener(ScreeningIndex index, String scorer) implements Screener {
  static final int LIMIT = 50;

  /** Under the default scorer. */
  public EngineScreener(ScreeningIndex index) {
    this(index, ScreeningQuery.DEFAULT_SCORER);
  }

  @Override
  public List<Hit> screen(String query, double minScore) {
    return index
        .screen(ScreeningQuery.of(query).withScorer(scorer).withMinScore(minScore).withLimit(LIMIT))
        .matches()
        .stream()
        .map(match -> new Hit(match.party().id(), match.score()))
        .toList();
  }
}
