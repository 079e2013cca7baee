package org.interdict.spark.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.interdict.spark.LocalSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark screen job against the CLI's batch screen, on the committed development set and the
 * shared lists.
 */
class ScreenJobIT {
  private static final Path DEVSET =
      LocalSpark.repo("interdict-bench", "src", "main", "resources", "devset", "devset.csv");

  @BeforeAll
  static void startSpark() {
    LocalSpark.assumeSharedData();
    LocalSpark.session();
  }

  @Test
  void matchesEqualTheCliBatchOnTheDevelopmentSetOverSevenPartitions(@TempDir Path dir)
      throws Exception {
    String lists = LocalSpark.shared("data", "lists").toString();
    Path cliOut = dir.resolve("cli.csv");
    int cliCode =
        LocalSpark.cli(
            new StringBuilder(),
            "screen",
            "--input",
            DEVSET.toString(),
            "--column",
            "query",
            "--lists-dir",
            lists,
            "--format",
            "csv",
            "--output",
            cliOut.toString());
    Path sparkOut = dir.resolve("spark");
    int sparkCode =
        ScreenJob.run(
            new String[] {
              "--master",
              "local[2]",
              "--input",
              DEVSET.toString(),
              "--input-format",
              "csv",
              "--column",
              "query",
              "--lists-dir",
              lists,
              "--output",
              sparkOut.toString(),
              "--output-format",
              "csv",
              "--partitions",
              "7"
            });

    // the shared CSL has one malformed row (line 4233), so both flag it on every row and exit 4,
    // not 1
    assertThat(sparkCode).isEqualTo(cliCode).isEqualTo(4);
    List<List<String>> cliRows = LocalSpark.csv(cliOut);
    List<List<String>> sparkRows = LocalSpark.csvParts(sparkOut.resolve("matches"));
    assertThat(sparkRows.get(0)).containsExactly(append(cliRows.get(0), "explanation"));
    List<String> cli = keys(cliRows);
    List<String> spark = keys(sparkRows);
    assertThat(cli.stream().filter(key -> !key.contains("|||"))).hasSizeGreaterThan(1400);
    assertThat(cli.stream().filter(key -> key.contains("|||"))).hasSizeGreaterThan(100);
    assertThat(cli).allSatisfy(key -> assertThat(key).endsWith("|us-csl"));
    assertThat(spark).containsExactlyElementsOf(cli);
    assertThat(LocalSpark.csvParts(sparkOut.resolve("errors"))).hasSize(1);
  }

  @Test
  void badRowsBecomeErrorRowsAndGoodRowsAreStillScreened(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("names.csv");
    Files.writeString(
        input,
        "id,name\n"
            + "c-1,Kaspersky Lab\n"
            + "c-2\n"
            + "c-3,\"AO Kaspersky\n"
            + "Lab\"\n"
            + "c-4,Jane Nobody-Matches\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    int code =
        ScreenJob.run(
            new String[] {
              "--master",
              "local[2]",
              "--input",
              input.toString(),
              "--input-format",
              "csv",
              "--column",
              "name",
              "--id-column",
              "id",
              "--output",
              out.toString(),
              "--output-format",
              "parquet"
            });

    assertThat(code).isEqualTo(1);
    List<Row> matches =
        LocalSpark.session().read().parquet(out.resolve("matches").toString()).collectAsList();
    assertThat(matches)
        .filteredOn(row -> row.getString(0).equals("c-1"))
        .allSatisfy(row -> assertThat(row.getString(4)).isEqualTo("interdict-curated"))
        .anySatisfy(
            row -> assertThat(row.getString(row.fieldIndex("explanation"))).contains("\"parts\""));
    assertThat(matches)
        .filteredOn(row -> row.getString(0).equals("c-4"))
        .singleElement()
        .satisfies(row -> assertThat(row.isNullAt(row.fieldIndex("entity_id"))).isTrue());
    List<String> errors =
        LocalSpark.session()
            .read()
            .parquet(out.resolve("errors").toString())
            .collectAsList()
            .stream()
            .map(row -> row.getString(0) + ":" + row.getLong(1) + ":" + row.getString(2))
            .sorted()
            .toList();
    assertThat(errors)
        .containsExactly(
            input + ":3:malformed-input-row",
            input + ":4:malformed-input-row",
            input + ":5:malformed-input-row");
  }

  @Test
  void aMissingInputFailsAtOnceNamingThePath(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-names.csv");
    int code =
        ScreenJob.run(
            new String[] {
              "--master",
              "local[2]",
              "--input",
              missing.toString(),
              "--input-format",
              "csv",
              "--column",
              "name",
              "--output",
              dir.resolve("out").toString(),
              "--output-format",
              "json"
            });

    assertThat(code).isEqualTo(2);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static String[] append(List<String> header, String column) {
    List<String> all = new ArrayList<>(header);
    all.add(column);
    return all.toArray(String[]::new);
  }

  /**
   * "input_id|entity_id|score|incomplete_lists" per row, the score as the CLI prints it; "id|||..."
   * for a name without a match.
   */
  private static List<String> keys(List<List<String>> rows) {
    List<String> header = rows.get(0);
    int id = header.indexOf("input_id");
    int entity = header.indexOf("entity_id");
    int score = header.indexOf("score");
    int incomplete = header.indexOf("incomplete_lists");
    List<String> keys = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String value =
          row.get(score).isEmpty()
              ? ""
              : String.format(Locale.ROOT, "%.4f", Double.parseDouble(row.get(score)));
      keys.add(row.get(id) + "|" + row.get(entity) + "|" + value + "|" + row.get(incomplete));
    }
    return keys;
  }
}
