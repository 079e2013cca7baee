package org.interdict.store.findings;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.interdict.store.Json;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.interdict.store.Where;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Reads and writes {@code findings} and their {@code finding_regimes} index. Stateless and
 * thread-safe.
 */
public final class FindingRepository {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<FindingRegime>> REGIMES = new TypeReference<>() {};

  /**
   * Inserts the findings of one scan in batches; each keeps the first-seen time of the same product
   * on the same host from earlier scans.
   */
  public void insertAll(Handle h, List<StoredFinding> findings) {
    PreparedBatch rows =
        h.prepareBatch(
            "INSERT INTO findings (id, scan_id, host, product_id, product_name, "
                + "vendor_id, context, confidence, observed_name, version, location, occurrences, evidence, worst_status, "
                + "covered, deadline, regimes, first_seen, last_seen) VALUES (:id, :scan, :host, :product, :productName, "
                + ":vendor, :context, :confidence, :observed, :version, :location, :occurrences, :evidence, :worst, "
                + ":covered, :deadline, :regimes, :firstSeen, :lastSeen)");
    PreparedBatch regimes =
        h.prepareBatch(
            "INSERT INTO finding_regimes (finding_id, regime_id, status, deadline) "
                + "VALUES (:finding, :regime, :status, :deadline)");
    for (StoredFinding given : findings) {
      StoredFinding f = given.withFirstSeen(firstSeen(h, given));
      rows.bind("id", f.id())
          .bind("scan", f.scanId())
          .bind("host", f.host())
          .bind("product", f.productId())
          .bind("productName", f.productName())
          .bind("vendor", f.vendorId())
          .bind("context", f.context())
          .bind("confidence", f.confidence())
          .bind("observed", f.observedName())
          .bind("version", f.version())
          .bind("location", f.location())
          .bind("occurrences", f.occurrences())
          .bind("evidence", Json.write(f.evidence()))
          .bind("worst", f.worstStatus())
          .bind("covered", f.covered() ? 1 : 0)
          .bind("deadline", f.deadline().map(LocalDate::toString).orElse(null))
          .bind("regimes", Json.write(f.regimes()))
          .bind("firstSeen", f.firstSeen().toEpochMilli())
          .bind("lastSeen", f.lastSeen().toEpochMilli())
          .add();
      for (FindingRegime r : f.regimes()) {
        regimes
            .bind("finding", f.id())
            .bind("regime", r.regimeId())
            .bind("status", r.status())
            .bind("deadline", r.deadline())
            .add();
      }
    }
    if (!findings.isEmpty()) {
      rows.execute();
    }
    if (findings.stream().anyMatch(f -> !f.regimes().isEmpty())) {
      regimes.execute();
    }
  }

  private static java.time.Instant firstSeen(Handle h, StoredFinding f) {
    Long earlier =
        h.createQuery(
                "SELECT MIN(first_seen) FROM findings WHERE host = :host AND product_id = :product")
            .bind("host", f.host())
            .bind("product", f.productId())
            .mapTo(Long.class)
            .findOne()
            .orElse(null);
    return earlier == null || earlier > f.firstSeen().toEpochMilli()
        ? f.firstSeen()
        : java.time.Instant.ofEpochMilli(earlier);
  }

  public Optional<StoredFinding> find(Handle h, String id) {
    return h.createQuery("SELECT * FROM findings WHERE id = :id")
        .bind("id", id)
        .map((rs, c) -> map(rs))
        .findOne();
  }

  public Page<StoredFinding> list(Handle h, FindingQuery query) {
    Where where = where(query);
    long total =
        where
            .bind(h.createQuery("SELECT COUNT(*) FROM findings f" + where.sql()))
            .mapTo(Long.class)
            .one();
    List<StoredFinding> items =
        where
            .bind(
                h.createQuery(
                    "SELECT * FROM findings f"
                        + where.sql()
                        + query.orderBy()
                        + " LIMIT :limit OFFSET :offset"))
            .bind("limit", query.pageSize())
            .bind("offset", Page.offset(query.page(), query.pageSize()))
            .map((rs, c) -> map(rs))
            .list();
    return new Page<>(items, query.page(), query.pageSize(), total);
  }

  /**
   * Every finding matching the query's filters, in its sort order, ignoring its page (for CSV
   * export).
   */
  public void forEach(
      Handle h, FindingQuery query, java.util.function.Consumer<StoredFinding> each) {
    Where where = where(query);
    try (var rows =
        where
            .bind(h.createQuery("SELECT * FROM findings f" + where.sql() + query.orderBy()))
            .map((rs, c) -> map(rs))
            .stream()) {
      rows.forEach(each);
    }
  }

  /**
   * Finding counts per (regime, status) among current findings (see {@link #CURRENT}), for the
   * overview.
   */
  public List<RegimeStatusCount> countsByRegimeAndStatus(Handle h) {
    return h.createQuery(
            "SELECT r.regime_id, r.status, COUNT(*) AS n FROM finding_regimes r "
                + "JOIN findings f ON f.id = r.finding_id WHERE "
                + CURRENT
                + " "
                + "GROUP BY r.regime_id, r.status ORDER BY r.regime_id, r.status")
        .map(
            (rs, c) ->
                new RegimeStatusCount(
                    rs.getString("regime_id"), rs.getString("status"), rs.getLong("n")))
        .list();
  }

  /**
   * Every covered current finding (see {@link #CURRENT}), streamed, for the overview's deadlines.
   */
  public void forEachCurrentCovered(Handle h, java.util.function.Consumer<StoredFinding> each) {
    try (var rows =
        h
            .createQuery(
                "SELECT * FROM findings f WHERE f.covered = 1 AND "
                    + CURRENT
                    + " ORDER BY f.host, f.product_id")
            .map((rs, c) -> map(rs))
            .stream()) {
      rows.forEach(each);
    }
  }

  /** Hosts with a covered current finding. */
  public long hostsAffected(Handle h) {
    return h.createQuery(
            "SELECT COUNT(DISTINCT f.host) FROM findings f WHERE f.covered = 1 AND " + CURRENT)
        .mapTo(Long.class)
        .one();
  }

  /**
   * A finding {@code f} is current when no scan completed after its own read the same host: the
   * latest completed scan of each host decides what is on it now.
   */
  static final String CURRENT =
      "NOT EXISTS (SELECT 1 FROM scan_hosts sh JOIN scan_jobs later ON later.id = "
          + "sh.scan_id JOIN scan_jobs own ON own.id = f.scan_id WHERE sh.host = f.host "
          + "AND later.completion_seq > own.completion_seq)";

  /** One row of the overview's regime/status table. */
  public record RegimeStatusCount(String regimeId, String status, long count) {}

  private static Where where(FindingQuery q) {
    Where where =
        new Where()
            .equal("host", "host", q.host())
            .equal("product_id", "product", q.product())
            .equal("scan_id", "scan", q.scan());
    if (q.regime().isPresent()) {
      String sub =
          "id IN (SELECT finding_id FROM finding_regimes WHERE regime_id = :regime"
              + (q.status().isPresent() ? " AND status = :status)" : ")");
      where.condition(sub, "regime", q.regime().get());
      q.status().ifPresent(s -> where.value("status", s));
    } else {
      where.equal("worst_status", "status", q.status());
    }
    if (q.currentOnly()) {
      where.condition(CURRENT);
    }
    return where;
  }

  private static StoredFinding map(ResultSet rs) throws SQLException {
    return new StoredFinding(
        rs.getString("id"),
        rs.getString("scan_id"),
        rs.getString("host"),
        rs.getString("product_id"),
        rs.getString("product_name"),
        rs.getString("vendor_id"),
        rs.getString("context"),
        rs.getString("confidence"),
        rs.getString("observed_name"),
        rs.getString("version"),
        rs.getString("location"),
        rs.getLong("occurrences"),
        Json.read(rs.getString("evidence"), STRINGS),
        rs.getString("worst_status"),
        rs.getInt("covered") == 1,
        Rows.text(rs, "deadline").map(LocalDate::parse),
        Json.read(rs.getString("regimes"), REGIMES),
        Rows.requiredInstant(rs, "first_seen"),
        Rows.requiredInstant(rs, "last_seen"));
  }
}
