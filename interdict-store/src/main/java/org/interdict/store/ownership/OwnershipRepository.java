package org.interdict.store.ownership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalDouble;
import org.interdict.store.Page;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reads and writes {@code ownership_edges}. Stateless and thread-safe. */
public final class OwnershipRepository {
  /** Appends edges after the existing ones; their {@code seq} is ignored and assigned here. */
  public void append(Handle h, List<StoredEdge> edges) {
    if (edges.isEmpty()) {
      return;
    }
    long next =
        h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM ownership_edges").mapTo(Long.class).one()
            + 1;
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO ownership_edges (id, seq, owner_name, owned_name, percent, "
                + "relation, source_location, reference, created_at, actor) VALUES (:id, :seq, :owner, :owned, :percent, "
                + ":relation, :source, :reference, :at, :actor)");
    for (StoredEdge edge : edges) {
      batch
          .bind("id", edge.id())
          .bind("seq", next++)
          .bind("owner", edge.owner())
          .bind("owned", edge.owned())
          .bind("percent", edge.percent().isPresent() ? edge.percent().getAsDouble() : null)
          .bind("relation", edge.relation())
          .bind("source", edge.source())
          .bind("reference", edge.reference())
          .bind("at", edge.createdAt().toEpochMilli())
          .bind("actor", edge.actor())
          .add();
    }
    batch.execute();
  }

  /** Removes every edge (an import that replaces the graph). */
  public int clear(Handle h) {
    return h.createUpdate("DELETE FROM ownership_edges").execute();
  }

  /** Every edge in import order. */
  public List<StoredEdge> all(Handle h) {
    return h.createQuery("SELECT * FROM ownership_edges ORDER BY seq")
        .map((rs, c) -> read(rs))
        .list();
  }

  public Page<StoredEdge> list(Handle h, int page, int pageSize) {
    long total = h.createQuery("SELECT COUNT(*) FROM ownership_edges").mapTo(Long.class).one();
    List<StoredEdge> items =
        h.createQuery("SELECT * FROM ownership_edges ORDER BY seq LIMIT :limit OFFSET :offset")
            .bind("limit", pageSize)
            .bind("offset", Page.offset(page, pageSize))
            .map((rs, c) -> read(rs))
            .list();
    return new Page<>(items, page, pageSize, total);
  }

  private static StoredEdge read(ResultSet rs) throws SQLException {
    double percent = rs.getDouble("percent");
    OptionalDouble share = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(percent);
    return new StoredEdge(
        rs.getString("id"),
        rs.getLong("seq"),
        rs.getString("owner_name"),
        rs.getString("owned_name"),
        share,
        rs.getString("relation"),
        rs.getString("source_location"),
        rs.getString("reference"),
        Rows.requiredInstant(rs, "created_at"),
        rs.getString("actor"));
  }
}
