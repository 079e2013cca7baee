package org.interdict.cli.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interdict.cli.InterdictCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompareCommandTest {
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
  void twoNamesGiveTheScoreTheVerdictAndTheExplanation() {
    Run run = run("compare", "Vladimir Putin", "PUTIN, Vladimir Vladimirovich", "--type", "person");
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("row,left,right,score,match,scorer,score_parts,pairs");
    assertThat(lines.get(1)).contains(",true,entity-v1,").contains("vladimir~vladimir");
    assertThat(run("compare", "Vladimir Putin", "Angela Merkel").exitCode()).isEqualTo(0);
  }

  @Test
  void birthDatesDecadesApartClearANamesake() throws IOException {
    Run run =
        run(
            "compare",
            "Vladimir Putin",
            "PUTIN, Vladimir",
            "--dob-a",
            "1990-01-01",
            "--dob-b",
            "07/10/1952",
            "--format",
            "json");
    assertThat(run.exitCode()).isEqualTo(0);
    JsonNode result = new ObjectMapper().readTree(run.out()).path("results").get(0);
    assertThat(result.path("match").asBoolean()).isFalse();
    assertThat(result.path("explanation").path("parts").path("birth-date").asDouble()).isNegative();
  }

  @Test
  void aPairsFileGivesOneRowPerPairInInputOrder() throws IOException {
    Path pairs = temp.resolve("pairs.csv");
    Files.writeString(
        pairs,
        "schema,name1,name2\nPerson,Olaf Scholze,Olaf Scholz\nCompany,Siemens AG,Volkswagen AG\n"
            + "Person,Ali,\n",
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out.csv");
    Run run =
        run(
            "compare",
            "--input",
            pairs.toString(),
            "--left-column",
            "name1",
            "--right-column",
            "name2",
            "--type-column",
            "schema",
            "--output",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).startsWith("2,Olaf Scholze,Olaf Scholz,").contains(",true,");
    assertThat(lines.get(2)).startsWith("3,Siemens AG,Volkswagen AG,").contains(",false,");
    assertThat(lines.get(3)).startsWith("4,Ali,,0.0000,false,");
  }

  @Test
  void badInputIsAUsageError() throws IOException {
    assertThat(run("compare", "only one").exitCode()).isEqualTo(2);
    Path pairs = temp.resolve("pairs.csv");
    Files.writeString(pairs, "a,b\nx,y\n", StandardCharsets.UTF_8);
    Run missing =
        run("compare", "--input", pairs.toString(), "--left-column", "a", "--right-column", "c");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no column 'c'");
    assertThat(run("compare", "a", "b", "--dob-a", "soon").exitCode()).isEqualTo(2);
  }
}
