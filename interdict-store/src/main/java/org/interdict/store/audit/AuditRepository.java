package org.interdict.store.audit;

import java.util.List;
import java.util.Optional;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.interdict.store.Where;
import org.jdbi.v3.core.Handle;

/**
 * Appends to and reads {@code audit_events}; there is deliberately no update, and the only delete
 * is the signed purge of {@link AuditChain#purgeBefore}. Each append is linked into the hash chain.
 * Thread-safe.
 */
public final class AuditRepository {
  private final AuditChain chain;

  public AuditRepository() {
    this(AuditChain.unsigned());
  }

  public AuditRepository(AuditChain chain) {
    this.chain = chain;
  }

  /**
   * Appends and chains {@code event}; {@code h} should be inside a transaction (the chain's head is
   * locked).
   */
  public void append(Handle h, AuditEvent event) {
    chain.append(h, event);
  }

  public AuditChain chain() {
    return chain;
  }

  static AuditEvent event(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new AuditEvent(
        rs.getString("id"),
        Rows.requiredInstant(rs, "at"),
        rs.getString("actor"),
        rs.getString("role"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("detail"));
  }

  /** The tombstones table. */
  static final class Tombstones {
    void insert(Handle h, Tombstone t) {
      h.createUpdate(
              "INSERT INTO audit_tombstones (id, first_seq, last_seq, first_prev_hash, last_hash, event_count, "
                  + "at, reason, key_fingerprint, public_key, signature) VALUES (:id, :first, :last, :firstPrev, "
                  + ":lastHash, :count, :at, :reason, :fingerprint, :key, :signature)")
          .bind("id", t.id())
          .bind("first", t.firstSeq())
          .bind("last", t.lastSeq())
          .bind("firstPrev", t.firstPrevHash())
          .bind("lastHash", t.lastHash())
          .bind("count", t.eventCount())
          .bind("at", t.at().toEpochMilli())
          .bind("reason", t.reason())
          .bind("fingerprint", t.keyFingerprint())
          .bind("key", t.publicKey())
          .bind("signature", t.signature())
          .execute();
    }
  }

  /** Newest first, optionally only one action and/or one actor. */
  public Page<AuditEvent> list(
      Handle h, Optional<String> action, Optional<String> actor, int page, int pageSize) {
    Where where = new Where().equal("action", "action", action).equal("actor", "actor", actor);
    var count = where.bind(h.createQuery("SELECT COUNT(*) FROM audit_events" + where.sql()));
    var select =
        where.bind(
            h.createQuery(
                "SELECT * FROM audit_events"
                    + where.sql()
                    + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset"));
    long total = count.mapTo(Long.class).one();
    List<AuditEvent> items =
        select
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map(AuditRepository::event)
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  /** Every event with {@code from <= at < to}, oldest first, streamed (for the CSV export). */
  public void forEachBetween(
      Handle h,
      java.time.Instant from,
      java.time.Instant to,
      java.util.function.Consumer<AuditEvent> each) {
    try (var rows =
        h
            .createQuery(
                "SELECT * FROM audit_events WHERE at >= :from AND at < :to ORDER BY at, id")
            .bind("from", from.toEpochMilli())
            .bind("to", to.toEpochMilli())
            .map(
                (rs, ctx) ->
                    new AuditEvent(
                        rs.getString("id"),
                        Rows.requiredInstant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("role"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("detail")))
            .stream()) {
      rows.forEach(each);
    }
  }
}
