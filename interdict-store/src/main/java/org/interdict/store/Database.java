package org.interdict.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a connection pool migrated to the latest schema. SQLite runs in WAL mode with
 * {@code synchronous=FULL} (a committed transaction survives a kill -9 or power loss), a busy
 * timeout and immediate write transactions, so concurrent writers wait instead of failing.
 * Thread-safe.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private final DatabaseConfig config;
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(DatabaseConfig config, HikariDataSource dataSource) {
    this.config = config;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Opens the pool and applies pending migrations. */
  public static Database open(DatabaseConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.effectiveUrl());
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setPoolName("interdict-db");
    config.user().ifPresent(hikari::setUsername);
    config.password().ifPresent(hikari::setPassword);
    if (config.kind().equals("sqlite")) {
      createDirectory(config);
      hikari.addDataSourceProperty("journal_mode", "WAL");
      hikari.addDataSourceProperty("synchronous", "FULL");
      hikari.addDataSourceProperty("busy_timeout", "30000");
      hikari.addDataSourceProperty("foreign_keys", "true");
      hikari.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot open the database at " + redacted(config) + ": " + e.getMessage(), e);
    }
    try {
      var result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      LOG.info(
          "Database {} ({}) at schema version {}; {} migrations applied",
          redacted(config),
          config.kind(),
          result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      dataSource.close();
      throw new StoreException(
          "cannot migrate the database at " + redacted(config) + ": " + e.getMessage(), e);
    }
    return new Database(config, dataSource);
  }

  private static void createDirectory(DatabaseConfig config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the data directory " + config.dataDir() + ": " + e.getMessage(), e);
    }
  }

  /** The URL without any query part (which may carry a password). */
  private static String redacted(DatabaseConfig config) {
    String url = config.effectiveUrl();
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** {@code sqlite} or {@code postgresql}. */
  public String kind() {
    return config.kind();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /** Runs {@code work} in one transaction and returns its value; any exception rolls it back. */
  public <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
    return jdbi.inTransaction(work);
  }

  public void useTransaction(HandleConsumer<RuntimeException> work) {
    jdbi.useTransaction(work);
  }

  /** Whether a trivial query answers. */
  public boolean ping() {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
