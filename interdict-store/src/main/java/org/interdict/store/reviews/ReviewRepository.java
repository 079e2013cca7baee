package org.interdict.store.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.interdict.store.Where;
import org.jdbi.v3.core.Handle;

/** Appends to and reads {@code reviews}. Stateless and thread-safe. */
public final class ReviewRepository {
  /**
   * Decisions that count: final, or approved by a second user (pending and rejected ones do not).
   */
  private static final String EFFECTIVE = "status IN ('final', 'approved')";

  public void insert(Handle h, Review r) {
    h.createUpdate(
            "INSERT INTO reviews (id, subject_type, subject_key, subject_id, decision, reviewer, comment, at, "
                + "entry_hash, status) VALUES (:id, :type, :key, :subject, :decision, :reviewer, :comment, :at, :hash, "
                + ":status)")
        .bind("id", r.id())
        .bind("type", r.subjectType())
        .bind("key", r.subjectKey())
        .bind("subject", r.subjectId())
        .bind("decision", r.decision())
        .bind("reviewer", r.reviewer())
        .bind("comment", r.comment())
        .bind("at", r.at().toEpochMilli())
        .bind("hash", r.entryHash())
        .bind("status", r.status())
        .execute();
  }

  public Optional<Review> find(Handle h, String id) {
    return h.createQuery("SELECT * FROM reviews WHERE id = :id")
        .bind("id", id)
        .map((rs, c) -> map(rs))
        .findOne();
  }

  /** Approves or rejects a pending review; false when it is not pending (any more). */
  public boolean settle(
      Handle h, String id, boolean approve, String approver, java.time.Instant at, String comment) {
    return h.createUpdate(
                "UPDATE reviews SET status = :status, approver = :approver, approved_at = :at, "
                    + "approval_comment = :comment WHERE id = :id AND status = 'pending'")
            .bind("status", approve ? Review.APPROVED : Review.REJECTED)
            .bind("approver", approver)
            .bind("at", at.toEpochMilli())
            .bind("comment", comment)
            .bind("id", id)
            .execute()
        == 1;
  }

  /**
   * Every review of the given subject keys, whatever its status, oldest first (for evidence packs).
   */
  public List<Review> history(Handle h, String subjectType, Collection<String> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    return h.createQuery(
            "SELECT * FROM reviews WHERE subject_type = :type AND subject_key IN (<keys>) "
                + "ORDER BY at, id")
        .bind("type", subjectType)
        .bindList("keys", List.copyOf(keys))
        .map((rs, c) -> map(rs))
        .list();
  }

  /** The latest pending review of every subject key of a type that has one. */
  public Map<String, Review> pendingOfType(Handle h, String subjectType) {
    Map<String, Review> pending = new HashMap<>();
    h.createQuery(
            "SELECT * FROM reviews WHERE subject_type = :type AND status = 'pending' ORDER BY at, id")
        .bind("type", subjectType)
        .map((rs, c) -> map(rs))
        .forEach(r -> pending.put(r.subjectKey(), r));
    return pending;
  }

  /** The latest review of each given subject key that has one. */
  public Map<String, Review> latest(Handle h, String subjectType, Collection<String> keys) {
    Map<String, Review> latest = new HashMap<>();
    if (keys.isEmpty()) {
      return latest;
    }
    h.createQuery(
            "SELECT * FROM reviews WHERE subject_type = :type AND subject_key IN (<keys>) AND "
                + EFFECTIVE
                + " ORDER BY at, id")
        .bind("type", subjectType)
        .bindList("keys", List.copyOf(keys))
        .map((rs, c) -> map(rs))
        .forEach(r -> latest.put(r.subjectKey(), r));
    return latest;
  }

  /** The latest review of every subject key of a type (for exports that cover every subject). */
  public Map<String, Review> latestOfType(Handle h, String subjectType) {
    Map<String, Review> latest = new HashMap<>();
    h.createQuery(
            "SELECT * FROM reviews WHERE subject_type = :type AND "
                + EFFECTIVE
                + " ORDER BY at, id")
        .bind("type", subjectType)
        .map((rs, c) -> map(rs))
        .forEach(r -> latest.put(r.subjectKey(), r));
    return latest;
  }

  public Page<Review> list(
      Handle h,
      Optional<String> subjectType,
      Optional<String> decision,
      Optional<String> status,
      int page,
      int pageSize) {
    Where where =
        new Where()
            .equal("subject_type", "type", subjectType)
            .equal("decision", "decision", decision)
            .equal("status", "status", status);
    long total =
        where
            .bind(h.createQuery("SELECT COUNT(*) FROM reviews" + where.sql()))
            .mapTo(Long.class)
            .one();
    List<Review> items =
        where
            .bind(
                h.createQuery(
                    "SELECT * FROM reviews"
                        + where.sql()
                        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset"))
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map((rs, c) -> map(rs))
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  /** How many distinct screening-hit subjects have a decision. */
  public long decidedHits(Handle h) {
    return h.createQuery(
            "SELECT COUNT(DISTINCT subject_key) FROM reviews WHERE subject_type = 'screening-hit' AND "
                + EFFECTIVE)
        .mapTo(Long.class)
        .one();
  }

  private static Review map(ResultSet rs) throws SQLException {
    return new Review(
        rs.getString("id"),
        rs.getString("subject_type"),
        rs.getString("subject_key"),
        rs.getString("subject_id"),
        rs.getString("decision"),
        rs.getString("reviewer"),
        rs.getString("comment"),
        Rows.requiredInstant(rs, "at"),
        rs.getString("entry_hash"),
        rs.getString("status"),
        rs.getString("approver"),
        Rows.instant(rs, "approved_at"),
        rs.getString("approval_comment"));
  }
}
