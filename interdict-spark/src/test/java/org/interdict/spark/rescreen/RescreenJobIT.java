package org.interdict.spark.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * The Spark rescreen against the CLI's, on the development set and two shared SDN snapshots a week
 * apart.
 */
class RescreenJobIT {
  private static final Path DEVSET =
      LocalSpark.repo("interdict-bench", "src", "main", "resources", "devset", "devset.csv");

  @BeforeAll
  static void startSpark() {
    LocalSpark.assumeSharedData();
    LocalSpark.session();
  }

  @Test
  void changesEqualTheCliRescreenOverThreePartitions(@TempDir Path dir) throws IOException {
    Path parties = sdnQueries(dir.resolve("parties.csv"));
    String from = LocalSpark.shared("data", "lists", "us_ofac_sdn", "2024-04-26").toString();
    String to = LocalSpark.shared("data", "lists", "us_ofac_sdn", "2024-05-03").toString();
    Path cliOut = dir.resolve("cli.csv");
    int cliCode =
        LocalSpark.cli(
            new StringBuilder(),
            "rescreen",
            "--parties",
            parties.toString(),
            "--column",
            "query",
            "--from",
            from,
            "--to",
            to,
            "--format",
            "csv",
            "--output",
            cliOut.toString());
    Path sparkOut = dir.resolve("spark");
    int sparkCode =
        RescreenJob.run(
            new String[] {
              "--master",
              "local[2]",
              "--parties",
              parties.toString(),
              "--column",
              "query",
              "--from",
              from,
              "--to",
              to,
              "--output",
              sparkOut.toString(),
              "--output-format",
              "csv",
              "--partitions",
              "3"
            });

    assertThat(sparkCode).isEqualTo(cliCode);
    List<String> cli = keys(LocalSpark.csv(cliOut));
    assertThat(cli).isNotEmpty();
    assertThat(keys(LocalSpark.csvParts(sparkOut.resolve("changes"))))
        .containsExactlyInAnyOrderElementsOf(cli);
  }

  /** The development set's SDN queries and its first 200 negatives, which keeps the test short. */
  private static Path sdnQueries(Path file) throws IOException {
    List<String> lines = Files.readAllLines(DEVSET, StandardCharsets.UTF_8);
    List<String> kept = new ArrayList<>(List.of(lines.get(0)));
    lines.stream().skip(1).filter(line -> line.contains(",us-ofac-sdn:")).forEach(kept::add);
    lines.stream()
        .skip(1)
        .filter(line -> line.contains(",negative,"))
        .limit(200)
        .forEach(kept::add);
    Files.write(file, kept, StandardCharsets.UTF_8);
    return file;
  }

  /** "change|input_id|entity_id|score|reason" per row. */
  private static List<String> keys(List<List<String>> rows) {
    List<String> header = rows.get(0);
    List<String> keys = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      keys.add(
          row.get(header.indexOf("change"))
              + "|"
              + row.get(header.indexOf("input_id"))
              + "|"
              + row.get(header.indexOf("entity_id"))
              + "|"
              + String.format(
                  Locale.ROOT, "%.4f", Double.parseDouble(row.get(header.indexOf("score"))))
              + "|"
              + row.get(header.indexOf("reason")));
    }
    return keys;
  }
}
