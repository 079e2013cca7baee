package org.interdict.store.screenings;

import java.util.List;
import java.util.Optional;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes {@code screenings} and {@code screening_hits}. Stateless and thread-safe. */
public final class ScreeningRepository {
  public void insert(Handle h, Screening s) {
    h.createUpdate("INSERT INTO screenings (id, at, actor, query_name, normalized, min_score, match_count) "
            + "VALUES (:id, :at, :actor, :query, :normalized, :minScore, :count)")
        .bind("id", s.id()).bind("at", s.at().toEpochMilli()).bind("actor", s.actor()).bind("query", s.queryName())
        .bind("normalized", s.normalized()).bind("minScore", s.minScore()).bind("count", s.hits().size())
        .execute();
    if (s.hits().isEmpty()) {
      return;
    }
    PreparedBatch batch = h.prepareBatch("INSERT INTO screening_hits (screening_id, party_id, list_id, entry_id, "
        + "primary_name, matched_name, score, entry_hash) VALUES (:screening, :party, :list, :entry, :primary, "
        + ":matched, :score, :hash)");
    for (ScreeningHit hit : s.hits()) {
      batch.bind("screening", s.id()).bind("party", hit.partyId()).bind("list", hit.listId())
          .bind("entry", hit.entryId()).bind("primary", hit.primaryName()).bind("matched", hit.matchedName())
          .bind("score", hit.score()).bind("hash", hit.entryHash()).add();
    }
    batch.execute();
  }

  public Optional<Screening> find(Handle h, String id) {
    List<ScreeningHit> hits = h.createQuery("SELECT * FROM screening_hits WHERE screening_id = :id "
            + "ORDER BY score DESC, party_id")
        .bind("id", id)
        .map((rs, c) -> new ScreeningHit(rs.getString("party_id"), rs.getString("list_id"), rs.getString("entry_id"),
            rs.getString("primary_name"), rs.getString("matched_name"), rs.getDouble("score"),
            rs.getString("entry_hash")))
        .list();
    return h.createQuery("SELECT * FROM screenings WHERE id = :id").bind("id", id)
        .map((rs, c) -> new Screening(rs.getString("id"), Rows.requiredInstant(rs, "at"), rs.getString("actor"),
            rs.getString("query_name"), rs.getString("normalized"), rs.getDouble("min_score"), hits))
        .findOne();
  }

  public long count(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM screenings").mapTo(Long.class).one();
  }

  /**
   * Hits without a current decision: no review for (normalized query, party) whose entry hash equals the hit's.
   */
  public long openHits(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM screening_hits sh JOIN screenings s ON s.id = sh.screening_id "
            + "WHERE NOT EXISTS (SELECT 1 FROM reviews r WHERE r.subject_type = 'screening-hit' "
            + "AND r.subject_key = " + hitKeySql("s.normalized", "sh.party_id") + " AND r.entry_hash = sh.entry_hash)")
        .mapTo(Long.class).one();
  }

  /** The review subject key of a hit: party id, "|", the normalized query text. */
  public static String hitKey(String normalized, String partyId) {
    return partyId + "|" + normalized;
  }

  private static String hitKeySql(String normalizedColumn, String partyColumn) {
    return partyColumn + " || '|' || " + normalizedColumn;
  }
}
