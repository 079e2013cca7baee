package org.interdict.store.remediation;

import java.time.Instant;
import java.util.Objects;

/**
 * One state change of a remediation item: the new state, when, who (a key name or {@code
 * scan:<job>}), why.
 */
public record RemediationEvent(String state, Instant at, String actor, String comment) {
  public RemediationEvent {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(comment, "comment");
  }
}
