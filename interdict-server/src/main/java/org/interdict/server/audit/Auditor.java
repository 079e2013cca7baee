package org.interdict.server.audit;

import java.time.Clock;
import org.interdict.server.auth.Principal;
import org.interdict.store.Ids;
import org.interdict.store.audit.AuditEvent;
import org.interdict.store.audit.AuditRepository;
import org.jdbi.v3.core.Handle;

/**
 * Appends audit events inside the caller's transaction, so an action and its audit commit together. Details
 * never hold a screened name. Thread-safe.
 */
public final class Auditor {
  private final Clock clock;
  private final AuditRepository audit = new AuditRepository();

  public Auditor(Clock clock) {
    this.clock = clock;
  }

  public void record(Handle h, Principal who, String action, String subjectType, String subjectId, String detail) {
    record(h, who.keyName(), who.role().id(), action, subjectType, subjectId, detail);
  }

  /** An event by a named actor that is not a request's caller (the server itself, a scan worker). */
  public void record(Handle h, String actor, String role, String action, String subjectType, String subjectId,
      String detail) {
    audit.append(h, new AuditEvent(Ids.next("a"), clock.instant(), actor, role, action, subjectType, subjectId,
        detail));
  }
}
