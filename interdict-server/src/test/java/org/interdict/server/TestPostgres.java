package org.interdict.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A real PostgreSQL from the embedded binaries, started once per test class, and a server config
 * pointing at it.
 */
final class TestPostgres implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private TestPostgres(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static TestPostgres start() {
    try {
      return new TestPostgres(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ServerConfig config(Path dataDir) {
    return ServerConfig.of(0, dataDir)
        .withDatabase(
            postgres.getJdbcUrl("postgres", "postgres"),
            Optional.of("postgres"),
            Optional.of("postgres"));
  }

  Connection connect() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
