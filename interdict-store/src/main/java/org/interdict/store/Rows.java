package org.interdict.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Reading nullable columns: timestamps are epoch milliseconds, dates ISO text. */
public final class Rows {
  private Rows() {}

  public static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  public static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
    return Instant.ofEpochMilli(rs.getLong(column));
  }

  public static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** Epoch millis of an optional instant, or null for SQL NULL. */
  public static Long millis(Optional<Instant> value) {
    return value.map(Instant::toEpochMilli).orElse(null);
  }
}
