package org.interdict.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.interdict.store.Database;
import org.interdict.store.DatabaseConfig;
import org.interdict.verify.SiteKey;
import org.interdict.verify.SiteKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit hash chain on a real SQLite file and a real PostgreSQL: intact, then one byte or row
 * changed.
 */
class AuditChainIT {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static EmbeddedPostgres postgres;
  static SiteKey key;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    var pair = SiteKeys.generate();
    key = new SiteKey(pair.getPrivate(), pair.getPublic());
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  /**
   * A fresh database each time: a new SQLite file, or PostgreSQL with its schema dropped and
   * migrated again.
   */
  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("sqlite"), Arguments.of("postgresql"));
  }

  static Database open(String kind) {
    if (kind.equals("sqlite")) {
      return Database.open(DatabaseConfig.embedded(dir.resolve("db-" + System.nanoTime())));
    }
    try (var c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return Database.open(
        new DatabaseConfig(
            dir,
            Optional.of(postgres.getJdbcUrl("postgres", "postgres")),
            Optional.of("postgres"),
            Optional.of("postgres"),
            3));
  }

  static AuditRepository repository() {
    return new AuditRepository(
        new AuditChain(Optional.of(key), 5, Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC)));
  }

  static void appendEvents(Database db, AuditRepository audit, int count) {
    for (int i = 0; i < count; i++) {
      int n = i;
      db.useTransaction(
          h ->
              audit.append(
                  h,
                  new AuditEvent(
                      "a-" + n + "-" + System.nanoTime(),
                      T0.plusSeconds(n),
                      "admin",
                      "admin",
                      "review.decide",
                      "review",
                      "r" + n,
                      "decision n" + n)));
    }
  }

  static ChainReport verify(Database db) {
    return db.inTransaction(h -> ChainVerifier.verify(h, Optional.of(key.publicKey())));
  }

  static void sql(Database db, String statement) {
    db.useTransaction(h -> h.createUpdate(statement).execute());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void anUntouchedChainVerifiesWithItsCheckpoints(String kind) {
    try (Database db = open(kind)) {
      appendEvents(db, repository(), 12);
      ChainReport report = verify(db);
      assertThat(report.firstBreak()).isEmpty();
      assertThat(report.events()).isEqualTo(12);
      assertThat(report.checkpoints()).as("every 5 events").isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void oneFlippedByteInARowIsTheFirstBreak(String kind) {
    try (Database db = open(kind)) {
      appendEvents(db, repository(), 8);
      sql(
          db,
          "UPDATE audit_events SET detail = 'decision o3' WHERE seq = 4 AND detail = 'decision n3'");
      String id =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT id FROM audit_events WHERE seq = 4")
                          .mapTo(String.class)
                          .one());
      ChainReport report = verify(db);
      assertThat(report.firstBreak()).isPresent();
      assertThat(report.firstBreak().get().seq()).isEqualTo(4);
      assertThat(report.firstBreak().get().toString())
          .contains("audit_events id " + id, "the row was changed");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aRowRehashedIsCaughtByTheNextLinkAndAWholeRewriteByTheCheckpoint(String kind) {
    try (Database db = open(kind)) {
      AuditRepository audit = repository();
      appendEvents(db, audit, 7);
      rewrite(db, 3, "decision forged");
      assertThat(verify(db).firstBreak().get().toString())
          .startsWith("seq 4,")
          .contains("prev_hash");
      for (long seq = 4; seq <= 7; seq++) {
        rewrite(db, seq, null);
      }
      sql(db, "UPDATE audit_chain_head SET hash = (SELECT hash FROM audit_events WHERE seq = 7)");
      assertThat(verify(db).firstBreak().get().toString())
          .startsWith("seq 5, audit_checkpoints seq 5")
          .contains("rewritten");
    }
  }

  /**
   * Recomputes the stored hashes of {@code seq} as a forger with write access would (new detail if
   * given).
   */
  private static void rewrite(Database db, long seq, String detail) {
    db.useTransaction(
        h -> {
          if (detail != null) {
            h.createUpdate("UPDATE audit_events SET detail = :d WHERE seq = :s")
                .bind("d", detail)
                .bind("s", seq)
                .execute();
          }
          String prev =
              seq == 1
                  ? AuditHashes.GENESIS
                  : h.createQuery("SELECT hash FROM audit_events WHERE seq = :s")
                      .bind("s", seq - 1)
                      .mapTo(String.class)
                      .one();
          AuditEvent event =
              h.createQuery("SELECT * FROM audit_events WHERE seq = :s")
                  .bind("s", seq)
                  .map(AuditRepository::event)
                  .one();
          h.createUpdate("UPDATE audit_events SET prev_hash = :p, hash = :h WHERE seq = :s")
              .bind("p", prev)
              .bind("h", AuditHashes.event(seq, event, prev))
              .bind("s", seq)
              .execute();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void deletedRowsInTheMiddleOrAtTheEndAreNamed(String kind) {
    try (Database db = open(kind)) {
      appendEvents(db, repository(), 8);
      sql(db, "DELETE FROM audit_events WHERE seq = 8");
      assertThat(verify(db).firstBreak().get().problem()).contains("the last events were deleted");
      sql(db, "DELETE FROM audit_events WHERE seq = 3");
      assertThat(verify(db).firstBreak().get().toString()).startsWith("seq 3,").contains("missing");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void aPurgeLeavesASignedTombstoneAndTheChainStillVerifies(String kind) {
    try (Database db = open(kind)) {
      AuditRepository audit = repository();
      appendEvents(db, audit, 12);
      Optional<Tombstone> tombstone =
          db.inTransaction(
              h ->
                  audit
                      .chain()
                      .purgeBefore(
                          h, T0.plusSeconds(6), "retention", "retention: older than 30 days"));
      assertThat(tombstone).isPresent();
      assertThat(tombstone.get().firstSeq()).isEqualTo(1);
      assertThat(tombstone.get().lastSeq()).isEqualTo(6);
      long left =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT COUNT(*) FROM audit_events").mapTo(Long.class).one());
      assertThat(left).as("6 kept and the audit.purge event").isEqualTo(7);
      ChainReport report = verify(db);
      assertThat(report.firstBreak()).isEmpty();
      assertThat(report.tombstones()).isEqualTo(1);
      assertThat(report.lastSeq()).isEqualTo(13);
      appendEvents(db, audit, 1);
      assertThat(verify(db).firstBreak()).isEmpty();

      sql(db, "UPDATE audit_tombstones SET reason = 'retention: older than 3 days'");
      assertThat(verify(db).firstBreak().get().toString())
          .contains("audit_tombstones id " + tombstone.get().id(), "signature does not match");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void eventsFromBeforeTheChainAreChainedAtTheNextAppend(String kind) {
    try (Database db = open(kind)) {
      sql(
          db,
          "INSERT INTO audit_events (id, at, actor, role, action, subject_type, subject_id, detail) "
              + "VALUES ('old-1', 1000, 'admin', 'admin', 'key.create', 'key', 'k1', 'created')");
      assertThat(verify(db).notes())
          .anySatisfy(n -> assertThat(n).contains("chained at the next append"));
      appendEvents(db, repository(), 1);
      ChainReport report = verify(db);
      assertThat(report.firstBreak()).isEmpty();
      assertThat(report.events()).isEqualTo(2);
    }
  }
}
