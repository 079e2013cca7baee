package org.interdict.store.rescreen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.interdict.store.Json;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.interdict.store.Where;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes {@code rescreen_runs} and {@code rescreen_hits}. Stateless and thread-safe. */
public final class RescreenRepository {
  private static final com.fasterxml.jackson.core.type.TypeReference<List<String>> STRINGS =
      new com.fasterxml.jackson.core.type.TypeReference<>() {};

  public void insert(Handle h, RescreenRun run, List<RescreenHit> hits) {
    h.createUpdate(
            "INSERT INTO rescreen_runs (id, at, actor, trigger_kind, lists_before, lists_after, added, changed, "
                + "removed, stored_parties, rescreened, new_hits, gone_hits, webhook_status, webhook_attempts, "
                + "webhook_detail) VALUES (:id, :at, :actor, :trigger, :before, :after, :added, :changed, :removed, "
                + ":stored, :rescreened, :newHits, :goneHits, :status, :attempts, :detail)")
        .bind("id", run.id())
        .bind("at", run.at().toEpochMilli())
        .bind("actor", run.actor())
        .bind("trigger", run.trigger())
        .bind("before", run.listsBefore())
        .bind("after", run.listsAfter())
        .bind("added", run.added())
        .bind("changed", run.changed())
        .bind("removed", run.removed())
        .bind("stored", run.storedParties())
        .bind("rescreened", run.rescreened())
        .bind("newHits", run.newHits())
        .bind("goneHits", run.goneHits())
        .bind("status", run.webhookStatus())
        .bind("attempts", run.webhookAttempts())
        .bind("detail", run.webhookDetail())
        .execute();
    if (hits.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO rescreen_hits (id, run_id, at, kind, stored_party_id, "
                + "stored_party_name, party_id, list_id, entry_id, primary_name, score, reason, snapshot_before, "
                + "snapshot_after, entry_hash, explanation, programs) VALUES (:id, :run, :at, :kind, :stored, :storedName, "
                + ":party, :list, :entry, :primary, :score, :reason, :before, :after, :hash, :explanation, :programs)");
    for (RescreenHit hit : hits) {
      batch
          .bind("id", hit.id())
          .bind("run", hit.runId())
          .bind("at", hit.at().toEpochMilli())
          .bind("kind", hit.kind())
          .bind("stored", hit.storedPartyId())
          .bind("storedName", hit.storedPartyName())
          .bind("party", hit.partyId())
          .bind("list", hit.listId())
          .bind("entry", hit.entryId())
          .bind("primary", hit.primaryName())
          .bind("score", hit.score())
          .bind("reason", hit.reason())
          .bind("before", hit.snapshotBefore())
          .bind("after", hit.snapshotAfter())
          .bind("hash", hit.entryHash())
          .bind("explanation", hit.explanation())
          .bind("programs", Json.write(hit.programs()))
          .add();
    }
    batch.execute();
  }

  /** Records how the webhook delivery of a run ended. */
  public void updateWebhook(Handle h, String runId, String status, int attempts, String detail) {
    h.createUpdate(
            "UPDATE rescreen_runs SET webhook_status = :status, webhook_attempts = :attempts, "
                + "webhook_detail = :detail WHERE id = :id")
        .bind("id", runId)
        .bind("status", status)
        .bind("attempts", attempts)
        .bind("detail", detail)
        .execute();
  }

  public Optional<RescreenRun> findRun(Handle h, String id) {
    return h.createQuery("SELECT * FROM rescreen_runs WHERE id = :id")
        .bind("id", id)
        .map((rs, c) -> run(rs))
        .findOne();
  }

  /** Runs, newest first. */
  public Page<RescreenRun> runs(Handle h, int page, int pageSize) {
    long total = h.createQuery("SELECT COUNT(*) FROM rescreen_runs").mapTo(Long.class).one();
    List<RescreenRun> items =
        h.createQuery(
                "SELECT * FROM rescreen_runs ORDER BY at DESC, id DESC "
                    + "LIMIT :limit OFFSET :offset")
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map((rs, c) -> run(rs))
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  /**
   * Hits, newest first then by stored party and listed party, optionally of one run, kind or stored
   * party.
   */
  public Page<RescreenHit> hits(
      Handle h,
      Optional<String> runId,
      Optional<String> kind,
      Optional<String> storedId,
      int page,
      int pageSize) {
    Where where =
        new Where()
            .equal("run_id", "run", runId)
            .equal("kind", "kind", kind)
            .equal("stored_party_id", "stored", storedId);
    long total =
        where
            .bind(h.createQuery("SELECT COUNT(*) FROM rescreen_hits" + where.sql()))
            .mapTo(Long.class)
            .one();
    List<RescreenHit> items =
        where
            .bind(
                h.createQuery(
                    "SELECT * FROM rescreen_hits"
                        + where.sql()
                        + " ORDER BY at DESC, stored_party_id, party_id, kind LIMIT :limit OFFSET :offset"))
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map((rs, c) -> hit(rs))
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  /**
   * The new hits not lost again by a later run (a {@code gone} hit for the same stored party and
   * listed party), the latest per stored party and listed party: the hit queue's re-screen side.
   */
  public List<RescreenHit> openNewHits(Handle h) {
    java.util.Map<String, RescreenHit> latest = new java.util.LinkedHashMap<>();
    h.createQuery(
            "SELECT * FROM rescreen_hits n WHERE n.kind = 'new' AND NOT EXISTS (SELECT 1 "
                + "FROM rescreen_hits g WHERE g.kind = 'gone' AND g.stored_party_id = n.stored_party_id "
                + "AND g.party_id = n.party_id AND g.at >= n.at AND g.run_id <> n.run_id) ORDER BY n.at, n.id")
        .map((rs, c) -> hit(rs))
        .forEach(
            hit -> {
              String key = hit.storedPartyId() + "|" + hit.partyId();
              latest.remove(key);
              latest.put(key, hit);
            });
    return List.copyOf(latest.values());
  }

  public Optional<RescreenHit> findHit(Handle h, String id) {
    return h.createQuery("SELECT * FROM rescreen_hits WHERE id = :id")
        .bind("id", id)
        .map((rs, c) -> hit(rs))
        .findOne();
  }

  private static RescreenRun run(ResultSet rs) throws SQLException {
    return new RescreenRun(
        rs.getString("id"),
        Rows.requiredInstant(rs, "at"),
        rs.getString("actor"),
        rs.getString("trigger_kind"),
        rs.getString("lists_before"),
        rs.getString("lists_after"),
        rs.getInt("added"),
        rs.getInt("changed"),
        rs.getInt("removed"),
        rs.getInt("stored_parties"),
        rs.getInt("rescreened"),
        rs.getInt("new_hits"),
        rs.getInt("gone_hits"),
        rs.getString("webhook_status"),
        rs.getInt("webhook_attempts"),
        rs.getString("webhook_detail"));
  }

  private static RescreenHit hit(ResultSet rs) throws SQLException {
    return new RescreenHit(
        rs.getString("id"),
        rs.getString("run_id"),
        Rows.requiredInstant(rs, "at"),
        rs.getString("kind"),
        rs.getString("stored_party_id"),
        rs.getString("stored_party_name"),
        rs.getString("party_id"),
        rs.getString("list_id"),
        rs.getString("entry_id"),
        rs.getString("primary_name"),
        rs.getDouble("score"),
        rs.getString("reason"),
        rs.getString("snapshot_before"),
        rs.getString("snapshot_after"),
        rs.getString("entry_hash"),
        rs.getString("explanation"),
        Json.read(rs.getString("programs"), STRINGS));
  }
}
