package org.interdict.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The API suite against the embedded SQLite file in the data directory. */
class SqliteApiIT extends ApiSuite {
  @Override
  ServerConfig config(Path dataDir) {
    return ServerConfig.of(0, dataDir);
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("interdict.db"));
  }

  @Override
  String databaseKind() {
    return "sqlite";
  }
}
