package org.interdict.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.interdict.server.http.HttpListener;
import org.interdict.store.DatabaseConfig;

/**
 * How to run the server: port (0 picks a free one), data directory (SQLite file, uploads), an
 * optional PostgreSQL URL with user and password, an optional lists directory, the clock, the
 * upload limit, the number of scan workers, the classpath folder of the dashboard's static files
 * and the address and timeouts it listens with (127.0.0.1 by default).
 */
public record ServerConfig(
    int port,
    Path dataDir,
    Optional<String> jdbcUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    Optional<Path> listsDir,
    Clock clock,
    long maxUploadBytes,
    int scanWorkers,
    String staticFilesPath,
    HttpListener listener) {
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
    Objects.requireNonNull(listener, "listener");
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
    return new ServerConfig(
        port,
        dataDir,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Clock.systemUTC(),
        DEFAULT_MAX_UPLOAD_BYTES,
        DEFAULT_SCAN_WORKERS,
        DASHBOARD,
        HttpListener.defaults());
  }

  public ServerConfig withDatabase(String url, Optional<String> user, Optional<String> password) {
    return new ServerConfig(
        port,
        dataDir,
        Optional.of(url),
        user,
        password,
        listsDir,
        clock,
        maxUploadBytes,
        scanWorkers,
        staticFilesPath,
        listener);
  }

  public ServerConfig withListsDir(Optional<Path> dir) {
    return new ServerConfig(
        port,
        dataDir,
        jdbcUrl,
        dbUser,
        dbPassword,
        dir,
        clock,
        maxUploadBytes,
        scanWorkers,
        staticFilesPath,
        listener);
  }

  public ServerConfig withClock(Clock newClock) {
    return new ServerConfig(
        port,
        dataDir,
        jdbcUrl,
        dbUser,
        dbPassword,
        listsDir,
        newClock,
        maxUploadBytes,
        scanWorkers,
        staticFilesPath,
        listener);
  }

  public ServerConfig withMaxUploadBytes(long bytes) {
    return new ServerConfig(
        port,
        dataDir,
        jdbcUrl,
        dbUser,
        dbPassword,
        listsDir,
        clock,
        bytes,
        scanWorkers,
        staticFilesPath,
        listener);
  }

  public ServerConfig withStaticFilesPath(String path) {
    return new ServerConfig(
        port,
        dataDir,
        jdbcUrl,
        dbUser,
        dbPassword,
        listsDir,
        clock,
        maxUploadBytes,
        scanWorkers,
        path,
        listener);
  }

  /** Listens on {@code newListener}'s address with its timeouts. */
  public ServerConfig withListener(HttpListener newListener) {
    return new ServerConfig(
        port,
        dataDir,
        jdbcUrl,
        dbUser,
        dbPassword,
        listsDir,
        clock,
        maxUploadBytes,
        scanWorkers,
        staticFilesPath,
        newListener);
  }

  DatabaseConfig database() {
    return new DatabaseConfig(
        dataDir, jdbcUrl, dbUser, dbPassword, DatabaseConfig.DEFAULT_POOL_SIZE);
  }
}
