package org.interdict.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interdict.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --input PAIRS.csv} with each side's features from its own columns (issue 11 point
 * 5), on a fixture of public facts (birth dates of heads of government, an IMO number, a tax
 * number): the features move the score the way the explanation says, one row per input row.
 */
class CompareInputFeaturesIT {
  @TempDir Path temp;

  private static Path fixture() throws URISyntaxException {
    return Path.of(
        CompareInputFeaturesIT.class.getResource("/compare/pairs-with-features.csv").toURI());
  }

  private static List<String> withFeatureColumns(String... more) throws URISyntaxException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--input",
                fixture().toString(),
                "--left-column",
                "name_a",
                "--right-column",
                "name_b",
                "--type-column",
                "schema",
                "--dob-a-column",
                "dob_a",
                "--dob-b-column",
                "dob_b",
                "--country-a-column",
                "country_a",
                "--country-b-column",
                "country_b",
                "--identifier-a-column",
                "id_a",
                "--identifier-b-column",
                "id_b"));
    args.addAll(List.of(more));
    return args;
  }

  private static List<JsonNode> results(CliRun run) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).path("results").forEach(rows::add);
    return rows;
  }

  private static double part(JsonNode row, String id) {
    return row.path("explanation").path("parts").path(id).asDouble();
  }

  @Test
  void featureColumnsMoveEachPairsScoreAndTheExplanationSaysWhy() throws Exception {
    CliRun features = CliRun.of(withFeatureColumns("--format", "json").toArray(String[]::new));
    CliRun namesOnly =
        CliRun.of(
            "compare",
            "--input",
            fixture().toString(),
            "--left-column",
            "name_a",
            "--right-column",
            "name_b",
            "--type-column",
            "schema",
            "--format",
            "json");
    assertThat(features.exit()).as(features.err()).isEqualTo(1);
    List<JsonNode> rows = results(features);
    List<JsonNode> plain = results(namesOnly);
    assertThat(rows)
        .extracting(r -> r.path("row").asText())
        .containsExactly("2", "3", "4", "5", "6", "7");
    assertThat(plain).hasSize(6);

    JsonNode same = rows.get(0);
    assertThat(same.path("match").asBoolean()).isTrue();
    assertThat(part(same, "birth-date")).isPositive();
    assertThat(part(same, "country")).isPositive();
    assertThat(same.path("score").asDouble()).isGreaterThan(plain.get(0).path("score").asDouble());

    JsonNode namesake = rows.get(1);
    assertThat(plain.get(1).path("match").asBoolean()).isTrue();
    assertThat(namesake.path("match").asBoolean()).isFalse();
    assertThat(part(namesake, "birth-date")).isNegative();

    JsonNode swapped = rows.get(2);
    assertThat(part(swapped, "birth-date")).isPositive();
    assertThat(swapped.path("score").asDouble())
        .isGreaterThanOrEqualTo(plain.get(2).path("score").asDouble());

    for (int vesselOrBank : new int[] {3, 4}) {
      JsonNode row = rows.get(vesselOrBank);
      assertThat(part(row, "identifier")).as(row.toString()).isPositive();
      assertThat(row.path("match").asBoolean()).as(row.toString()).isTrue();
      assertThat(row.path("score").asDouble())
          .isGreaterThan(plain.get(vesselOrBank).path("score").asDouble());
    }

    JsonNode nameOnly = rows.get(5);
    assertThat(nameOnly.path("score").asDouble()).isEqualTo(plain.get(5).path("score").asDouble());
    assertThat(part(nameOnly, "birth-date")).isZero();
  }

  @Test
  void theCsvFormatCarriesTheFeaturePartsInScoreParts() throws Exception {
    Path out = temp.resolve("scores.csv");
    CliRun run = CliRun.of(withFeatureColumns("--output", out.toString()).toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).isEqualTo(String.join(",", CompareCommand.HEADER));
    assertThat(lines.get(2))
        .startsWith("3,Vladimir Putin,")
        .contains(",false,entity-v1,")
        .contains("birth-date=-");
    assertThat(lines.get(4)).startsWith("5,Ever Given,EVER GIVEN SHIP,").contains(",true,");
  }

  @Test
  void aBadFeatureCellNamesTheFileAndLine() throws Exception {
    Path pairs = temp.resolve("pairs.csv");
    Files.writeString(
        pairs,
        "a,dob_a,b\nOlaf Scholz,1958-06-14,Olaf Scholz\nAngela Merkel,next summer,Angela Merkel\n",
        StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of(
            "compare",
            "--input",
            pairs.toString(),
            "--left-column",
            "a",
            "--right-column",
            "b",
            "--dob-a-column",
            "dob_a");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(pairs + ":3:").contains("next summer");
    CliRun missing =
        CliRun.of(
            "compare",
            "--input",
            pairs.toString(),
            "--left-column",
            "a",
            "--right-column",
            "b",
            "--dob-b-column",
            "dob_b");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no column 'dob_b' (--dob-b-column)");
  }

  @Test
  void valuesGoWithNamesAndColumnsWithInputAndTheScorerIsCheckedOnce() throws Exception {
    CliRun mixed =
        CliRun.of(
            "compare",
            "--input",
            fixture().toString(),
            "--left-column",
            "name_a",
            "--right-column",
            "name_b",
            "--dob-a",
            "1952");
    assertThat(mixed.exit()).isEqualTo(2);
    assertThat(mixed.err()).contains("--dob-a-column");
    CliRun columnsWithoutInput = CliRun.of("compare", "A", "B", "--dob-a-column", "dob_a");
    assertThat(columnsWithoutInput.exit()).isEqualTo(2);
    CliRun scorer = CliRun.of("compare", "A", "B", "--scorer", "v9");
    assertThat(scorer.exit()).isEqualTo(2);
    assertThat(scorer.err()).contains("--scorer").contains("unknown scorer 'v9'");
    CliRun screen = CliRun.of("screen", "A", "--scorer", "v9");
    assertThat(screen.exit()).isEqualTo(2);
    assertThat(screen.err())
        .contains("unknown scorer 'v9'; expected one of entity-v1, entity-v2, aligned-tokens-v1");
  }
}
