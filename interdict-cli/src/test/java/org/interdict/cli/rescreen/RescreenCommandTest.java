package org.interdict.cli.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.cli.InterdictCommand;
import org.interdict.testing.Prerequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code interdict rescreen} between the real SDN snapshots of 2024-04-26 and 2024-05-03. */
class RescreenCommandTest {
  @TempDir Path temp;

  private static Path snapshot(String date) {
    Path dir =
        Prerequisites.sharedDir()
            .resolve("data")
            .resolve("lists")
            .resolve("us_ofac_sdn")
            .resolve(date);
    Prerequisites.require(
        Files.isRegularFile(dir.resolve("sdn.csv")), "shared SDN snapshot not found at " + dir);
    return dir;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = InterdictCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void reportsNewAndGoneHitsOfTheWeeklyChange() throws Exception {
    Path from = snapshot("2024-04-26");
    Path to = snapshot("2024-05-03");
    Path parties = temp.resolve("parties.csv");
    Files.writeString(
        parties,
        "\uFEFFid,name\n"
            + "v1,Wuhan Global Sensor Technology Co Ltd\n"
            + "v2,Emperor Aviation Limited\n"
            + "v3,Bakery Schmidt GmbH\n"
            + "short-row\n"
            + "v4,Artmarine LLC\n",
        StandardCharsets.UTF_8);
    Run run =
        run(
            "rescreen",
            "--parties",
            parties.toString(),
            "--column",
            "name",
            "--id-column",
            "id",
            "--from",
            from.toString(),
            "--to",
            to.toString(),
            "--format",
            "json");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(parties + ":5: malformed-input-row").contains("Re-screened");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("schema").asText()).isEqualTo("interdict-rescreen/1");
    assertThat(root.path("change").path("added").asInt()).isEqualTo(305);
    assertThat(root.path("change").path("removed").asInt()).isEqualTo(8);
    StringBuilder changes = new StringBuilder();
    for (JsonNode change : root.path("changes")) {
      changes
          .append(change.path("change").asText())
          .append(' ')
          .append(change.path("inputId").asText())
          .append(' ')
          .append(change.path("entityId").asText())
          .append(' ')
          .append(change.path("reason").asText())
          .append('\n');
    }
    assertThat(changes.toString())
        .contains("new v1 us-ofac-sdn:46633 entry-added")
        .contains("new v4 us-ofac-sdn:47987 entry-added")
        .contains("gone v2 us-ofac-sdn:38556 entry-removed")
        .doesNotContain(" v3 ");
  }

  @Test
  void tableAndMissingOptions() {
    Path from = snapshot("2024-04-26");
    assertThat(run("rescreen", "--from", from.toString()).code()).isEqualTo(2);
    assertThat(
            run(
                    "rescreen",
                    "--parties",
                    "nope.csv",
                    "--column",
                    "name",
                    "--from",
                    from.toString(),
                    "--to",
                    from.toString())
                .code())
        .isEqualTo(2);
  }

  /**
   * Issue 9, failure 6: the rescreen CSV wrote stored party names that look like formulas
   * unescaped.
   */
  @Test
  void csvDefusesFormulasInStoredNames() throws Exception {
    Path parties = temp.resolve("parties.csv");
    Files.writeString(
        parties, "id,name\n-v1,=Wuhan Global Sensor Technology Co Ltd\n", StandardCharsets.UTF_8);

    Run run =
        run(
            "rescreen",
            "--parties",
            parties.toString(),
            "--column",
            "name",
            "--id-column",
            "id",
            "--from",
            snapshot("2024-04-26").toString(),
            "--to",
            snapshot("2024-05-03").toString(),
            "--format",
            "csv");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "new,'-v1,'=Wuhan Global Sensor Technology Co Ltd,us-ofac-sdn:46633,"));
  }

  /**
   * Issue 9, failure 1: an incomplete list on either side makes "no new hit" unprovable: exit 4,
   * not 0 or 1.
   */
  @Test
  void anIncompleteListExitsFourAndNamesIt() throws Exception {
    byte[] bytes = Files.readAllBytes(snapshot("2024-05-03").resolve("sdn.csv"));
    bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\n27966,\"ACL ITHALAT") + 9] =
        (byte) 0xC7;
    Path to = temp.resolve("to");
    Files.createDirectories(to);
    Files.write(to.resolve("sdn.csv"), bytes);
    Path parties = temp.resolve("parties.csv");
    Files.writeString(
        parties, "id,name\nv1,Wuhan Global Sensor Technology Co Ltd\n", StandardCharsets.UTF_8);

    Run run =
        run(
            "rescreen",
            "--parties",
            parties.toString(),
            "--column",
            "name",
            "--from",
            snapshot("2024-04-26").toString(),
            "--to",
            to.toString(),
            "--format",
            "csv");

    assertThat(run.code()).isEqualTo(org.interdict.cli.ExitCodes.INCOMPLETE_LISTS);
    assertThat(run.err())
        .contains("incomplete list: --to us-ofac-sdn: 1 problem")
        .contains("sdn.csv:7001");
    assertThat(run.out()).contains("us-ofac-sdn:46633");
  }
}
