package org.interdict.server;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** The lists suite against a real PostgreSQL (embedded binaries). */
class PostgresListsIT extends ListsSuite {
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
