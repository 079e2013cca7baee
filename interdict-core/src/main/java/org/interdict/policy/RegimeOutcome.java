package org.interdict.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.interdict.catalog.Review;

/**
 * What one regime says of one finding as of a date: the status, the obligation that decided it
 * (empty when none applies), the date that status starts, the deadline, the citation, what is
 * required, the recommended action, and the reason in words. {@code review} holds the open question
 * (with the sources on each side) when the status is {@code review}; {@code factsVerifiedAsOf} is
 * the day the regime's facts were last verified. When the evaluation date is later than that,
 * {@code action} and {@code reason} end with a note saying so, so that every report format, which
 * prints them, carries it.
 */
public record RegimeOutcome(
    String regimeId,
    String regimeTitle,
    Status status,
    Optional<String> obligationId,
    Optional<LocalDate> effectiveFrom,
    Optional<LocalDate> deadline,
    String citation,
    String requirement,
    String action,
    String reason,
    Optional<Review> review,
    LocalDate factsVerifiedAsOf,
    LocalDate asOf) {

  public RegimeOutcome {
    Objects.requireNonNull(regimeId, "regimeId");
    Objects.requireNonNull(regimeTitle, "regimeTitle");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(obligationId, "obligationId");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(factsVerifiedAsOf, "factsVerifiedAsOf");
    Objects.requireNonNull(asOf, "asOf");
    if (status == Status.REVIEW && review.isEmpty()) {
      throw new IllegalArgumentException("a review outcome needs its open question");
    }
  }

  /** The status as users read it: {@code prohibited-from 2024-09-29} carries its date. */
  public String statusText() {
    return status == Status.PROHIBITED_FROM
        ? status.id() + " " + effectiveFrom.map(LocalDate::toString).orElse("")
        : status.id();
  }

  /** Whether the evaluation date is later than the day the regime's facts were last verified. */
  public boolean factsMayBeOutdated() {
    return asOf.isAfter(factsVerifiedAsOf);
  }
}
