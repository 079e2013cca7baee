package org.interdict.server;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;

/** The API suite against a real PostgreSQL (embedded binaries, started for this class). */
class PostgresApiIT extends ApiSuite {
  private TestPostgres postgres;

  @Override
  ServerConfig config(Path dataDir) {
    postgres = TestPostgres.start();
    return postgres.config(dataDir);
  }

  @Override
  Connection connect() throws SQLException {
    return postgres.connect();
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
