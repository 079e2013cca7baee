package org.interdict.server.queue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The queue's filters: list id (the list or its prefix, as screening filters do), program (one of
 * the listed party's), score band {@code [minScore, maxScore]}, age in whole days {@code
 * [minAgeDays, maxAgeDays]}, assignee ({@code none} for unassigned), source ({@code screening},
 * {@code rescreen}) and state ({@code open}: no decision waits for approval; {@code pending}: one
 * does).
 */
record QueueFilter(
    Optional<String> list,
    Optional<String> program,
    double minScore,
    double maxScore,
    int minAgeDays,
    int maxAgeDays,
    Optional<String> assignee,
    Optional<String> source,
    Optional<String> state) {
  static final String UNASSIGNED = "none";

  boolean accepts(QueueItem item) {
    return list.map(l -> item.listId().equals(l) || item.listId().startsWith(l + "-")).orElse(true)
        && program
            .map(p -> item.programs().stream().anyMatch(x -> x.equalsIgnoreCase(p)))
            .orElse(true)
        && item.score() >= minScore
        && item.score() <= maxScore
        && item.ageDays() >= minAgeDays
        && item.ageDays() <= maxAgeDays
        && assignee
            .map(
                a ->
                    a.equals(UNASSIGNED)
                        ? item.assignee().isEmpty()
                        : item.assignee()
                            .toLowerCase(Locale.ROOT)
                            .equals(a.toLowerCase(Locale.ROOT)))
            .orElse(true)
        && source.map(s -> item.source().equals(s)).orElse(true)
        && state.map(s -> s.equals(PENDING) == (item.pendingDecision() != null)).orElse(true);
  }

  static final String PENDING = "pending";
  static final List<String> STATES = List.of("open", PENDING);
  static final List<String> SOURCES = List.of(QueueItem.SCREENING, QueueItem.RESCREEN);
}
