package org.interdict.bench.quality;

import java.util.List;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;

/** Our engine as a {@link Screener}: at most {@value #LIMIT} matches per query, no filters. */
public record EngineScreener(ScreeningIndex index) implements Screener {
  static final int LIMIT = 50;

  @Override
  public List<Hit> screen(String query, double minScore) {
    return index
        .screen(ScreeningQuery.of(query).withMinScore(minScore).withLimit(LIMIT))
        .matches()
        .stream()
        .map(match -> new Hit(match.party().id(), match.score()))
        .toList();
  }
}
