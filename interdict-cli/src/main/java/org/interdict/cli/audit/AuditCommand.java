package org.interdict.cli.audit;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.lists.snapshot.DataDirs;
import org.interdict.store.Database;
import org.interdict.store.DatabaseConfig;
import org.interdict.store.audit.ChainReport;
import org.interdict.store.audit.ChainVerifier;
import org.interdict.verify.SiteKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interdict audit verify}: the server's audit log, checked link by link. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = org.interdict.cli.VersionProvider.class,
    description = "Check the server's tamper-evident audit log (see docs/verification.md).",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"2:no subcommand given (see 'interdict audit verify --help')"},
    subcommands = {AuditCommand.VerifyCommand.class})
public final class AuditCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@code audit verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      versionProvider = org.interdict.cli.VersionProvider.class,
      description = {
        "Walk the audit hash chain of a server's database from the first event to the last: every event's hash, "
            + "every link, every signed checkpoint and tombstone. Reports the first broken link (position, row, "
            + "problem). Opening the database applies pending migrations, as the server does."
      },
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {
        "0:the chain is intact",
        "1:a link is broken (the first one is named)",
        "2:usage error, or the database or key cannot be opened",
        "3:internal error"
      })
  static final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--data-dir",
        paramLabel = "DIR",
        description = "The server's data directory (default: $INTERDICT_HOME, else ~/.interdict).")
    Path dataDir;

    @Option(
        names = "--db",
        paramLabel = "JDBC-URL",
        description = "The server's PostgreSQL database instead of " + "<data-dir>/interdict.db.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user.")
    String dbUser;

    @Option(
        names = "--db-password-env",
        paramLabel = "VAR",
        description = "Environment variable holding the password.")
    String dbPasswordEnv;

    @Option(
        names = "--key",
        paramLabel = "PUBLIC",
        description =
            "The site's public key (site-key.pub): every "
                + "checkpoint and tombstone must be signed by it. Without it the keys stored beside them are used.")
    Path key;

    @Override
    public Integer call() {
      Path dir = dataDir != null ? dataDir : DataDirs.current();
      Optional<String> password = Optional.empty();
      if (dbPasswordEnv != null) {
        password = Optional.ofNullable(System.getenv(dbPasswordEnv));
        if (password.isEmpty()) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--db-password-env names " + dbPasswordEnv + ", which is not set");
        }
      }
      if (db == null && !java.nio.file.Files.exists(dir.resolve("interdict.db"))) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            dir.resolve("interdict.db")
                + ": no such database (give the server's --data-dir, or --db)");
      }
      var trusted = Optional.ofNullable(key).map(SiteKeys::readPublic);
      DatabaseConfig config =
          new DatabaseConfig(
              dir,
              Optional.ofNullable(db),
              Optional.ofNullable(dbUser),
              password,
              DatabaseConfig.DEFAULT_POOL_SIZE);
      ChainReport report;
      try (Database database = Database.open(config)) {
        report = database.inTransaction(h -> ChainVerifier.verify(h, trusted));
      }
      PrintWriter out = spec.commandLine().getOut();
      report.notes().forEach(n -> out.println("note: " + n));
      out.printf(
          java.util.Locale.ROOT,
          "Checked %d events, %d signed checkpoints, %d tombstones, up to seq %d%n",
          report.events(),
          report.checkpoints(),
          report.tombstones(),
          report.lastSeq());
      if (report.intact()) {
        out.println("Intact: every link of the audit chain holds");
        return ExitCodes.CLEAN;
      }
      out.println("BROKEN at " + report.firstBreak().get());
      return ExitCodes.FOUND;
    }
  }
}
