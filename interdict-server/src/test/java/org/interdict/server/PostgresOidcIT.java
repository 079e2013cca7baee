package org.interdict.server;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;

/** Single sign-on with the users store in a real PostgreSQL (embedded binaries). */
class PostgresOidcIT extends OidcSuite {
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
