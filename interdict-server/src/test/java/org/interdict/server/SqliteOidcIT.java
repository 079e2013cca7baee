package org.interdict.server;

import java.nio.file.Path;

/** Single sign-on with the users store in the embedded SQLite file. */
class SqliteOidcIT extends OidcSuite {
  @Override
  ServerConfig config(Path dataDir) {
    return ServerConfig.of(0, dataDir);
  }
}
