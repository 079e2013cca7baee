package org.interdict.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the data lives: a JDBC URL (PostgreSQL in production) with its user and password, or else
 * the embedded SQLite file {@code <dataDir>/interdict.db}. {@code poolSize} is at least 3 because
 * Flyway holds two connections while it migrates.
 */
public record DatabaseConfig(
    Path dataDir,
    Optional<String> jdbcUrl,
    Optional<String> user,
    Optional<String> password,
    int poolSize) {
  public static final int DEFAULT_POOL_SIZE = 6;

  public DatabaseConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (poolSize < 3) {
      throw new IllegalArgumentException(
          "poolSize must be at least 3 (Flyway holds 2 connections), was " + poolSize);
    }
    jdbcUrl.ifPresent(
        url -> {
          if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:sqlite:")) {
            // the user's --db value, not a bug: a named storage failure, which the CLI and the
            // server report as such
            throw new StoreException(
                "unsupported JDBC URL '"
                    + url
                    + "'; expected jdbc:postgresql://host/db or jdbc:sqlite:FILE");
          }
        });
  }

  /** The embedded SQLite file under {@code dataDir}. */
  public static DatabaseConfig embedded(Path dataDir) {
    return new DatabaseConfig(
        dataDir, Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_POOL_SIZE);
  }

  /** The JDBC URL actually used. */
  public String effectiveUrl() {
    return jdbcUrl.orElseGet(() -> "jdbc:sqlite:" + dataDir.resolve("interdict.db"));
  }

  /** {@code sqlite} or {@code postgresql}. */
  public String kind() {
    return effectiveUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite";
  }
}
