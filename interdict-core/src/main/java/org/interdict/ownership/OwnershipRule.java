package org.interdict.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningFilter;

/**
 * One ownership rule as data: its stable id, citations, how a listing extends ({@link Method}), the
 * share that triggers it, which listed parties seed it and the half-open periods in which it is in
 * force.
 */
public record OwnershipRule(
    String id,
    String title,
    Method method,
    double thresholdPercent,
    List<String> citations,
    List<Seed> seeds,
    List<Period> inForce) {
  public OwnershipRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(method, "method");
    citations = List.copyOf(citations);
    seeds = List.copyOf(seeds);
    inForce = List.copyOf(inForce);
    if (!(thresholdPercent > 0 && thresholdPercent <= 100)) {
      throw new IllegalArgumentException(
          "rule " + id + ": threshold " + thresholdPercent + " outside (0, 100]");
    }
  }

  /** How a rule extends a listing through the graph. */
  public enum Method {
    /**
     * Owned at or above the threshold, summed over listed or already-caught owners (their holdings
     * count in full).
     */
    AGGREGATE_OWNERSHIP,
    /**
     * Parents and subsidiaries at any depth (parent-of edges, or owns at or above the threshold),
     * and affiliates.
     */
    CONTROL_CHAIN;

    static Method fromId(String id) {
      return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /**
   * Listed parties that seed the rule: a list id (prefix rule of {@link
   * ScreeningFilter#listMatches}), optionally a program and a type.
   */
  public record Seed(String list, Optional<String> program, Optional<String> type) {
    public Seed {
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(program, "program");
      Objects.requireNonNull(type, "type");
    }

    boolean accepts(Party party) {
      return ScreeningFilter.listMatches(party.source().listId(), list.toLowerCase(Locale.ROOT))
          && program.map(p -> party.programs().stream().anyMatch(p::equalsIgnoreCase)).orElse(true)
          && type.map(t -> party.type().id().equalsIgnoreCase(t)).orElse(true);
    }
  }

  /** A half-open period {@code [from, to)}; no {@code to} means open-ended. */
  public record Period(LocalDate from, Optional<LocalDate> to) {
    public Period {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isPresent() && !to.get().isAfter(from)) {
        throw new IllegalArgumentException("period ends " + to.get() + " before it starts " + from);
      }
    }

    boolean contains(LocalDate date) {
      return !date.isBefore(from) && to.map(date::isBefore).orElse(true);
    }

    @Override
    public String toString() {
      return "[" + from + ", " + to.map(LocalDate::toString).orElse("") + ")";
    }
  }

  /** Whether a listed party seeds this rule. */
  public boolean seeds(Party party) {
    return seeds.stream().anyMatch(seed -> seed.accepts(party));
  }

  public boolean inForce(LocalDate asOf) {
    return inForce.stream().anyMatch(period -> period.contains(asOf));
  }
}
