package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, failure 4: {@code screen --ownership} on a long chain writes a report that grows
 * linearly with the chain (a 2,000-edge chain wrote 162 MB when every flag printed its full path),
 * and still names every flag.
 */
class OwnershipScaleOptionTest {
  @TempDir Path dir;

  private Path chain(int edges) throws IOException {
    StringBuilder csv = new StringBuilder("owner,owned,percent,relation,source\n");
    String owner = "Andrei Gennadyevich Tikhonov";
    for (int i = 1; i <= edges; i++) {
      csv.append(owner)
          .append(",Chain Company ")
          .append(i)
          .append(",60,owns,reg-")
          .append(i)
          .append('\n');
      owner = "Chain Company " + i;
    }
    Path file = dir.resolve("chain-" + edges + ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theTableOfALongChainGrowsLinearlyAndNamesEveryFlag() throws IOException {
    ScreenCommandTest.Run thousand =
        ScreenCommandTest.run("screen", "--ownership", chain(1_000).toString());
    ScreenCommandTest.Run twoThousand =
        ScreenCommandTest.run("screen", "--ownership", chain(2_000).toString());
    assertThat(twoThousand.exitCode()).isEqualTo(1);
    assertThat(twoThousand.out())
        .contains("FLAGGED \"Chain Company 2000\" [ofac-50-percent] aggregate 60.00 %")
        .contains("ofac-50-percent: evaluated, 2000 flag(s)")
        .contains(
            "path: Andrei Gennadyevich Tikhonov -[1992 steps omitted]-> Chain Company 1992 -[owns 60%]-> ");
    double ratio = (double) twoThousand.out().length() / thousand.out().length();
    assertThat(ratio).as("output of 2,000 vs 1,000 edges").isBetween(1.8, 2.3);
    assertThat(twoThousand.out().length()).isLessThan(3_000_000);
  }

  @Test
  void theJsonOfALongChainGivesEachPathItsLengthItsLastStepsAndTheStepBefore() throws IOException {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run("screen", "--ownership", chain(2_000).toString(), "--format", "json");
    assertThat(run.out().length()).isLessThan(6_000_000);
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode last = null;
    for (JsonNode flag : root.path("flags")) {
      if (flag.path("node").asText().equals("Chain Company 2000")) {
        last = flag.path("paths").get(0);
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.path("steps").asInt()).isEqualTo(2000);
    assertThat(last.path("omittedSteps").asInt()).isEqualTo(1992);
    assertThat(last.path("edges")).hasSize(8);
    assertThat(last.path("nodes")).hasSize(9);
    assertThat(last.path("nodes").get(0).asText()).isEqualTo("Chain Company 1992");
    assertThat(last.path("previousNode").asText()).isEqualTo("Chain Company 1999");
    assertThat(last.path("listedParty").path("node").asText())
        .isEqualTo("Andrei Gennadyevich Tikhonov");
  }
}
