package org.interdict.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.interdict.store.findings.FindingQuery;
import org.interdict.store.findings.FindingRegime;
import org.interdict.store.findings.FindingRepository;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.scans.ScanJob;
import org.interdict.store.scans.ScanJobRepository;
import org.interdict.store.scans.ScanProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one migration set and the portable SQL, on a real SQLite file and a real PostgreSQL. */
class DatabaseIT {
  static final Instant AT = Instant.parse("2024-10-01T12:00:00Z");
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

  @Test
  void sqliteIsDurable() {
    try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("pragmas")))) {
      String journal =
          db.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
      int synchronous =
          db.jdbi().withHandle(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one());
      int busyTimeout =
          db.jdbi()
              .withHandle(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one());
      assertThat(journal).isEqualToIgnoringCase("wal");
      assertThat(synchronous).as("2 = FULL").isEqualTo(2);
      assertThat(busyTimeout).isPositive();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void migratesOnceAndSortsAlikeOnBothDatabases(String kind, DatabaseConfig config) {
    try (Database db = Database.open(config)) {
      assertThat(db.kind()).isEqualTo(kind);
      String scan = Ids.next("j");
      db.useTransaction(
          h -> {
            new ScanJobRepository()
                .insert(
                    h,
                    new ScanJob(
                        scan,
                        "f.json",
                        "osquery",
                        ScanJob.COMPLETED,
                        "",
                        "us-person",
                        LocalDate.parse("2024-10-01"),
                        "",
                        "t",
                        AT,
                        Optional.empty(),
                        Optional.empty(),
                        ScanProgress.start(1),
                        "[]"));
            new FindingRepository()
                .insertAll(
                    h,
                    List.of(
                        finding(scan, "A", "not-covered", Optional.empty()),
                        finding(
                            scan, "B", "prohibited", Optional.of(LocalDate.parse("2024-09-29"))),
                        finding(
                            scan, "C", "advisory", Optional.of(LocalDate.parse("2025-01-01")))));
          });
      FindingRepository findings = new FindingRepository();
      List<String> byDeadline =
          db
              .jdbi()
              .withHandle(h -> findings.list(h, query(scan, "deadline", false, Optional.empty())))
              .items()
              .stream()
              .map(StoredFinding::host)
              .toList();
      assertThat(byDeadline).as("dated first, no deadline last").containsExactly("B", "C", "A");
      List<String> byStatus =
          db
              .jdbi()
              .withHandle(h -> findings.list(h, query(scan, "status", false, Optional.empty())))
              .items()
              .stream()
              .map(StoredFinding::host)
              .toList();
      assertThat(byStatus).as("most severe first").containsExactly("B", "C", "A");
      var regime =
          db.jdbi()
              .withHandle(
                  h -> findings.list(h, query(scan, "host", true, Optional.of("prohibited"))));
      assertThat(regime.total()).isEqualTo(1);
      assertThat(regime.items().get(0).regimes().get(0).citation()).isEqualTo("89 FR 52434");
    }
    try (Database again = Database.open(config)) {
      assertThat(again.ping()).as("reopening applies no migration twice").isTrue();
    }
  }

  private static FindingQuery query(
      String scan, String sort, boolean desc, Optional<String> status) {
    return new FindingQuery(
        status.map(s -> "us-icts-kaspersky-2024"),
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.of(scan),
        false,
        sort,
        desc,
        1,
        50);
  }

  private static StoredFinding finding(
      String scan, String host, String status, Optional<LocalDate> deadline) {
    FindingRegime regime =
        new FindingRegime(
            "us-icts-kaspersky-2024",
            status,
            "phase-1",
            deadline.map(LocalDate::toString).orElse(null),
            "89 FR 52434",
            "Replace it.");
    return new StoredFinding(
        Ids.next("f"),
        scan,
        host,
        "kaspersky-endpoint-security",
        "KES",
        "kaspersky",
        "installed",
        "high",
        "KES",
        "11",
        "f.json:1",
        1,
        List.of("name:kes"),
        status,
        !status.equals("not-covered"),
        deadline,
        List.of(regime),
        AT,
        AT);
  }
}
