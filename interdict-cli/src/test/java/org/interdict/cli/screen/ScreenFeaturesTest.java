package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen --dob/--party-country/--identifier} and their batch columns (issue 11). */
class ScreenFeaturesTest {
  private static final String CSL_HEADER =
      "_id,source,entity_number,type,programs,name,title,addresses,"
          + "federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,"
          + "vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,"
          + "alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";
  @TempDir Path temp;
  private Path lists;

  @BeforeEach
  void writeAList() throws IOException {
    lists = Files.createDirectories(temp.resolve("lists"));
    String row =
        "\"1\",\"Specially Designated Nationals (SDN) - Treasury Department\",\"2676\",\"Individual\","
            + "\"SDGT\",\"AL ZAWAHIRI, Ayman\",,,,,,,,,,,,,,,,,,,\"1951-06-19\",\"EG\",,,\"Passport, 1084010, EG\"";
    Files.writeString(
        lists.resolve("csl.csv"), CSL_HEADER + "\n" + row + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void aNamesakeBornDecadesLaterIsClearedAndTheListedOneFound() throws IOException {
    String dir = lists.toString();
    assertThat(ScreenCommandTest.run("screen", "Ayman al Zawahiri", "--lists-dir", dir).exitCode())
        .isEqualTo(1);
    assertThat(
            ScreenCommandTest.run(
                    "screen", "Ayman al Zawahiri", "--lists-dir", dir, "--dob", "1988-03-02")
                .exitCode())
        .isEqualTo(0);
    var found =
        ScreenCommandTest.run(
            "screen",
            "Ayman al Zawahiri",
            "--lists-dir",
            dir,
            "--dob",
            "19/06/1951",
            "--party-country",
            "Egypt",
            "--format",
            "json");
    assertThat(found.exitCode()).isEqualTo(1);
    JsonNode match = firstMatch(found.out());
    assertThat(match.path("explanation").path("scorer").asText()).isEqualTo("entity-v1");
    assertThat(match.path("explanation").path("parts").path("birth-date").asDouble()).isPositive();
    assertThat(match.path("explanation").path("parts").path("country").asDouble()).isPositive();
  }

  @Test
  void theAlignedTokensScorerIgnoresFeatures() {
    var run =
        ScreenCommandTest.run(
            "screen",
            "Ayman al Zawahiri",
            "--lists-dir",
            lists.toString(),
            "--dob",
            "1988",
            "--scorer",
            "aligned-tokens-v1");
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void unreadableFeaturesAreUsageErrors() {
    String dir = lists.toString();
    var dob = ScreenCommandTest.run("screen", "x", "--lists-dir", dir, "--dob", "yesterday");
    assertThat(dob.exitCode()).isEqualTo(2);
    assertThat(dob.err()).contains("yesterday");
    assertThat(
            ScreenCommandTest.run("screen", "x", "--lists-dir", dir, "--identifier", "1084010")
                .err())
        .contains("TYPE:VALUE");
    assertThat(
            ScreenCommandTest.run("screen", "x", "--lists-dir", dir, "--identifier", "pasport:1")
                .err())
        .contains("pasport");
    assertThat(
            ScreenCommandTest.run("screen", "x", "--lists-dir", dir, "--party-country", "Atlantis")
                .exitCode())
        .isEqualTo(2);
    assertThat(
            ScreenCommandTest.run("screen", "x", "--lists-dir", dir, "--scorer", "v2").exitCode())
        .isEqualTo(2);
    assertThat(ScreenCommandTest.run("screen", "x", "--dob-column", "dob").exitCode()).isEqualTo(2);
  }

  @Test
  void batchRowsCarryTheirOwnBirthDatesAndIdentifiers() throws IOException {
    Path input = temp.resolve("names.csv");
    Files.writeString(
        input,
        String.join(
                "\n",
                "id,name,dob,doc",
                "a,Ayman al Zawahiri,1951-06-19,",
                "b,Ayman al Zawahiri,1990,",
                "c,Aymen Zawahri,1970,passport:1084010",
                "d,Ayman al Zawahiri,not a date,")
            + "\n",
        StandardCharsets.UTF_8);
    var run = batch(input, "--dob-column", "dob", "--identifier-column", "doc");
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).contains("scorer,score_parts");
    assertThat(lines)
        .filteredOn(line -> line.startsWith("a,"))
        .singleElement()
        .asString()
        .contains("csl")
        .contains("birth-date=0.");
    assertThat(lines)
        .filteredOn(line -> line.startsWith("b,"))
        .singleElement()
        .asString()
        .startsWith("b,Ayman al Zawahiri,,");
    assertThat(lines)
        .filteredOn(line -> line.startsWith("c,"))
        .singleElement()
        .asString()
        .contains("identifier=0.");
    assertThat(lines).noneMatch(line -> line.startsWith("d,"));
    assertThat(run.err()).contains(input + ":5: malformed-input-row").contains("not a date");
  }

  @Test
  void aCountryReadsTheSameAsCodeOrName() throws IOException {
    String dir = lists.toString();
    List<Double> parts = new java.util.ArrayList<>();
    for (String country : List.of("EG", "EGY", "Egypt", "egyptian")) {
      var run =
          ScreenCommandTest.run(
              "screen",
              "Aymen Zawahri",
              "--lists-dir",
              dir,
              "--party-country",
              country,
              "--format",
              "json");
      assertThat(run.exitCode()).as(country).isEqualTo(1);
      parts.add(firstMatch(run.out()).path("explanation").path("parts").path("country").asDouble());
    }
    assertThat(parts.get(0)).isPositive();
    assertThat(parts).containsOnly(parts.get(0));
    // the filter reads countries with the same parser: the list writes EG
    for (String country : List.of("EG", "EGY", "Egypt")) {
      assertThat(
              ScreenCommandTest.run(
                      "screen", "Aymen Zawahri", "--lists-dir", dir, "--country", country)
                  .exitCode())
          .as(country)
          .isEqualTo(1);
    }
    var bad =
        ScreenCommandTest.run("screen", "x", "--lists-dir", dir, "--party-country", "Egyptia");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("'Egyptia'").contains("ISO 3166");
  }

  @Test
  void batchCountryCellsReadAsCodeOrNameAndABadOneNamesItsRow() throws IOException {
    Path input = temp.resolve("countries.csv");
    Files.writeString(
        input,
        String.join(
                "\n",
                "id,name,country",
                "a,Aymen Zawahri,EG",
                "b,Aymen Zawahri,Egypt",
                "c,Aymen Zawahri,EGY",
                "d,Aymen Zawahri,France",
                "e,Aymen Zawahri,Egyptia")
            + "\n",
        StandardCharsets.UTF_8);
    var run = batch(input, "--country-column", "country", "--min-score", "0.5");
    List<String> lines = run.out().lines().toList();
    java.util.Map<String, String> parts = new java.util.HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String parts0 = line.substring(line.indexOf("country=") + "country=".length());
      parts.put(line.substring(0, 1), parts0.substring(0, parts0.indexOf(';')));
    }
    assertThat(parts.get("a")).isEqualTo(parts.get("b")).isEqualTo(parts.get("c"));
    assertThat(Double.parseDouble(parts.get("a"))).isPositive();
    assertThat(Double.parseDouble(parts.get("d"))).isNegative();
    assertThat(parts).doesNotContainKey("e");
    assertThat(run.err()).contains(input + ":6: malformed-input-row").contains("'Egyptia'");
  }

  /** A batch screen of {@code input} (columns id, name) against the written list. */
  private ScreenCommandTest.Run batch(Path input, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "screen",
                "--lists-dir",
                lists.toString(),
                "--input",
                input.toString(),
                "--column",
                "name",
                "--id-column",
                "id"));
    args.addAll(List.of(options));
    return ScreenCommandTest.run(args.toArray(new String[0]));
  }

  private static JsonNode firstMatch(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    return root.path("results").get(0).path("matches").get(0);
  }
}
