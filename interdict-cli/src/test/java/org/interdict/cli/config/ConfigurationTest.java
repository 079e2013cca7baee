package org.interdict.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interdict.InterdictException;
import org.interdict.cli.InterdictCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Issue 15: flags > INTERDICT_* variables > interdict.yaml > defaults, shown by interdict config
 * with origins.
 */
class ConfigurationTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run run(Map<String, String> environment, String... args) {
    CommandLine cli = InterdictCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Configuration.load(args, environment, dir).install(cli);
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private static Path fleet() {
    Path here = Path.of("").toAbsolutePath();
    while (!Files.exists(here.resolve("examples/fleet.osquery.json"))) {
      here = here.getParent();
    }
    return here.resolve("examples/fleet.osquery.json");
  }

  /**
   * As of 2024-08-01 the sample fleet has prohibited-from findings only, so --fail-on prohibited
   * exits 0 and prohibited-from exits 1: each row says which layer sets it and which wins.
   */
  @ParameterizedTest(name = "file {0}, variable {1}, flag {2}: exit {3}")
  @CsvSource({
    "'',              '',              '',              1",
    "prohibited,      '',              '',              0",
    "prohibited,      prohibited-from, '',              1",
    "prohibited-from, prohibited,      '',              0",
    "prohibited,      prohibited,      prohibited-from, 1",
    "prohibited-from, prohibited-from, prohibited,      0",
    "'',              prohibited,      '',              0",
  })
  void flagsBeatVariablesBeatTheFileBeatDefaults(
      String file, String variable, String flag, int exit) throws Exception {
    if (!file.isEmpty()) {
      Files.writeString(
          dir.resolve("interdict.yaml"),
          "scan:\n  fail-on: " + file + "\n  format: json\n",
          StandardCharsets.UTF_8);
    }
    Map<String, String> environment =
        variable.isEmpty() ? Map.of("PATH", "/bin") : Map.of("INTERDICT_SCAN_FAIL_ON", variable);
    List<String> args =
        new ArrayList<>(List.of("scan", fleet().toString(), "--as-of", "2024-08-01"));
    if (!flag.isEmpty()) {
      args.addAll(List.of("--fail-on", flag));
    }

    Run run = run(environment, args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isEqualTo(exit);
    assertThat(run.out()).startsWith(file.isEmpty() ? "Interdict scan" : "{");
  }

  @Test
  void configPrintsEachValueWithItsOrigin() throws Exception {
    Path named = dir.resolve("site.yaml");
    Files.writeString(
        named, "scan:\n  profile: us-federal-contractor\nlists:\n  update:\n    timeout: 30\n");

    Run run =
        run(
            Map.of("INTERDICT_SCAN_FORMAT", "sarif", "INTERDICT_JAVA_OPTS", "-Xmx2g"),
            "config",
            "--config",
            named.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("scan\\.profile\\s+us-federal-contractor\\s+" + named)
        .containsPattern("scan\\.format\\s+sarif\\s+environment INTERDICT_SCAN_FORMAT")
        .containsPattern("lists\\.update\\.timeout\\s+30\\s+" + named)
        .containsPattern("scan\\.input-format\\s+auto\\s+default")
        .doesNotContain("help.");
  }

  @Test
  void anUnknownKeyOrAMissingConfigFileIsAUsageError() throws Exception {
    Files.writeString(dir.resolve("interdict.yaml"), "scan:\n  profil: us-person\n");

    assertThatThrownBy(() -> run(Map.of(), "scan", "x.json"))
        .isInstanceOf(InterdictException.class)
        .hasMessageContaining("unknown key 'scan.profil'");
    assertThatThrownBy(
            () ->
                Configuration.load(
                    new String[] {"--config", dir.resolve("nope.yaml").toString()}, Map.of(), dir))
        .hasMessageContaining("nope.yaml is not a file");
  }

  @Test
  void completionCoversTheCommandsAndTheirOptions() {
    Run run = run(Map.of(), "completion");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("interdict Bash Completion", "scan", "--fail-on", "--waivers");
  }

  @Test
  void variableNamesFollowTheKeys() {
    assertThat(Configuration.variable("scan.fail-on")).isEqualTo("INTERDICT_SCAN_FAIL_ON");
    assertThat(Configuration.variable("lists.update.timeout"))
        .isEqualTo("INTERDICT_LISTS_UPDATE_TIMEOUT");
  }
}
