package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.cli.InterdictCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code interdict screen} in-process against the bundled curated snapshot. */
class ScreenCommandTest {
  @TempDir Path temp;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = InterdictCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void matchExitsOneAndTableNamesListsAndExplains() {
    Run run = run("screen", "Kaspersky Lab");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Lists used: interdict-curated (2024-06-24, 15 entries)");
    assertThat(run.out())
        .contains("interdict-curated:ao-kaspersky-lab")
        .contains("why: kaspersky~kaspersky exact");
  }

  @Test
  void noMatchExitsZero() {
    Run run = run("screen", "Kasparov Chess Foundation");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("no match at or above 0.76");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("screen").exitCode()).isEqualTo(2);
    assertThat(run("screen", "x", "--min-score", "1.5").exitCode()).isEqualTo(2);
    assertThat(run("screen", "x", "--format", "yaml").exitCode()).isEqualTo(2);
  }

  @Test
  void unknownListAndTypeAreRejectedWithTheValidOnes() {
    Run list = run("screen", "Kaspersky Lab", "--list", "eu-fsf");
    assertThat(list.exitCode()).isEqualTo(2);
    assertThat(list.err()).contains("eu-fsf").contains("interdict-curated");
    Run type = run("screen", "Kaspersky Lab", "--type", "company");
    assertThat(type.exitCode()).isEqualTo(2);
    assertThat(type.err()).contains("individual, entity, vessel, aircraft, unknown");
  }

  @Test
  void unknownProgramsAndCountriesAreRejected() {
    Run program = run("screen", "Kaspersky Lab", "--program", "NO-SUCH-PROGRAM");
    assertThat(program.exitCode()).isEqualTo(2);
    assertThat(program.err()).contains("NO-SUCH-PROGRAM").contains("entity-list");
    Run country = run("screen", "Kaspersky Lab", "--country", "Atlantis");
    assertThat(country.exitCode()).isEqualTo(2);
    assertThat(country.err()).contains("Atlantis").contains("ISO 3166").contains("russia");
    // the curated snapshot writes Russia: its codes and other English names select it too
    for (String russia : java.util.List.of("RU", "RUS", "Russian Federation", "russian")) {
      assertThat(run("screen", "Kaspersky Lab", "--country", russia).exitCode())
          .as(russia)
          .isEqualTo(1);
    }
    // a real country no loaded party is tied to is still rejected, not matched to nothing
    assertThat(run("screen", "Kaspersky Lab", "--country", "FR").exitCode()).isEqualTo(2);
    assertThat(
            run("screen", "Kaspersky Lab", "--country", "russia", "--program", "ENTITY-LIST")
                .exitCode())
        .isEqualTo(1);
  }

  @Test
  void filtersByTypeAndList() {
    assertThat(run("screen", "Kaspersky Lab", "--type", "individual").exitCode()).isEqualTo(0);
    assertThat(
            run("screen", "Kaspersky Lab", "--list", "interdict-curated", "--type", "entity")
                .exitCode())
        .isEqualTo(1);
  }

  @Test
  void theHeaderNamesTheScorerChosen() throws IOException {
    Run run = run("screen", "--format", "json", "--scorer", "aligned-tokens-v1", "Kaspersky Lab");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("tool").path("scorer").asText()).isEqualTo("aligned-tokens-v1");
    assertThat(
            root.path("results")
                .get(0)
                .path("matches")
                .get(0)
                .path("explanation")
                .path("scorer")
                .asText())
        .isEqualTo("aligned-tokens-v1");
    assertThat(run("screen", "Kaspersky Lab").out()).contains("(scorer entity-v1)");
  }

  @Test
  void jsonCarriesToolListsQueryAndExplanations() throws IOException {
    Run run = run("screen", "--format", "json", "Лаборатория Касперского", "nobody at all");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("schema").asText()).isEqualTo("interdict-screening/1");
    // the header names the scorer the results were scored by (each match's explanation says the
    // same)
    assertThat(root.path("tool").path("scorer").asText()).isEqualTo("entity-v1");
    assertThat(root.path("lists").get(0).path("id").asText()).isEqualTo("interdict-curated");
    assertThat(root.path("lists").get(0).path("entryCount").asInt()).isEqualTo(15);
    JsonNode first = root.path("results").get(0);
    assertThat(first.path("normalized").path("steps").toString()).contains("transliterate");
    JsonNode match = first.path("matches").get(0);
    assertThat(match.path("entityId").asText()).isEqualTo("interdict-curated:ao-kaspersky-lab");
    assertThat(match.path("nameKind").asText()).isEqualTo("alias");
    assertThat(match.path("explanation").path("parts").path("score").asDouble()).isEqualTo(1.0);
    assertThat(root.path("results").get(1).path("matches").size()).isZero();
  }

  @Test
  void csvBatchKeepsOrderReportsBadRowsAndGoesOn() throws IOException {
    StringBuilder csv = new StringBuilder("id,name,country\n");
    csv.append("a1,Kaspersky Lab,RU\n");
    csv.append("a2\n");
    csv.append("a3,\"\",RU\n");
    csv.append("a4,").append("x".repeat(10_000)).append(",RU\n");
    csv.append("a5,\"Mixed Лаборатория \u0007 Kaspersky\",RU\n");
    for (int i = 6; i < 5000; i++) {
      csv.append('a').append(i).append(",Person Number ").append(i).append(",US\n");
    }
    csv.append("last,OOO Kaspersky Group,RU\n");
    Path input = temp.resolve("names.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    Path output = temp.resolve("out.csv");
    Run run =
        run(
            "screen",
            "--input",
            input.toString(),
            "--column",
            "name",
            "--id-column",
            "id",
            "--output",
            output.toString(),
            "--threads",
            "2");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(input + ":3: malformed-input-row");
    var lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("input_id,query,score,entity_id,list");
    assertThat(lines.get(1)).startsWith("a1,Kaspersky Lab,1.0000,interdict-curated:");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("a4,").endsWith(",true,,"));
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).startsWith("a3,").endsWith(",nothing-to-screen"));
    assertThat(run.err())
        .contains("1 bad rows, 1 not screened completely")
        .contains("warning: input id a3: nothing-to-screen");
    assertThat(lines.get(lines.size() - 1))
        .startsWith("last,OOO Kaspersky Group,1.0000,interdict-curated:ooo-kaspersky-group");
    assertThat(lines.stream().filter(l -> l.startsWith("a3,")).count()).isEqualTo(1);
    java.util.List<Integer> order =
        lines.stream()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .filter(id -> id.matches("a\\d+"))
            .map(id -> Integer.parseInt(id.substring(1)))
            .toList();
    assertThat(order).isSorted().contains(1, 4, 5, 4999);
  }

  /**
   * A name with nothing to compare, or in a script without a romanization, gives no match that
   * proves nothing: it is marked in every format and, without another name matching, exits 2 as an
   * unreadable input does, never 0.
   */
  @Test
  void namesThatCannotBeScreenedAreNeverReadAsNoMatch() throws IOException {
    Run punctuation = run("screen", "!!!");
    assertThat(punctuation.exitCode()).isEqualTo(2);
    assertThat(punctuation.out())
        .contains("WARNING: nothing-to-screen")
        .contains("no match, which proves nothing")
        .doesNotContain("no match at or above");
    assertThat(punctuation.err()).contains("warning: name 1: nothing-to-screen");

    Run khmer = run("screen", "ប៉ុល ពត", "--format", "json");
    assertThat(khmer.exitCode()).isEqualTo(2);
    JsonNode json = new ObjectMapper().readTree(khmer.out());
    assertThat(json.path("results").get(0).path("problem").path("id").asText())
        .isEqualTo("unromanized-script");
    assertThat(json.path("results").get(0).path("problem").path("message").asText())
        .contains("Khmer");
    assertThat(json.path("incompleteQueries").asInt()).isEqualTo(1);

    Run clean = run("screen", "Kasparov Chess Foundation", "--format", "json");
    assertThat(clean.exitCode()).isEqualTo(0);
    JsonNode cleanJson = new ObjectMapper().readTree(clean.out());
    assertThat(cleanJson.path("results").get(0).path("problem").isNull()).isTrue();
    assertThat(cleanJson.path("incompleteQueries").asInt()).isZero();

    // a match is still reported as one, with the other name's problem beside it
    Run mixed = run("screen", "!!!", "Kaspersky Lab");
    assertThat(mixed.exitCode()).isEqualTo(1);
    assertThat(mixed.out()).contains("WARNING: nothing-to-screen");
  }

  @Test
  void aBatchWithASkippedRowOrAnEmptyNameAndNoMatchExitsTwo() throws IOException {
    Path skipped = temp.resolve("skipped.csv");
    Files.writeString(skipped, "id,name\nb1,Person Number One\nb2\n", StandardCharsets.UTF_8);
    Run one = run("screen", "--input", skipped.toString(), "--column", "name");
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains(skipped + ":3: malformed-input-row").contains("proves nothing");

    Path empty = temp.resolve("empty-name.csv");
    Files.writeString(empty, "id,name\nb1,Person Number One\nb2,\n", StandardCharsets.UTF_8);
    Run two = run("screen", "--input", empty.toString(), "--column", "name", "--id-column", "id");
    assertThat(two.exitCode()).isEqualTo(2);
    assertThat(two.out().lines())
        .anySatisfy(l -> assertThat(l).isEqualTo("b2,,,,,,,,,,,,,false,,nothing-to-screen"));
    assertThat(two.err()).contains("warning: input id b2: nothing-to-screen");

    Path fine = temp.resolve("fine.csv");
    Files.writeString(fine, "id,name\nb1,Person Number One\n", StandardCharsets.UTF_8);
    assertThat(run("screen", "--input", fine.toString(), "--column", "name").exitCode()).isZero();
  }

  @Test
  void missingInputOrColumnExitsTwo() throws IOException {
    Run missing = run("screen", "--input", temp.resolve("nope.csv").toString(), "--column", "name");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.csv");
    Path input = temp.resolve("in.csv");
    Files.writeString(input, "id,who\n1,Kaspersky Lab\n", StandardCharsets.UTF_8);
    Run noColumn = run("screen", "--input", input.toString(), "--column", "name");
    assertThat(noColumn.exitCode()).isEqualTo(2);
    assertThat(noColumn.err()).contains("no column 'name'").contains("[id, who]");
  }

  @Test
  void jsonBatchIsOneDocument() throws IOException {
    Path input = temp.resolve("in.csv");
    Files.writeString(input, "name\nKaspersky Labs Ltd\nnobody\n", StandardCharsets.UTF_8);
    Run run = run("screen", "--input", input.toString(), "--column", "name", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("results").size()).isEqualTo(2);
    assertThat(root.path("results").get(0).path("inputId").asText()).isEqualTo("2");
  }
}
