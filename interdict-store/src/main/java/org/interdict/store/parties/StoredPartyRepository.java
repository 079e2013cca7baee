package org.interdict.store.parties;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.store.Json;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes {@code stored_parties}. Stateless and thread-safe. */
public final class StoredPartyRepository {
  private static final TypeReference<List<LastHit>> HITS = new TypeReference<>() {};

  /**
   * Inserts the party, or updates the name, last result and (when given, not "") type and country
   * of the party with the same id, keeping its origin and creation time. Returns whether it was
   * new.
   */
  public boolean upsert(Handle h, StoredPartyRecord party) {
    int updated =
        h.createUpdate(
                "UPDATE stored_parties SET name = :name, "
                    + "party_type = CASE WHEN :type = '' THEN party_type ELSE :type END, "
                    + "country = CASE WHEN :country = '' THEN country ELSE :country END, "
                    + "screened_at = :screenedAt, last_hits = :hits WHERE id = :id")
            .bindMap(values(party))
            .execute();
    if (updated > 0) {
      return false;
    }
    h.createUpdate(
            "INSERT INTO stored_parties (id, name, party_type, country, origin, created_at, screened_at, "
                + "last_hits) VALUES (:id, :name, :type, :country, :origin, :createdAt, :screenedAt, :hits)")
        .bindMap(values(party))
        .execute();
    return true;
  }

  private static Map<String, Object> values(StoredPartyRecord p) {
    java.util.HashMap<String, Object> values = new java.util.HashMap<>();
    values.put("id", p.id());
    values.put("name", p.name());
    values.put("type", p.type());
    values.put("country", p.country());
    values.put("origin", p.origin());
    values.put("createdAt", p.createdAt().toEpochMilli());
    values.put("screenedAt", Rows.millis(p.screenedAt()));
    values.put("hits", Json.write(p.lastHits()));
    return values;
  }

  /** Replaces the last result of each listed party (ids not stored are ignored). */
  public void updateLastHits(Handle h, Map<String, List<LastHit>> hitsById, Instant at) {
    if (hitsById.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "UPDATE stored_parties SET last_hits = :hits, screened_at = :at " + "WHERE id = :id");
    hitsById.forEach(
        (id, hits) ->
            batch
                .bind("id", id)
                .bind("hits", Json.write(hits))
                .bind("at", at.toEpochMilli())
                .add());
    batch.execute();
  }

  public Optional<StoredPartyRecord> find(Handle h, String id) {
    return h.createQuery("SELECT * FROM stored_parties WHERE id = :id")
        .bind("id", id)
        .map((rs, c) -> read(rs))
        .findOne();
  }

  /** Every stored party in id order. */
  public List<StoredPartyRecord> all(Handle h) {
    return h.createQuery("SELECT * FROM stored_parties ORDER BY id")
        .map((rs, c) -> read(rs))
        .list();
  }

  /** One page in id order, optionally only one origin. */
  public Page<StoredPartyRecord> list(Handle h, Optional<String> origin, int page, int pageSize) {
    return list(h, origin, Optional.empty(), page, pageSize);
  }

  /**
   * One page in id order, optionally only one origin and only the parties whose name or id contains
   * {@code search} (case ignored, as a literal: {@code %} and {@code _} match themselves).
   */
  public Page<StoredPartyRecord> list(
      Handle h, Optional<String> origin, Optional<String> search, int page, int pageSize) {
    List<String> conditions = new java.util.ArrayList<>();
    origin.ifPresent(o -> conditions.add("origin = :origin"));
    search.ifPresent(
        q ->
            conditions.add(
                "(LOWER(name) LIKE :search ESCAPE '!' OR LOWER(id) LIKE :search ESCAPE '!')"));
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    var count = h.createQuery("SELECT COUNT(*) FROM stored_parties" + where);
    var select =
        h.createQuery(
            "SELECT * FROM stored_parties" + where + " ORDER BY id LIMIT :limit OFFSET :offset");
    for (var query : List.of(count, select)) {
      origin.ifPresent(o -> query.bind("origin", o));
      search.ifPresent(q -> query.bind("search", likePattern(q)));
    }
    long total = count.mapTo(Long.class).one();
    List<StoredPartyRecord> items =
        select
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map((rs, c) -> read(rs))
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  /** {@code %text%} in lower case, with the LIKE wildcards and the escape character escaped. */
  static String likePattern(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return "%" + lower.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  public long count(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM stored_parties").mapTo(Long.class).one();
  }

  private static StoredPartyRecord read(ResultSet rs) throws SQLException {
    return new StoredPartyRecord(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("party_type"),
        rs.getString("country"),
        rs.getString("origin"),
        Rows.requiredInstant(rs, "created_at"),
        Rows.instant(rs, "screened_at"),
        Json.read(rs.getString("last_hits"), HITS));
  }
}
