package org.interdict.store.screenings;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.interdict.store.Database;
import org.interdict.store.DatabaseConfig;
import org.interdict.store.Ids;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V59: a stored screening keeps its query's features, the scorer id and the index version, on a
 * real SQLite file and a real PostgreSQL; and a database migrated before V59 arrived (up to V58)
 * takes it on opening, its old screenings reading as "not kept".
 */
class ScreeningFeaturesIT {
  static final Instant AT = Instant.parse("2024-10-01T12:00:00Z");
  static final String FEATURES =
      "{\"birthDates\":[\"1965-10-04\"],\"countries\":[\"RU\"],\"partyType\":\"individual\"}";
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

  /** A fresh PostgreSQL database each call, so the upgrade case starts from nothing. */
  static DatabaseConfig postgresDatabase() {
    String name = "features_" + System.nanoTime();
    try (var c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return new DatabaseConfig(
        dir,
        Optional.of(postgres.getJdbcUrl("postgres", name)),
        Optional.of("postgres"),
        Optional.of("postgres"),
        3);
  }

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of(
            "sqlite",
            (java.util.function.Supplier<DatabaseConfig>)
                () -> DatabaseConfig.embedded(dir.resolve("db-" + System.nanoTime()))),
        Arguments.of(
            "postgresql",
            (java.util.function.Supplier<DatabaseConfig>) ScreeningFeaturesIT::postgresDatabase));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aScreeningKeepsItsFeaturesScorerAndIndexVersion(
      String kind, java.util.function.Supplier<DatabaseConfig> config) {
    ScreeningRepository repository = new ScreeningRepository();
    try (Database db = Database.open(config.get())) {
      String withFeatures = Ids.next("s");
      String nameOnly = Ids.next("s");
      db.useTransaction(
          h -> {
            repository.insert(h, screening(withFeatures, FEATURES, "entity-v1", "sha256:0123abcd"));
            repository.insert(h, screening(nameOnly, "{}", "aligned-tokens-v1", "sha256:0123abcd"));
          });
      Screening found = db.jdbi().withHandle(h -> repository.find(h, withFeatures)).orElseThrow();
      assertThat(found.features()).isEqualTo(FEATURES);
      assertThat(found.scorer()).isEqualTo("entity-v1");
      assertThat(found.indexVersion()).isEqualTo("sha256:0123abcd");
      List<ScreeningRepository.Summary> history =
          db.jdbi()
              .withHandle(
                  h ->
                      repository.history(
                          h,
                          Optional.of("kaspersky"),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty(),
                          1,
                          50))
              .items();
      assertThat(history)
          .extracting(ScreeningRepository.Summary::id, ScreeningRepository.Summary::scorer)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(withFeatures, "entity-v1"),
              org.assertj.core.groups.Tuple.tuple(nameOnly, "aligned-tokens-v1"));
      assertThat(history)
          .filteredOn(s -> s.id().equals(withFeatures))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.features()).isEqualTo(FEATURES);
                assertThat(s.indexVersion()).isEqualTo("sha256:0123abcd");
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aDatabaseMigratedBeforeV59TakesItOnOpening(
      String kind, java.util.function.Supplier<DatabaseConfig> supplier) throws Exception {
    DatabaseConfig config = supplier.get();
    Path withoutV59 = Files.createDirectories(dir.resolve("without-v59-" + System.nanoTime()));
    java.net.URI migrations = ScreeningFeaturesIT.class.getResource("/db/migration").toURI();
    // failsafe runs the tests against the module's jar: the migrations are then inside it
    java.nio.file.FileSystem jar =
        migrations.getScheme().equals("jar")
            ? java.nio.file.FileSystems.newFileSystem(migrations, java.util.Map.of())
            : null;
    try (var files = Files.list(Path.of(migrations))) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().startsWith("V59__")) {
          Files.copy(file, withoutV59.resolve(file.getFileName().toString()));
        }
      }
    } finally {
      if (jar != null) {
        jar.close();
      }
    }
    String url = config.effectiveUrl();
    Files.createDirectories(config.dataDir());
    Flyway.configure()
        .dataSource(url, config.user().orElse(null), config.password().orElse(null))
        .locations("filesystem:" + withoutV59)
        .load()
        .migrate();
    String old = "s-before-v59";
    try (var c =
            java.sql.DriverManager.getConnection(
                url, config.user().orElse(null), config.password().orElse(null));
        var s = c.createStatement()) {
      s.execute(
          "INSERT INTO screenings (id, at, actor, query_name, normalized, min_score, match_count)"
              + " VALUES ('"
              + old
              + "', 1727784000000, 'analyst', 'Kaspersky', 'kaspersky', 0.76, 0)");
    }
    try (Database db = Database.open(config)) {
      Screening found =
          db.jdbi().withHandle(h -> new ScreeningRepository().find(h, old)).orElseThrow();
      assertThat(found.features()).isEqualTo("{}");
      assertThat(found.scorer()).isEmpty();
      assertThat(found.indexVersion()).isEmpty();
      String latest =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT version FROM flyway_schema_history WHERE version = '59'")
                          .mapTo(String.class)
                          .one());
      assertThat(latest).isEqualTo("59");
    }
  }

  private static Screening screening(String id, String features, String scorer, String version) {
    return new Screening(
        id,
        AT,
        "analyst",
        "Kaspersky Features",
        "kaspersky features",
        0.76,
        List.of(),
        "{}",
        features,
        scorer,
        version);
  }
}
