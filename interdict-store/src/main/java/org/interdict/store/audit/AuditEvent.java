package org.interdict.store.audit;

import java.time.Instant;
import java.util.Objects;

/** One audited action. {@code detail} is a short text that never holds a screened name. */
public record AuditEvent(
    String id,
    Instant at,
    String actor,
    String role,
    String action,
    String subjectType,
    String subjectId,
    String detail) {
  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(detail, "detail");
  }
}
