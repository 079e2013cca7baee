package org.interdict.store.remediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.interdict.store.Ids;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.interdict.store.Where;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes {@code remediation_items} and {@code remediation_history}. Stateless and
 * thread-safe.
 */
public final class RemediationRepository {
  public Optional<RemediationItem> find(Handle h, String id) {
    return h.createQuery("SELECT * FROM remediation_items WHERE id = :id")
        .bind("id", id)
        .map((rs, c) -> map(h, rs))
        .findOne();
  }

  public Optional<RemediationItem> findByHostAndProduct(Handle h, String host, String productId) {
    return h.createQuery(
            "SELECT * FROM remediation_items WHERE host = :host AND product_id = :product")
        .bind("host", host)
        .bind("product", productId)
        .map((rs, c) -> map(h, rs))
        .findOne();
  }

  /** Creates an item in state {@code open} with its first history entry. */
  public RemediationItem create(
      Handle h,
      String host,
      String productId,
      String productName,
      Optional<LocalDate> deadline,
      String regimeId,
      String phaseId,
      Instant at,
      String actor,
      String comment) {
    String id = Ids.next("r");
    h.createUpdate(
            "INSERT INTO remediation_items (id, host, product_id, product_name, state, deadline, regime_id, "
                + "phase_id, created_at, updated_at) VALUES (:id, :host, :product, :name, 'open', :deadline, :regime, "
                + ":phase, :at, :at)")
        .bind("id", id)
        .bind("host", host)
        .bind("product", productId)
        .bind("name", productName)
        .bind("deadline", deadline.map(LocalDate::toString).orElse(null))
        .bind("regime", regimeId)
        .bind("phase", phaseId)
        .bind("at", at.toEpochMilli())
        .execute();
    addHistory(h, id, RemediationItem.OPEN, at, actor, comment);
    return find(h, id).orElseThrow();
  }

  /** Moves an item to a state and records it in its history. */
  public void transition(
      Handle h, String id, String state, Instant at, String actor, String comment) {
    h.createUpdate("UPDATE remediation_items SET state = :state, updated_at = :at WHERE id = :id")
        .bind("state", state)
        .bind("at", at.toEpochMilli())
        .bind("id", id)
        .execute();
    addHistory(h, id, state, at, actor, comment);
  }

  /**
   * Sets who works on an item ("" for nobody) and records it in its history under the item's state.
   */
  public void assign(
      Handle h, String id, String assignee, Instant at, String actor, String comment) {
    h.createUpdate(
            "UPDATE remediation_items SET assignee = :assignee, updated_at = :at WHERE id = :id")
        .bind("assignee", assignee)
        .bind("at", at.toEpochMilli())
        .bind("id", id)
        .execute();
    String state =
        h.createQuery("SELECT state FROM remediation_items WHERE id = :id")
            .bind("id", id)
            .mapTo(String.class)
            .one();
    addHistory(h, id, state, at, actor, comment.isEmpty() ? "assigned to " + assignee : comment);
  }

  /**
   * The items of the given (host, product) pairs that have one, without their history (for
   * listings).
   */
  public Map<HostProduct, RemediationItem> byHostAndProduct(
      Handle h, java.util.Collection<HostProduct> keys) {
    Map<HostProduct, RemediationItem> found = new java.util.HashMap<>();
    java.util.Set<String> hosts = new java.util.TreeSet<>();
    keys.forEach(k -> hosts.add(k.host()));
    if (hosts.isEmpty()) {
      return found;
    }
    java.util.Set<HostProduct> wanted = java.util.Set.copyOf(keys);
    h.createQuery("SELECT * FROM remediation_items WHERE host IN (<hosts>)")
        .bindList("hosts", List.copyOf(hosts))
        .map((rs, c) -> item(rs, List.of()))
        .forEach(
            item -> {
              HostProduct key = new HostProduct(item.host(), item.productId());
              if (wanted.contains(key)) {
                found.put(key, item);
              }
            });
    return found;
  }

  /** Every item by (host, product), without its history (for exports). */
  public Map<HostProduct, RemediationItem> all(Handle h) {
    Map<HostProduct, RemediationItem> found = new java.util.HashMap<>();
    h.createQuery("SELECT * FROM remediation_items")
        .map((rs, c) -> item(rs, List.of()))
        .forEach(item -> found.put(new HostProduct(item.host(), item.productId()), item));
    return found;
  }

  /** Items not yet verified, with their history. */
  public List<RemediationItem> unverified(Handle h) {
    return h.createQuery("SELECT * FROM remediation_items WHERE state <> 'verified' ORDER BY id")
        .map((rs, c) -> map(h, rs))
        .list();
  }

  public Page<RemediationItem> list(
      Handle h,
      Optional<String> host,
      Optional<String> product,
      Optional<String> state,
      Optional<String> regime,
      int page,
      int pageSize) {
    Where where =
        new Where()
            .equal("host", "host", host)
            .equal("product_id", "product", product)
            .equal("state", "state", state)
            .equal("regime_id", "regime", regime);
    long total =
        where
            .bind(h.createQuery("SELECT COUNT(*) FROM remediation_items" + where.sql()))
            .mapTo(Long.class)
            .one();
    List<RemediationItem> items =
        where
            .bind(
                h.createQuery(
                    "SELECT * FROM remediation_items"
                        + where.sql()
                        + " ORDER BY CASE WHEN deadline IS NULL THEN 1 ELSE 0 END, deadline, host, product_id "
                        + "LIMIT :limit OFFSET :offset"))
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map((rs, c) -> map(h, rs))
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  /** Item counts by state (every state present, 0 when none). */
  public Map<String, Long> countsByState(Handle h) {
    Map<String, Long> counts = new TreeMap<>();
    RemediationItem.STATES.forEach(s -> counts.put(s, 0L));
    h.createQuery("SELECT state, COUNT(*) AS n FROM remediation_items GROUP BY state")
        .map((rs, c) -> Map.entry(rs.getString("state"), rs.getLong("n")))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /** The (host, product) pairs whose item is still open or in progress. */
  public java.util.Set<HostProduct> unfinished(Handle h) {
    return java.util.Set.copyOf(
        h.createQuery(
                "SELECT host, product_id FROM remediation_items "
                    + "WHERE state IN ('open', 'in-progress')")
            .map((rs, c) -> new HostProduct(rs.getString("host"), rs.getString("product_id")))
            .list());
  }

  /** A remediation item's key. */
  public record HostProduct(String host, String productId) {}

  private static void addHistory(
      Handle h, String itemId, String state, Instant at, String actor, String comment) {
    h.createUpdate(
            "INSERT INTO remediation_history (id, item_id, state, at, actor, comment) "
                + "VALUES (:id, :item, :state, :at, :actor, :comment)")
        .bind("id", Ids.next("rh"))
        .bind("item", itemId)
        .bind("state", state)
        .bind("at", at.toEpochMilli())
        .bind("actor", actor)
        .bind("comment", comment)
        .execute();
  }

  private static RemediationItem map(Handle h, ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    List<RemediationEvent> history =
        h.createQuery("SELECT * FROM remediation_history WHERE item_id = :id " + "ORDER BY at, id")
            .bind("id", id)
            .map(
                (r, c) ->
                    new RemediationEvent(
                        r.getString("state"),
                        Rows.requiredInstant(r, "at"),
                        r.getString("actor"),
                        r.getString("comment")))
            .list();
    return item(rs, history);
  }

  private static RemediationItem item(ResultSet rs, List<RemediationEvent> history)
      throws SQLException {
    return new RemediationItem(
        rs.getString("id"),
        rs.getString("host"),
        rs.getString("product_id"),
        rs.getString("product_name"),
        rs.getString("state"),
        Rows.text(rs, "deadline").map(LocalDate::parse),
        rs.getString("regime_id"),
        rs.getString("phase_id"),
        rs.getString("assignee"),
        Rows.requiredInstant(rs, "created_at"),
        Rows.requiredInstant(rs, "updated_at"),
        history);
  }
}
