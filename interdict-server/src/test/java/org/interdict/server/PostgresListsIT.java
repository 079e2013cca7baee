package org.interdict.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/** The lists suite against a real PostgreSQL (embedded binaries). */
class PostgresListsIT extends ListsSuite {
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

  @AfterAll
  void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
