package org.interdict.screening;

import java.util.List;
import java.util.Objects;
import org.interdict.text.NormalizedName;

/**
 * The outcome of screening one name: the query, its normalized form (tokens, steps, whether it was
 * truncated), and the matches at or above the minimum score, best first; {@link #problem()} says
 * when the query could not be screened completely.
 */
public record ScreeningResult(
    ScreeningQuery query, NormalizedName normalized, List<Match> matches) {
  public ScreeningResult {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(normalized, "normalized");
    matches = List.copyOf(matches);
  }

  public boolean truncated() {
    return normalized.truncated();
  }

  /**
   * Why this query could not be screened completely, if it could not: then an empty match list is
   * not a "no match" (see {@link QueryProblem}).
   */
  public java.util.Optional<QueryProblem> problem() {
    return QueryProblem.of(normalized);
  }

  /** The best match's score, or 0 when nothing matched. */
  public double topScore() {
    return matches.isEmpty() ? 0.0 : matches.get(0).score();
  }
}
