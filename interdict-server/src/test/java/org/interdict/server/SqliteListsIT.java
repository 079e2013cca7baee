package org.interdict.server;

import java.nio.file.Path;

/** The lists suite against the embedded SQLite file. */
class SqliteListsIT extends ListsSuite {
  @Override
  ServerConfig config(Path dataDir) {
    return ServerConfig.of(0, dataDir);
  }
}
