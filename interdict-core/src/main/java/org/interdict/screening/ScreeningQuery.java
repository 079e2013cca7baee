package org.interdict.screening;

import java.util.Objects;

/**
 * One name to screen with its filter, the minimum score a match needs and the most matches to return.
 * {@link #DEFAULT_MIN_SCORE} comes from the development-set evaluation (docs/benchmarks.md).
 */
public record ScreeningQuery(String name, ScreeningFilter filter, double minScore, int limit) {
  /**
   * Default minimum score, chosen on the development set (docs/benchmarks.md): thresholds 0.72-0.77 meet
   * both targets (recall >= 0.98, precision >= 0.95); 0.76 keeps the recall of the lower ones with more precision.
   */
  public static final double DEFAULT_MIN_SCORE = 0.76;

  public static final int DEFAULT_LIMIT = 10;

  public ScreeningQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filter, "filter");
    if (!(minScore >= 0.0 && minScore <= 1.0)) {
      throw new IllegalArgumentException("minScore " + minScore + " outside [0, 1]");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " must be at least 1");
    }
  }

  /** A query with no filter, the default minimum score and the default limit. */
  public static ScreeningQuery of(String name) {
    return new ScreeningQuery(name, ScreeningFilter.none(), DEFAULT_MIN_SCORE, DEFAULT_LIMIT);
  }

  public ScreeningQuery withName(String newName) {
    return new ScreeningQuery(newName, filter, minScore, limit);
  }

  public ScreeningQuery withFilter(ScreeningFilter newFilter) {
    return new ScreeningQuery(name, newFilter, minScore, limit);
  }

  public ScreeningQuery withMinScore(double newMinScore) {
    return new ScreeningQuery(name, filter, newMinScore, limit);
  }

  public ScreeningQuery withLimit(int newLimit) {
    return new ScreeningQuery(name, filter, minScore, newLimit);
  }
}
