package org.interdict.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.interdict.cli.InterdictCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code interdict serve}'s options and usage errors, in process (starting the server is covered by
 * the ITs).
 */
class ServeCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = InterdictCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryOption() {
    Run run = run("serve", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "--port",
            "--data-dir",
            "--db",
            "--db-user",
            "--db-password-env",
            "--lists-dir",
            "--max-upload-mb",
            "INTERDICT_HOME",
            "--bind");
    assertThat(run.out()).contains("default: 127.0.0.1");
  }

  @Test
  void singleSignOnOptionsAreCheckedBeforeTheServerStarts(@TempDir Path dir) throws IOException {
    String data = dir.resolve("data").toString();
    Path secret = dir.resolve("secret");
    java.nio.file.Files.writeString(secret, "s3cret\n");
    String[] complete = {
      "serve",
      "--port",
      "0",
      "--data-dir",
      data,
      "--oidc-issuer",
      "https://idp.example.org",
      "--oidc-client-id",
      "interdict",
      "--oidc-client-secret-file",
      secret.toString()
    };
    assertThat(run("serve", "--help").out())
        .contains("--oidc-issuer", "--oidc-role-map", "--oidc-client-secret-file");
    Run orphan = run("serve", "--port", "0", "--data-dir", data, "--oidc-client-id", "x");
    assertThat(orphan.exit()).isEqualTo(2);
    assertThat(orphan.err()).contains("the --oidc-* options need --oidc-issuer URL");
    Run incomplete = run(java.util.Arrays.copyOf(complete, 7));
    assertThat(incomplete.exit()).isEqualTo(2);
    assertThat(incomplete.err()).contains("--oidc-issuer needs --oidc-client-id");
    String[] badMap = java.util.Arrays.copyOf(complete, complete.length + 2);
    badMap[complete.length] = "--oidc-role-map";
    badMap[complete.length + 1] = "grp-admins=root";
    Run bad = run(badMap);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("role 'root' of group 'grp-admins'");
    String[] noSecret = badMap.clone();
    noSecret[10] = dir.resolve("missing").toString();
    noSecret[complete.length + 1] = "grp-admins=admin";
    Run missing = run(noSecret);
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--oidc-client-secret-file").contains("cannot be read");
    assertThat(java.nio.file.Files.exists(dir.resolve("data").resolve("interdict.db")))
        .as("no database opened")
        .isFalse();
  }

  @Test
  void anAddressThisMachineDoesNotHaveIsAUsageErrorNamingIt(@TempDir Path dir) {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): a valid address no machine here owns
    Run run = run("serve", "--bind", "192.0.2.1", "--port", "0", "--data-dir", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("192.0.2.1").doesNotContain("at org.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "upload limit | --max-upload-mb=0 | --max-upload-mb must be at least 1",
        "port | --port=notaport | --port",
        "empty bind address | --bind= | --bind needs an address",
        "unset password variable | --db-password-env=INTERDICT_TEST_SURELY_UNSET | which is not set",
      })
  void usageErrorsExitTwo(String what, String option, String message) {
    Run run =
        option.startsWith("--db-password-env")
            ? run("serve", "--db", "jdbc:postgresql://localhost:1/none", option)
            : run("serve", option);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }

  @Test
  void portInUseIsAUsageError(@TempDir Path dir) throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      Run run =
          run(
              "serve",
              "--port",
              Integer.toString(taken.getLocalPort()),
              "--data-dir",
              dir.toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .contains("cannot listen on port " + taken.getLocalPort())
          .doesNotContain("at org.");
    }
  }

  @Test
  void unsupportedDatabaseUrlIsAUsageError() {
    Run run = run("serve", "--db", "jdbc:mysql://localhost/interdict");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unsupported JDBC URL").doesNotContain("at org.");
  }
}
