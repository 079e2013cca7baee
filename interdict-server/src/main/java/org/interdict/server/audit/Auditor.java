package org.interdict.server.audit;

import java.time.Clock;
import org.interdict.server.auth.Principal;
import org.interdict.store.Ids;
import org.interdict.store.audit.AuditEvent;
import org.interdict.store.audit.AuditRepository;
import org.jdbi.v3.core.Handle;

/**
 * Appends audit events inside the caller's transaction, so an action and its audit commit together.
 * Details never hold a screened name. Thread-safe.
 */
public final class Auditor {
  private final Clock clock;
  private final AuditRepository audit;
  private final SiteSigning signing;

  /** Chained, never signed: for tests and tools without a site key. */
  public Auditor(Clock clock) {
    this(
        new SiteSigning(
            java.util.Optional.empty(),
            clock,
            org.interdict.store.audit.AuditChain.DEFAULT_CHECKPOINT_EVERY));
  }

  public Auditor(SiteSigning signing) {
    this.signing = signing;
    this.clock = signing.clock();
    this.audit = signing.repository();
  }

  /** The site key and the document signing API (evidence packs). */
  public SiteSigning signing() {
    return signing;
  }

  /**
   * The retention primitive: deletes the audit events older than {@code before} and leaves a signed
   * tombstone (and an {@code audit.purge} event), so the chain still verifies. Needs the site key.
   * Empty when nothing is that old.
   */
  public java.util.Optional<org.interdict.store.audit.Tombstone> purgeBefore(
      Handle h, java.time.Instant before, String actor, String reason) {
    return signing.chain().purgeBefore(h, before, actor, reason);
  }

  public void record(
      Handle h, Principal who, String action, String subjectType, String subjectId, String detail) {
    record(h, who.userName(), who.role().id(), action, subjectType, subjectId, detail);
  }

  /**
   * An event by a named actor that is not a request's caller (the server itself, a scan worker).
   */
  public void record(
      Handle h,
      String actor,
      String role,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    audit.append(
        h,
        new AuditEvent(
            Ids.next("a"), clock.instant(), actor, role, action, subjectType, subjectId, detail));
  }
}
