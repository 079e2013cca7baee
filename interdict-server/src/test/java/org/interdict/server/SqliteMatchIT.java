package org.interdict.server;

import java.nio.file.Path;

/** The yente-compatible matching API against the embedded SQLite file. */
class SqliteMatchIT extends MatchSuite {
  @Override
  ServerConfig config(Path dataDir) {
    return ServerConfig.of(0, dataDir);
  }
}
