package org.interdict.store.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.interdict.store.Database;
import org.interdict.store.DatabaseConfig;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.sessions.Session;
import org.interdict.store.sessions.SessionRepository;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V58 on a database that has keys and a live session from before users existed: one user per
 * distinct key name (keys that shared a name were one actor in the audit log), every key owned, the
 * live session kept with its user and role. On SQLite and PostgreSQL.
 */
class UsersMigrationIT {
  static final Instant AT = Instant.parse("2026-11-01T12:00:00Z");
  static EmbeddedPostgres postgres;
  @TempDir static Path dir;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("sqlite", DatabaseConfig.embedded(dir.resolve("db-" + System.nanoTime()))),
        Arguments.of(
            "postgresql",
            new DatabaseConfig(
                dir,
                Optional.of(postgres.getJdbcUrl("postgres", "postgres")),
                Optional.of("postgres"),
                Optional.of("postgres"),
                3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void existingKeysGetOneUserPerNameAndLiveSessionsSurvive(String kind, DatabaseConfig config)
      throws Exception {
    if (kind.equals("sqlite")) {
      java.nio.file.Files.createDirectories(config.dataDir());
    }
    String url = config.effectiveUrl();
    String user = config.user().orElse(null);
    String password = config.password().orElse(null);
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .target("57")
        .load()
        .migrate();
    Jdbi before = Jdbi.create(url, user == null ? "" : user, password == null ? "" : password);
    before.useHandle(
        h -> {
          for (String[] key :
              List.of(
                  new String[] {"k-1", "initial-admin", "admin", "hash-1"},
                  new String[] {"k-2", "ci", "analyst", "hash-2"},
                  new String[] {"k-3", "ci", "viewer", "hash-3"},
                  new String[] {"k-4", "alice", "approver", "hash-4"})) {
            h.execute(
                "INSERT INTO api_keys (id, name, role, key_hash, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, 'server')",
                key[0],
                key[1],
                key[2],
                key[3],
                AT.toEpochMilli());
          }
          h.execute(
              "INSERT INTO sessions (token_hash, key_id, csrf_token, created_at, expires_at) "
                  + "VALUES ('t-alice', 'k-4', 'csrf', ?, ?)",
              AT.toEpochMilli(),
              AT.plusSeconds(3600).toEpochMilli());
        });

    try (Database db = Database.open(config)) {
      List<User> users = db.jdbi().withHandle(new UserRepository()::all);
      assertThat(users)
          .extracting(User::name)
          .containsExactlyInAnyOrder("initial-admin", "ci", "alice");
      assertThat(users).allSatisfy(u -> assertThat(u.source()).isEqualTo(User.LOCAL));
      Map<String, String> nameById = users.stream().collect(Collectors.toMap(User::id, User::name));
      List<ApiKey> keys = db.jdbi().withHandle(new ApiKeyRepository()::all);
      assertThat(keys).allSatisfy(k -> assertThat(nameById.get(k.userId())).isEqualTo(k.name()));
      assertThat(keys.stream().filter(k -> k.name().equals("ci")).map(ApiKey::userId).distinct())
          .hasSize(1);
      Session alice =
          db.jdbi()
              .withHandle(h -> new SessionRepository().findLive(h, "t-alice", AT.plusSeconds(60)))
              .orElseThrow();
      assertThat(nameById.get(alice.userId())).isEqualTo("alice");
      assertThat(alice.keyId()).contains("k-4");
      assertThat(alice.role()).isEqualTo("approver");
    }
  }
}
