package org.interdict.screening.delta;

import java.util.List;
import org.interdict.screening.Match;
import org.interdict.screening.RetrievalGate;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningTrace;

/**
 * What a baseline remembers of one stored party: its hits at the minimum score, every match down to
 * the watch band below it ({@code watch}, best first), whether retrieval came near its cap ({@code
 * crowded}), and whether the watch list filled the limit.
 */
public record BaselineEntry(
    List<PreviousMatch> hits, List<PreviousMatch> watch, boolean crowded, boolean saturated) {
  static final BaselineEntry EMPTY = new BaselineEntry(List.of(), List.of(), false, false);

  /**
   * Candidate count from which a party is always re-screened (96): retrieval caps at {@link
   * RetrievalGate#MAX_CANDIDATES} (128), and a party below this count that retrieves fewer than
   * {@link ListSeeds#NEW_CANDIDATE_MARGIN} new seeds in each of the two seed groups stays under the
   * cap, so every candidate is still scored. Derived, so the delta's guarantee {@code CROWDED + 2 x
   * margin <= cap} holds by construction (ADR 005).
   */
  static final int CROWDED =
      RetrievalGate.MAX_CANDIDATES - ListSeeds.SEED_GROUPS * ListSeeds.NEW_CANDIDATE_MARGIN;

  public BaselineEntry {
    hits = List.copyOf(hits);
    watch = List.copyOf(watch);
  }

  boolean isEmpty() {
    return hits.isEmpty() && watch.isEmpty() && !crowded;
  }

  /**
   * Screens one name at {@code minScore - band} and derives the hits from it; when retrieval was
   * capped (the lower bar may have changed which names were scored) or a score rounds to the
   * minimum, the hits come from a second screening at the minimum score itself.
   */
  static BaselineEntry screen(
      ScreeningIndex index, ScreeningQuery template, double band, String name) {
    ScreeningQuery query = template.withName(name);
    ScreeningTrace low = index.trace(query.withMinScore(Math.max(0.0, template.minScore() - band)));
    List<PreviousMatch> watch = previous(low.result().matches());
    // scores are rounded to 4 decimals but compared before rounding: a score that rounds to the
    // minimum is ambiguous
    boolean exact =
        low.capped()
            || watch.stream().anyMatch(m -> Math.abs(m.score() - template.minScore()) <= 1e-4);
    List<PreviousMatch> hits =
        exact
            ? previous(index.screen(query).matches())
            : watch.stream().filter(match -> match.score() >= template.minScore()).toList();
    return new BaselineEntry(
        hits, watch, low.scoredNames() >= CROWDED, watch.size() >= template.limit());
  }

  private static List<PreviousMatch> previous(List<Match> matches) {
    return matches.stream().map(m -> new PreviousMatch(m.party().id(), m.score())).toList();
  }
}
