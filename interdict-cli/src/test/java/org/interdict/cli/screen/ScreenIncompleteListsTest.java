package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.interdict.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, failure 1 at the command line: with one Latin-1 byte on line 7,001 of the real SDN file,
 * {@code screen} answered "no match", exit 0, for a listed bank further down the file. The damaged
 * copy is built at run time from the shared data, never committed.
 */
class ScreenIncompleteListsTest {
  @TempDir Path temp;
  Path lists;

  @BeforeEach
  void damagedSdn() throws Exception {
    Path sdn =
        Path.of(
                System.getProperty("interdict.shared.dir", "../../shared"),
                "data/lists/us_ofac_sdn/2024-05-03/sdn.csv")
            .toAbsolutePath();
    assumeTrue(Files.isRegularFile(sdn), "shared SDN file not found at " + sdn);
    byte[] bytes = Files.readAllBytes(sdn);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\n27966,\"ACL ITHALAT") + 9;
    bytes[at] = (byte) 0xC7;
    lists = temp.resolve("lists/us_ofac_sdn/2024-05-03");
    Files.createDirectories(lists);
    Files.write(lists.resolve("sdn.csv"), bytes);
    lists = temp.resolve("lists");
  }

  @Test
  void tableFindsTheBankAfterTheBadByteButExitsIncompleteAndSaysWhy() {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run("screen", "Central Bank of Syria", "--lists-dir", lists.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE_LISTS);
    assertThat(run.out())
        .contains("us-ofac-sdn:30663")
        .contains("us-ofac-sdn (2024-05-03, 14965 entries, INCOMPLETE: 1 problem)")
        .contains("WARNING: incomplete lists")
        .contains("sdn.csv:7001: bad-list-encoding");
    assertThat(run.err()).contains("sdn.csv:7001");
  }

  @Test
  void noMatchAgainstAnIncompleteListIsNotAClean() {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run(
            "screen", "Kasparov Chess Foundation", "--lists-dir", lists.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE_LISTS);
    assertThat(run.out()).contains("no match at or above").contains("WARNING: incomplete lists");
  }

  @Test
  void jsonNamesTheIncompleteListAndItsProblems() throws Exception {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run(
            "screen", "Central Bank of Syria", "--lists-dir", lists.toString(), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE_LISTS);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("complete").asBoolean(true)).isFalse();
    JsonNode sdn = null;
    for (JsonNode list : json.path("lists")) {
      if (list.path("id").asText().equals("us-ofac-sdn")) {
        sdn = list;
      }
    }
    assertThat(sdn).isNotNull();
    assertThat(sdn.path("complete").asBoolean(true)).isFalse();
    assertThat(sdn.path("problemCount").asInt()).isEqualTo(1);
    assertThat(sdn.path("problems").get(0).asText()).contains("sdn.csv:7001: bad-list-encoding");
    assertThat(json.path("incompleteLists").get(0).asText()).isEqualTo("us-ofac-sdn");
  }

  @Test
  void csvMarksEveryRowWithTheIncompleteLists() throws Exception {
    Path input = temp.resolve("names.csv");
    Files.writeString(
        input, "name\nCentral Bank of Syria\nKasparov Chess Foundation\n", StandardCharsets.UTF_8);

    ScreenCommandTest.Run run =
        ScreenCommandTest.run(
            "screen",
            "--input",
            input.toString(),
            "--column",
            "name",
            "--lists-dir",
            lists.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE_LISTS);
    java.util.List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).endsWith(",incomplete_lists,query_problem");
    assertThat(lines.subList(1, lines.size()))
        .hasSizeGreaterThan(1)
        .allSatisfy(line -> assertThat(line).endsWith(",us-ofac-sdn,"));
    assertThat(run.out()).contains("us-ofac-sdn:30663");
    assertThat(run.err()).contains("incomplete").contains("sdn.csv:7001");
  }
}
