package org.interdict.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * A WHERE clause built from optional filters, with its bound values, so a count and a page query
 * share it. Column names come from code, never from requests. Not thread-safe; one per query.
 */
public final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** Adds {@code column = :name} when the value is present. */
  public Where equal(String column, String name, Optional<String> value) {
    value.ifPresent(v -> condition(column + " = :" + name, name, v));
    return this;
  }

  /** Adds a condition with one named value. */
  public Where condition(String sql, String name, Object value) {
    conditions.add(sql);
    values.put(name, value);
    return this;
  }

  /** Adds a condition that binds no value (its SQL comes from code). */
  public Where condition(String sql) {
    conditions.add(sql);
    return this;
  }

  /** Binds a value that a condition added earlier refers to. */
  public Where value(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /** " WHERE a AND b", or "" when there is no condition. */
  public String sql() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  public Query bind(Query query) {
    values.forEach(query::bind);
    return query;
  }
}
