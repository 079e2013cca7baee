package org.interdict.cli.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.interdict.cli.CliRun;
import org.interdict.store.Database;
import org.interdict.store.DatabaseConfig;
import org.interdict.store.audit.AuditEvent;
import org.interdict.store.audit.AuditRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code interdict audit verify} on a real SQLite data directory, intact and with one byte of a row
 * changed.
 */
class AuditCommandTest {
  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void anUnsupportedDatabaseUrlIsTheUsersToFixNotAnInternalError() {
    CliRun run = run("audit", "verify", "--data-dir", dir.toString(), "--db", "jdbc:mysql://h/db");

    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("unsupported JDBC URL 'jdbc:mysql://h/db'")
        .doesNotContain("internal error");
  }

  @Test
  void intactThenTheChangedRowIsNamed() {
    try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
      AuditRepository audit = new AuditRepository();
      for (int i = 0; i < 5; i++) {
        int n = i;
        db.useTransaction(
            h ->
                audit.append(
                    h,
                    new AuditEvent(
                        "a" + n,
                        Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
                        "admin",
                        "admin",
                        "key-created",
                        "api-key",
                        "k" + n,
                        "created")));
      }
    }
    CliRun ok = run("audit", "verify", "--data-dir", dir.toString());
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("Checked 5 events", "Intact");
    try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
      db.useTransaction(
          h ->
              h.createUpdate("UPDATE audit_events SET subject_id = 'k9' WHERE id = 'a3'")
                  .execute());
    }
    CliRun broken = run("audit", "verify", "--data-dir", dir.toString());
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN at seq 4, audit_events id a3: the row was changed");
    CliRun missing = run("audit", "verify", "--data-dir", dir.resolve("nothing").toString());
    assertThat(missing.exit()).isEqualTo(2);
  }
}
