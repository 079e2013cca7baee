package org.interdict.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/** The API suite against a real PostgreSQL (embedded binaries, started for this class). */
class PostgresApiIT extends ApiSuite {
  private EmbeddedPostgres postgres;

  @Override
  ServerConfig config(Path dataDir) {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ServerConfig.of(0, dataDir).withDatabase(postgres.getJdbcUrl("postgres", "postgres"),
        Optional.of("postgres"), Optional.of("postgres"));
  }

  @Override
  Connection connect() throws SQLException {
    return postgres.getPostgresDatabase().getConnection();
  }

  @Override
  String databaseKind() {
    return "postgresql";
  }

  @AfterAll
  void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
