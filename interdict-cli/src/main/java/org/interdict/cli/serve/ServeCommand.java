package org.interdict.cli.serve;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.interdict.cli.ExitCodes;
import org.interdict.cli.VersionProvider;
import org.interdict.server.InterdictServer;
import org.interdict.server.ServerConfig;
import org.interdict.server.http.HttpListener;
import org.interdict.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code interdict serve}: the HTTP API (docs/api.md) and the dashboard, until the process is
 * stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Serve the HTTP API and the dashboard. Data (an SQLite file and the uploads) lives in the data directory "
          + "unless --db names a PostgreSQL database. At the first start an admin API key is printed once on stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped (Ctrl-C, SIGTERM) after serving",
      "2:usage error, the port is taken, or the data directory or database cannot be opened",
      "3:internal error (a bug, or out of memory; --debug prints the stack trace)"
    },
    footer = {
      "",
      "Examples:",
      "  interdict serve",
      "  interdict serve --port 9090 --data-dir /var/lib/interdict --lists-dir ../shared/data/lists",
      "  interdict serve --bind 0.0.0.0      # reachable from other machines: put a TLS proxy in front",
      "  INTERDICT_DB_PASSWORD=... interdict serve --db jdbc:postgresql://db/interdict --db-user interdict "
          + "--db-password-env INTERDICT_DB_PASSWORD"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = HttpListener.DEFAULT_BIND_ADDRESS,
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 or :: for every "
              + "interface, e.g. behind a TLS proxy on another host).")
  String bind;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory (default: $INTERDICT_HOME, else ~/.interdict).")
  Path dataDir;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "Database URL, e.g. jdbc:postgresql://host:5432/interdict (default: <data-dir>/interdict.db).")
  String db;

  @Option(names = "--db-user", paramLabel = "USER", description = "Database user.")
  String dbUser;

  @Option(
      names = "--db-password-env",
      paramLabel = "VAR",
      description = "Name of the environment variable holding the database password.")
  String dbPasswordEnv;

  @Option(
      names = "--lists-dir",
      paramLabel = "DIR",
      description =
          "Official list files to screen against, besides the bundled snapshot (default: the snapshots "
              + "in force in the data directory's lists/ folder, as interdict lists update writes them).")
  Path listsDir;

  @CommandLine.Mixin ListsServeOptions listsOptions;

  @CommandLine.Mixin OidcServeOptions oidcOptions;

  @Option(
      names = "--max-upload-mb",
      paramLabel = "N",
      defaultValue = "512",
      description = "Largest inventory upload in MiB (default: ${DEFAULT-VALUE}).")
  long maxUploadMb;

  /** Libraries that narrate their start at INFO; the server's own lines say what matters. */
  private static final String[] QUIET = {
    "com.zaxxer.hikari", "org.flywaydb", "org.eclipse.jetty", "io.javalin"
  };

  @Override
  public Integer call() throws InterruptedException {
    for (String logger : QUIET) {
      String property = "org.slf4j.simpleLogger.log." + logger;
      if (System.getProperty(property) == null) {
        System.setProperty(property, "warn");
      }
    }
    CommandLine cli = spec.commandLine();
    if (maxUploadMb < 1) {
      throw new CommandLine.ParameterException(
          cli, "--max-upload-mb must be at least 1, was " + maxUploadMb);
    }
    if (bind.isBlank()) {
      throw new CommandLine.ParameterException(
          cli, "--bind needs an address, e.g. 127.0.0.1 or 0.0.0.0");
    }
    try {
      InetAddress.getByName(bind);
    } catch (UnknownHostException | SecurityException e) {
      throw new CommandLine.ParameterException(
          cli, "--bind " + bind + " is not an address of this machine: " + e.getMessage());
    }
    ServerConfig config =
        ServerConfig.of(port, dataDirectory())
            .withListener(HttpListener.defaults().withBindAddress(bind))
            .withListsDir(Optional.ofNullable(listsDir))
            .withMaxUploadBytes(maxUploadMb * 1024 * 1024);
    if (db != null) {
      Optional<String> password = Optional.empty();
      if (dbPasswordEnv != null) {
        String value = System.getenv(dbPasswordEnv);
        if (value == null) {
          throw new CommandLine.ParameterException(
              cli, "--db-password-env names " + dbPasswordEnv + ", which is not set");
        }
        password = Optional.of(value);
      }
      config = config.withDatabase(db, Optional.ofNullable(dbUser), password);
    }
    PrintWriter err = cli.getErr();
    InterdictServer server;
    try {
      server =
          InterdictServer.start(config, listsOptions.toOptions(cli), oidcOptions.toSettings(cli));
    } catch (StoreException e) {
      err.println("interdict: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    } catch (io.javalin.util.JavalinBindException e) {
      err.println(
          "interdict: cannot listen on port "
              + port
              + " at "
              + bind
              + ": "
              + e.getMessage()
              + "; choose another --port or --bind");
      err.flush();
      return ExitCodes.USAGE;
    }
    server
        .initialAdminKey()
        .ifPresent(
            key -> {
              err.println(
                  "interdict: first start: created the admin API key 'initial-admin'. It is shown only now:");
              err.println("  " + key);
              err.flush();
            });
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    org.interdict.cli.Verbosity.notes(err)
        .println(
            "interdict: serving http://"
                + host
                + ":"
                + server.port()
                + "/ (data in "
                + config.dataDir()
                + "); stop with Ctrl-C");
    err.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  stopped.countDown();
                },
                "interdict-stop"));
    stopped.await();
    return 0;
  }

  private Path dataDirectory() {
    if (dataDir != null) {
      return dataDir;
    }
    String home = System.getenv("INTERDICT_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    return Path.of(System.getProperty("user.home"), ".interdict");
  }
}
