package org.interdict.store.audit;

import java.util.List;
import java.util.Optional;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.interdict.store.Where;
import org.jdbi.v3.core.Handle;

/** Appends to and reads {@code audit_events}; there is deliberately no update or delete. Thread-safe. */
public final class AuditRepository {
  public void append(Handle h, AuditEvent event) {
    h.createUpdate("INSERT INTO audit_events (id, at, actor, role, action, subject_type, subject_id, detail) "
            + "VALUES (:id, :at, :actor, :role, :action, :type, :subject, :detail)")
        .bind("id", event.id()).bind("at", event.at().toEpochMilli()).bind("actor", event.actor())
        .bind("role", event.role()).bind("action", event.action()).bind("type", event.subjectType())
        .bind("subject", event.subjectId()).bind("detail", event.detail())
        .execute();
  }

  /** Newest first, optionally only one action and/or one actor. */
  public Page<AuditEvent> list(Handle h, Optional<String> action, Optional<String> actor, int page, int pageSize) {
    Where where = new Where().equal("action", "action", action).equal("actor", "actor", actor);
    var count = where.bind(h.createQuery("SELECT COUNT(*) FROM audit_events" + where.sql()));
    var select = where.bind(h.createQuery("SELECT * FROM audit_events" + where.sql()
        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset"));
    long total = count.mapTo(Long.class).one();
    List<AuditEvent> items = select.bind("limit", pageSize).bind("offset", Page.offset(page, pageSize))
        .map((rs, ctx) -> new AuditEvent(rs.getString("id"), Rows.requiredInstant(rs, "at"), rs.getString("actor"),
            rs.getString("role"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
            rs.getString("detail")))
        .list();
    return new Page<>(items, page, pageSize, total);
  }

  /** Every event with {@code from <= at < to}, oldest first, streamed (for the CSV export). */
  public void forEachBetween(Handle h, java.time.Instant from, java.time.Instant to,
      java.util.function.Consumer<AuditEvent> each) {
    try (var rows = h.createQuery("SELECT * FROM audit_events WHERE at >= :from AND at < :to ORDER BY at, id")
        .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
        .map((rs, ctx) -> new AuditEvent(rs.getString("id"), Rows.requiredInstant(rs, "at"), rs.getString("actor"),
            rs.getString("role"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
            rs.getString("detail")))
        .stream()) {
      rows.forEach(each);
    }
  }
}
