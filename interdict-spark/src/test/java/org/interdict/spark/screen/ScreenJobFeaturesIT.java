package org.interdict.spark.screen;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interdict.spark.LocalSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark screen job with feature columns against the CLI's batch screen with the same columns
 * (issue 11): yente's UN positives and global negatives with their birth dates and nationalities,
 * against the shared official lists. Both must give the same matches, scores and score parts, and
 * skip the same rows.
 */
class ScreenJobFeaturesIT {
  private static final int ROWS_EACH = 150;

  @BeforeAll
  static void startSpark() {
    LocalSpark.assumeSharedData();
    LocalSpark.session();
  }

  @Test
  void featureColumnsScoreAlikeOnSparkAndInTheCliBatch(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("people.csv");
    writeInput(input);
    String lists = LocalSpark.shared("data", "lists").toString();
    Path cliOut = dir.resolve("cli.csv");
    StringBuilder cliErr = new StringBuilder();
    int cliCode =
        LocalSpark.cli(
            cliErr,
            "screen",
            "--input",
            input.toString(),
            "--column",
            "name",
            "--id-column",
            "id",
            "--dob-column",
            "dob",
            "--country-column",
            "country",
            "--identifier-column",
            "identifier",
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
              input.toString(),
              "--input-format",
              "csv",
              "--column",
              "name",
              "--id-column",
              "id",
              "--dob-column",
              "dob",
              "--country-column",
              "country",
              "--identifier-column",
              "identifier",
              "--lists-dir",
              lists,
              "--output",
              sparkOut.toString(),
              "--output-format",
              "csv",
              "--partitions",
              "3"
            });

    assertThat(sparkCode).as(cliErr.toString()).isEqualTo(cliCode);
    List<String> cli = keys(LocalSpark.csv(cliOut));
    List<String> spark = keys(LocalSpark.csvParts(sparkOut.resolve("matches")));
    assertThat(spark).containsExactlyInAnyOrderElementsOf(cli);
    // the features reached the scorer: listed birth dates agreed on some matches
    assertThat(spark)
        .anySatisfy(key -> assertThat(key).containsPattern("birth-date=0\\.[0-9]*[1-9]"));
    int badRows = badRows(cliErr.toString());
    assertThat(LocalSpark.csvParts(sparkOut.resolve("errors")).size() - 1)
        .as(cliErr.toString())
        .isEqualTo(badRows)
        .isPositive();
  }

  /**
   * The first rows of yente's UN positives and global negatives as id,name,dob,country,identifier;
   * one row with an unreadable date, which both must skip.
   */
  private static void writeInput(Path input) throws IOException {
    Path yente = LocalSpark.shared("data", "name-matching", "yente");
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8);
        CsvWriter csv =
            CsvWriter.builder()
                .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF)
                .build(out)) {
      csv.writeRecord("id", "name", "dob", "country", "identifier");
      for (String file : List.of("positives_un_treated.csv", "negatives_global.csv")) {
        try (CsvReader<CsvRecord> rows =
            CsvReader.builder()
                .ofCsvRecord(
                    Files.newBufferedReader(yente.resolve(file), StandardCharsets.UTF_8))) {
          int taken = -1;
          for (CsvRecord row : rows) {
            if (taken++ < 0) {
              continue;
            }
            if (taken > ROWS_EACH) {
              break;
            }
            csv.writeRecord(
                file.substring(0, 3) + "-" + taken,
                oneLine(row.getField(0)),
                oneLine(row.getField(5)),
                oneLine(row.getField(7)),
                "");
          }
        }
      }
      csv.writeRecord("bad-1", "Vladimir Putin", "next summer", "", "");
    }
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace("\"", "");
  }

  private static int badRows(String cliErr) {
    var matcher =
        java.util.regex.Pattern.compile("Screened \\d+ names: \\d+ with matches, (\\d+) bad rows")
            .matcher(cliErr);
    assertThat(matcher.find()).as(cliErr).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  /** "input_id|entity_id|score|score_parts" per row, the score as the CLI prints it. */
  private static List<String> keys(List<List<String>> rows) {
    List<String> header = rows.get(0);
    int id = header.indexOf("input_id");
    int entity = header.indexOf("entity_id");
    int score = header.indexOf("score");
    int parts = header.indexOf("score_parts");
    List<String> keys = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      String value =
          row.get(score).isEmpty()
              ? ""
              : String.format(Locale.ROOT, "%.4f", Double.parseDouble(row.get(score)));
      keys.add(row.get(id) + "|" + row.get(entity) + "|" + value + "|" + row.get(parts));
    }
    return keys;
  }
}
