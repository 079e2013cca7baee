package org.interdict.server;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** The yente-compatible matching API against a real PostgreSQL (embedded binaries). */
class PostgresMatchIT extends MatchSuite {
  private TestPostgres postgres;

  @Override
  ServerConfig config(Path dataDir) {
    postgres = TestPostgres.start();
    return postgres.config(dataDir);
  }

  @AfterAll
  void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
