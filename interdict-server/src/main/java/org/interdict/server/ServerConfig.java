package org.interdict.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.interdict.store.DatabaseConfig;

/**
 * How to run the server: port (0 picks a free one), data directory (SQLite file, uploads), an optional
 * PostgreSQL URL with user and password, an optional lists directory, the clock, the upload limit, the number
 * of scan workers and the classpath folder of the dashboard's static files.
 */
public record ServerConfig(
    int port, Path dataDir, Optional<String> jdbcUrl, Optional<String> dbUser, Optional<String> dbPassword,
    Optional<Path> listsDir, Clock clock, long maxUploadBytes, int scanWorkers, String staticFilesPath) {
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;
  public static final int DEFAULT_SCAN_WORKERS = 2;
  public static final String DASHBOARD = "/org/interdict/server/dashboard";

  public ServerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(dbUser, "dbUser");
    Objects.requireNonNull(dbPassword, "dbPassword");
    Objects.requireNonNull(listsDir, "listsDir");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(staticFilesPath, "staticFilesPath");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("maxUploadBytes must be positive, was " + maxUploadBytes);
    }
    if (scanWorkers < 1) {
      throw new IllegalArgumentException("scanWorkers must be at least 1, was " + scanWorkers);
    }
  }

  /** The defaults for a data directory: embedded SQLite, UTC clock, 512 MiB uploads, 2 workers. */
  public static ServerConfig of(int port, Path dataDir) {
    return new ServerConfig(port, dataDir, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Clock.systemUTC(), DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_SCAN_WORKERS, DASHBOARD);
  }

  public ServerConfig withDatabase(String url, Optional<String> user, Optional<String> password) {
    return new ServerConfig(port, dataDir, Optional.of(url), user, password, listsDir, clock, maxUploadBytes,
        scanWorkers, staticFilesPath);
  }

  public ServerConfig withListsDir(Optional<Path> dir) {
    return new ServerConfig(port, dataDir, jdbcUrl, dbUser, dbPassword, dir, clock, maxUploadBytes, scanWorkers,
        staticFilesPath);
  }

  public ServerConfig withClock(Clock newClock) {
    return new ServerConfig(port, dataDir, jdbcUrl, dbUser, dbPassword, listsDir, newClock, maxUploadBytes,
        scanWorkers, staticFilesPath);
  }

  public ServerConfig withMaxUploadBytes(long bytes) {
    return new ServerConfig(port, dataDir, jdbcUrl, dbUser, dbPassword, listsDir, clock, bytes, scanWorkers,
        staticFilesPath);
  }

  public ServerConfig withStaticFilesPath(String path) {
    return new ServerConfig(port, dataDir, jdbcUrl, dbUser, dbPassword, listsDir, clock, maxUploadBytes,
        scanWorkers, path);
  }

  DatabaseConfig database() {
    return new DatabaseConfig(dataDir, jdbcUrl, dbUser, dbPassword, DatabaseConfig.DEFAULT_POOL_SIZE);
  }
}
