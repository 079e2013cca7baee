package org.interdict.store.findings;

import java.util.Objects;

/**
 * What one regime says of a stored finding: its status, the obligation (phase) that decided it (""
 * when none), the deadline as an ISO date (null when the regime sets none), the citation and the
 * recommended action.
 */
public record FindingRegime(
    String regimeId,
    String status,
    String phaseId,
    String deadline,
    String citation,
    String action) {
  public FindingRegime {
    Objects.requireNonNull(regimeId, "regimeId");
    Objects.requireNonNull(phaseId, "phaseId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(action, "action");
  }
}
