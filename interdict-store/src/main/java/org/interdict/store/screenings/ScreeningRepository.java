package org.interdict.store.screenings;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.interdict.store.Json;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes {@code screenings} and {@code screening_hits}. Stateless and thread-safe. */
public final class ScreeningRepository {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  public void insert(Handle h, Screening s) {
    h.createUpdate(
            "INSERT INTO screenings (id, at, actor, query_name, normalized, min_score, match_count, context,"
                + " features, scorer, index_version) VALUES (:id, :at, :actor, :query, :normalized,"
                + " :minScore, :count, :context, :features, :scorer, :indexVersion)")
        .bind("id", s.id())
        .bind("at", s.at().toEpochMilli())
        .bind("actor", s.actor())
        .bind("query", s.queryName())
        .bind("normalized", s.normalized())
        .bind("minScore", s.minScore())
        .bind("count", s.hits().size())
        .bind("context", s.context())
        .bind("features", s.features())
        .bind("scorer", s.scorer())
        .bind("indexVersion", s.indexVersion())
        .execute();
    if (s.hits().isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO screening_hits (screening_id, party_id, list_id, entry_id, "
                + "primary_name, matched_name, score, entry_hash, programs, explanation) VALUES (:screening, :party, :list, "
                + ":entry, :primary, :matched, :score, :hash, :programs, :explanation)");
    for (ScreeningHit hit : s.hits()) {
      batch
          .bind("screening", s.id())
          .bind("party", hit.partyId())
          .bind("list", hit.listId())
          .bind("entry", hit.entryId())
          .bind("primary", hit.primaryName())
          .bind("matched", hit.matchedName())
          .bind("score", hit.score())
          .bind("hash", hit.entryHash())
          .bind("programs", Json.write(hit.programs()))
          .bind("explanation", hit.explanation())
          .add();
    }
    batch.execute();
  }

  public Optional<Screening> find(Handle h, String id) {
    List<ScreeningHit> hits =
        h.createQuery(
                "SELECT * FROM screening_hits WHERE screening_id = :id "
                    + "ORDER BY score DESC, party_id")
            .bind("id", id)
            .map((rs, c) -> hit(rs))
            .list();
    return h.createQuery("SELECT * FROM screenings WHERE id = :id")
        .bind("id", id)
        .map(
            (rs, c) ->
                new Screening(
                    rs.getString("id"),
                    Rows.requiredInstant(rs, "at"),
                    rs.getString("actor"),
                    rs.getString("query_name"),
                    rs.getString("normalized"),
                    rs.getDouble("min_score"),
                    hits,
                    rs.getString("context"),
                    rs.getString("features"),
                    rs.getString("scorer"),
                    rs.getString("index_version")))
        .findOne();
  }

  /**
   * The latest hit of each review subject (normalized query and party) among every stored
   * screening, oldest first: the hit queue's screening side. Streams the hits once; one row per
   * subject is kept.
   */
  public List<SubjectHit> latestHitPerSubject(Handle h) {
    Map<String, SubjectHit> latest = new LinkedHashMap<>();
    try (var rows =
        h
            .createQuery(
                "SELECT sh.*, s.at AS screened_at, s.actor, s.query_name, s.normalized "
                    + "FROM screening_hits sh JOIN screenings s ON s.id = sh.screening_id ORDER BY s.at, s.id")
            .map(
                (rs, c) ->
                    new SubjectHit(
                        rs.getString("screening_id"),
                        Rows.requiredInstant(rs, "screened_at"),
                        rs.getString("actor"),
                        rs.getString("query_name"),
                        rs.getString("normalized"),
                        hit(rs)))
            .stream()) {
      rows.forEach(
          row -> {
            String key = hitKey(row.normalized(), row.hit().partyId());
            latest.remove(key);
            latest.put(key, row);
          });
    }
    return List.copyOf(latest.values());
  }

  /** A stored hit with its screening: id, time, who screened, the query as typed and normalized. */
  public record SubjectHit(
      String screeningId,
      java.time.Instant at,
      String actor,
      String queryName,
      String normalized,
      ScreeningHit hit) {
    public SubjectHit {
      Objects.requireNonNull(screeningId, "screeningId");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(hit, "hit");
    }

    public String subjectKey() {
      return hitKey(normalized, hit.partyId());
    }
  }

  private static ScreeningHit hit(ResultSet rs) throws SQLException {
    return new ScreeningHit(
        rs.getString("party_id"),
        rs.getString("list_id"),
        rs.getString("entry_id"),
        rs.getString("primary_name"),
        rs.getString("matched_name"),
        rs.getDouble("score"),
        rs.getString("entry_hash"),
        Json.read(rs.getString("programs"), STRINGS),
        rs.getString("explanation"));
  }

  /**
   * One row of the screening history: the screening without its hits, with the query's features
   * (JSON text), the scorer id and the index version.
   */
  public record Summary(
      String id,
      java.time.Instant at,
      String actor,
      String queryName,
      String normalized,
      double minScore,
      int matchCount,
      String features,
      String scorer,
      String indexVersion) {}

  /**
   * The screening history, newest first: {@code name} matches anywhere in the query as typed, case
   * ignored; {@code from} inclusive, {@code to} exclusive; {@code matched} keeps screenings with
   * (true) or without (false) matches.
   */
  public org.interdict.store.Page<Summary> history(
      Handle h,
      Optional<String> name,
      Optional<java.time.Instant> from,
      Optional<java.time.Instant> to,
      Optional<String> actor,
      Optional<Boolean> matched,
      int page,
      int pageSize) {
    org.interdict.store.Where where =
        new org.interdict.store.Where().equal("actor", "actor", actor);
    name.ifPresent(
        n ->
            where.condition(
                "LOWER(query_name) LIKE :name ESCAPE '\\'",
                "name",
                "%"
                    + n.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                    + "%"));
    from.ifPresent(f -> where.condition("at >= :from", "from", f.toEpochMilli()));
    to.ifPresent(t -> where.condition("at < :to", "to", t.toEpochMilli()));
    matched.ifPresent(m -> where.condition(m ? "match_count > 0" : "match_count = 0"));
    long total =
        where
            .bind(h.createQuery("SELECT COUNT(*) FROM screenings" + where.sql()))
            .mapTo(Long.class)
            .one();
    List<Summary> items =
        where
            .bind(
                h.createQuery(
                    "SELECT * FROM screenings"
                        + where.sql()
                        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset"))
            .bind("limit", pageSize)
            .bind("offset", org.interdict.store.Page.offset(page, pageSize))
            .map(
                (rs, c) ->
                    new Summary(
                        rs.getString("id"),
                        Rows.requiredInstant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("query_name"),
                        rs.getString("normalized"),
                        rs.getDouble("min_score"),
                        rs.getInt("match_count"),
                        rs.getString("features"),
                        rs.getString("scorer"),
                        rs.getString("index_version")))
            .list();
    return new org.interdict.store.Page<>(items, page, pageSize, total);
  }

  public long count(Handle h) {
    return h.createQuery("SELECT COUNT(*) FROM screenings").mapTo(Long.class).one();
  }

  /** The review subject key of a hit: party id, "|", the normalized query text. */
  public static String hitKey(String normalized, String partyId) {
    return partyId + "|" + normalized;
  }
}
