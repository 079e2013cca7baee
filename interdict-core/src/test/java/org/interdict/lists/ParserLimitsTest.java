package org.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interdict.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, failure 5: a list field over FastCSV's 16 MiB buffer aborted the whole load with a raw
 * CsvParseException, without the file name, and the other lists of the folder were not loaded.
 */
class ParserLimitsTest {
  private static final int HUGE = 17 * 1024 * 1024;

  @Test
  void aFieldOverSixteenMebibytesIsAnErrorNamingFileAndLineAndTheOtherListsStillLoad(
      @TempDir Path dir) throws Exception {
    Path csl = dir.resolve("csl/consolidated.csv");
    Files.createDirectories(csl.getParent());
    List<String> lines =
        Files.readAllLines(
            SharedLists.file("us_csl/2025-06-25-sample/consolidated.csv"), StandardCharsets.UTF_8);
    int columns = lines.get(0).split(",", -1).length;
    try (Writer out = Files.newBufferedWriter(csl, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 6; i++) {
        out.write(lines.get(i) + "\n");
      }
      out.write(
          "\"huge-1\",\"Entity List (EL) - Bureau of Industry and Security\",\"\",\"Entity\",\"\",\"HUGE\"");
      out.write(",\"".repeat(1) + "x".repeat(HUGE) + "\"");
      out.write(",\"\"".repeat(columns - 7) + "\n");
      for (int i = 6; i < lines.size(); i++) {
        out.write(lines.get(i) + "\n");
      }
    }
    Path un = dir.resolve("un/UN_consolidated.xml");
    Files.createDirectories(un.getParent());
    Files.copy(SharedLists.file("un_sc_consolidated/2026-02-27/UN_consolidated.xml"), un);

    LoadedLists loaded = ListLoader.fromDirectory(dir);

    assertThat(loaded.lists())
        .extracting(ListInfo::listId)
        .containsExactlyInAnyOrder("us-csl", "un-sc-consolidated");
    assertThat(
            loaded.parties().stream().filter(p -> p.id().startsWith("un-sc-consolidated:")).count())
        .isEqualTo(1_003);
    assertThat(loaded.parties()).extracting(Party::primaryName).doesNotContain("HUGE");
    assertThat(
            loaded.parties().stream().filter(p -> p.source().listId().startsWith("us-csl")).count())
        .isEqualTo(5);
    assertThat(loaded.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.errorId()).isEqualTo(ListErrors.PARSER_LIMIT);
              assertThat(error.location().file()).isEqualTo(csl.toString());
              assertThat(error.location().line()).isEqualTo(7);
              assertThat(error.message()).contains("the rest of the file is not read");
            });
    ListInfo cslInfo =
        loaded.lists().stream()
            .filter(info -> info.listId().equals("us-csl"))
            .findFirst()
            .orElseThrow();
    assertThat(cslInfo.complete()).isFalse();
    assertThat(loaded.incompleteLists()).containsExactly(cslInfo);
  }
}
