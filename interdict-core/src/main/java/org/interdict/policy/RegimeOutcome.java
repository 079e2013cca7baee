package org.interdict.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one regime says of one finding as of a date: the status, the obligation that decided it (empty when
 * none applies), the date that status starts, the deadline, the citation, what is required, the recommended
 * action, and the reason in words.
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
    String reason) {

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
  }

  /** The status as users read it: {@code prohibited-from 2024-09-29} carries its date. */
  public String statusText() {
    return status == Status.PROHIBITED_FROM
        ? status.id() + " " + effectiveFrom.map(LocalDate::toString).orElse("")
        : status.id();
  }
}
