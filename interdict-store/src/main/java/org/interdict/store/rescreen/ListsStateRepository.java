package org.interdict.store.rescreen;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Optional;
import org.interdict.store.Json;
import org.interdict.store.Rows;
import org.jdbi.v3.core.Handle;

/** Reads and replaces the one row of {@code lists_in_force}. Stateless and thread-safe. */
public final class ListsStateRepository {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  public Optional<ListsState> find(Handle h) {
    return h.createQuery("SELECT * FROM lists_in_force WHERE id = 1")
        .map(
            (rs, c) ->
                new ListsState(
                    rs.getString("source"),
                    rs.getString("lists_key"),
                    Json.read(rs.getString("snapshots"), STRINGS),
                    Rows.requiredInstant(rs, "at")))
        .findOne();
  }

  public void save(Handle h, ListsState state) {
    h.createUpdate("DELETE FROM lists_in_force WHERE id = 1").execute();
    h.createUpdate(
            "INSERT INTO lists_in_force (id, source, lists_key, snapshots, at) VALUES (1, :source, :key, "
                + ":snapshots, :at)")
        .bind("source", state.source())
        .bind("key", state.key())
        .bind("snapshots", Json.write(state.snapshots()))
        .bind("at", state.at().toEpochMilli())
        .execute();
  }
}
