package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code interdict screen --lists-dir} against the EU FSF and UK Sanctions List fixtures of
 * interdict-core.
 */
class ScreenEuUkListsTest {
  private static final Path LISTS =
      Path.of("..", "interdict-core", "src", "test", "resources", "fixtures", "lists", "eu-uk");

  @Test
  void findsTheEuAndUkEntriesOfOnePersonWithTheirListIds() {
    assertThat(LISTS).as("fixture folder in interdict-core").isDirectory();
    ScreenCommandTest.Run run =
        ScreenCommandTest.run("screen", "--lists-dir", LISTS.toString(), "Vladimir Putin");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("eu-fsf (2026-11-27, 4 entries)")
        .contains("uk-sanctions-list (2026-11-27, 4 entries)");
    assertThat(run.out()).contains("eu-fsf:900001").contains("uk-sanctions-list:RUS9001");
  }

  @Test
  void jsonNamesTheListOfEachMatchAndTheListFilterSelectsOne() throws Exception {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run(
            "screen",
            "--lists-dir",
            LISTS.toString(),
            "--format",
            "json",
            "--list",
            "uk-sanctions-list",
            "Сбербанк",
            "Sergey Lavrov");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> ids = new ArrayList<>();
    root.path("results")
        .forEach(
            result ->
                result.path("matches").forEach(match -> ids.add(match.path("entityId").asText())));
    assertThat(ids)
        .contains("uk-sanctions-list:RUS9003", "uk-sanctions-list:RUS9002")
        .allSatisfy(id -> assertThat(id).startsWith("uk-sanctions-list:"));
  }

  @Test
  void aWeakAliasIsFoundAndAnUnrelatedNameIsNot() {
    assertThat(ScreenCommandTest.run("screen", "--lists-dir", LISTS.toString(), "PMC Wagner").out())
        .contains("eu-fsf:900003");
    assertThat(
            ScreenCommandTest.run(
                    "screen", "--lists-dir", LISTS.toString(), "Kasparov Chess Foundation")
                .exitCode())
        .isZero();
    assertThat(Files.isRegularFile(LISTS.resolve("README.md"))).isTrue();
  }
}
