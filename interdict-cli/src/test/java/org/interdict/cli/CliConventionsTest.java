package org.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Issue 15: one-line usage errors, help wrapped by words with exit codes on every command, colour
 * rules.
 */
class CliConventionsTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine commandLine = InterdictCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "scan --as-of 2024-13-40 x.json | --as-of | 2024-13-40 | YYYY-MM-DD | interdict scan",
        "scan --frob x.json | --frob | --frob | Unknown option | interdict scan",
        "screen --min-score abc Kaspersky | --min-score | abc | not a double | interdict screen",
        "scan --format pdf x.json | pdf | pdf | table, json | interdict scan",
        "lists status --log-level loud | --log-level | loud | expected off, error | interdict",
        "catalog show | ID | ID | Missing required parameter | interdict catalog show",
      })
  void aUsageErrorIsOneLineThenWhereToReadMore(
      String args, String option, String value, String expected, String command) {
    Run run = run(args.strip().split(" "));

    List<String> lines = run.err().lines().toList();
    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .startsWith("interdict: ")
        .contains(option.strip(), value.strip(), expected.strip());
    assertThat(lines.get(1)).isEqualTo("see '" + command.strip() + " --help'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void everyCommandsHelpListsItsExitCodesAndKeepsOptionsWithTheirValues() {
    List<CommandLine> all = new ArrayList<>();
    collect(InterdictCommand.newCommandLine(), all);
    assertThat(all)
        .extracting(c -> c.getCommandSpec().qualifiedName())
        .contains(
            "interdict catalog",
            "interdict catalog list",
            "interdict serve",
            "interdict lists status");
    for (CommandLine command : all) {
      if (command.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
        continue;
      }
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
      String name = command.getCommandSpec().qualifiedName();
      assertThat(help).as(name).containsIgnoringCase("exit codes");
      List<String> lines = help.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(80);
        assertThat(line)
            .as(name + ": a value parted from its option")
            .doesNotMatch("^\\s*\\d{4}-\\d{2}-\\d{2}.*");
        if (line.matches(".*\\S +--[a-z][a-z-]*$") && i + 1 < lines.size()) {
          assertThat(lines.get(i + 1))
              .as(name + ": an option parted from its value: " + line)
              .doesNotMatch("^\\s*[0-9A-Z./<$].*");
        }
      }
    }
  }

  private static void collect(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  @Test
  void footersWrapByWordsUnderTheirIndentAndExamplesStayPasteable() {
    assertThat(
            HelpLayout.wrap(
                "  2  usage error; no input could be read; or part of an input could not be read "
                    + "and nothing covered was found",
                60))
        .containsExactly(
            "  2  usage error; no input could be read; or part of an",
            "     input could not be read and nothing covered was found");
    assertThat(
            HelpLayout.wrap(
                "  interdict scan sbom.cdx.json --profile us-federal-contractor --as-of 2024-09-29",
                66))
        .containsExactly(
            "  interdict scan sbom.cdx.json --profile us-federal-contractor \\",
            "      --as-of 2024-09-29");
    assertThat(
            HelpLayout.joinContinuations(
                List.of("  1  found; the report", "     is complete", "  2  usage")))
        .containsExactly("  1  found; the report is complete", "  2  usage");
  }

  @Test
  void catalogListAndShowWriteJsonToTheOutputFile(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path list = dir.resolve("catalog.json");
    java.nio.file.Path show = dir.resolve("regime.json");

    Run listed = run("catalog", "list", "--format", "json", "-o", list.toString());
    Run shown = run("catalog", "show", "us-icts-kaspersky-2024", "--output", show.toString());
    Run bad = run("catalog", "list", "--format", "yaml");

    assertThat(listed.exit()).isZero();
    assertThat(listed.out()).isEmpty();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.toFile());
    assertThat(json.get("schema").asText()).isEqualTo("interdict-catalog-list/1");
    assertThat(json.get("regimes").findValuesAsText("id")).contains("us-icts-kaspersky-2024");
    assertThat(json.get("vendors").findValuesAsText("id"))
        .contains("kaspersky", "kaspersky-endpoint-security");
    assertThat(shown.exit()).isZero();
    assertThat(java.nio.file.Files.readString(show))
        .contains("\"id\" : \"us-icts-kaspersky-2024\"");
    assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--format: 'yaml' is not a format; expected table or json");
    assertThat(dir.toFile().list())
        .as("no partial file left")
        .containsExactlyInAnyOrder("catalog.json", "regime.json");
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    assertThat(Colour.enabled(Map.of(), true)).isTrue();
    assertThat(Colour.enabled(Map.of(), false)).as("a pipe or a file").isFalse();
    assertThat(Colour.enabled(Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(Colour.enabled(Map.of("NO_COLOR", ""), true))
        .as("no-color.org: empty means unset")
        .isTrue();
    assertThat(Colour.enabled(Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(Colour.statusLine("PROHIBITED  Kaspersky"))
        .isEqualTo("\u001b[1;31mPROHIBITED\u001b[0m  Kaspersky");
    assertThat(Colour.statusLine("ADVISORY  X")).startsWith("\u001b[33mADVISORY");
    assertThat(Colour.statusLine("  WS-1: PROHIBITED")).isEqualTo("  WS-1: PROHIBITED");
  }

  @Test
  void theLogLevelComesFromTheRawArgumentsAndIsOffUnlessAskedFor() {
    assertThat(Verbosity.logLevel(new String[] {"scan", "x.json"})).isEqualTo("off");
    assertThat(Verbosity.logLevel(new String[] {"scan", "--verbose", "x.json"})).isEqualTo("info");
    assertThat(Verbosity.logLevel(new String[] {"--log-level", "DEBUG", "screen", "x"}))
        .isEqualTo("debug");
    assertThat(Verbosity.logLevel(new String[] {"screen", "--log-level=warn", "--verbose"}))
        .isEqualTo("warn");
    assertThat(Verbosity.logLevel(new String[] {"serve", "--port", "0"}))
        .as("a server's log")
        .isEqualTo("info");
    assertThat(Verbosity.logLevel(new String[] {"serve", "--quiet"})).isEqualTo("off");
    assertThat(Verbosity.logLevel(new String[] {"screen", "--", "--verbose"})).isEqualTo("off");
  }
}
