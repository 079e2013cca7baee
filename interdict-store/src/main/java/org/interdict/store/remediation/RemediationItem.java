package org.interdict.store.remediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The work to remove one covered product from one host. {@code state} is {@code open}, {@code
 * in-progress}, {@code replaced} or {@code verified}; {@code deadline}, {@code regimeId} and {@code
 * phaseId} (the obligation) come from the covering regime with the earliest deadline; {@code
 * assignee} is who works on it ("" when nobody); {@code history} is oldest first.
 */
public record RemediationItem(
    String id,
    String host,
    String productId,
    String productName,
    String state,
    Optional<LocalDate> deadline,
    String regimeId,
    String phaseId,
    String assignee,
    Instant createdAt,
    Instant updatedAt,
    List<RemediationEvent> history) {
  public static final String OPEN = "open";
  public static final String IN_PROGRESS = "in-progress";
  public static final String REPLACED = "replaced";
  public static final String VERIFIED = "verified";
  public static final List<String> STATES = List.of(OPEN, IN_PROGRESS, REPLACED, VERIFIED);

  public RemediationItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(regimeId, "regimeId");
    Objects.requireNonNull(phaseId, "phaseId");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    history = List.copyOf(history);
  }
}
