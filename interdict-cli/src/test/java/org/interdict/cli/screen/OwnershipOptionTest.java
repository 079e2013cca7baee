package org.interdict.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code interdict screen --ownership} on a fixture graph around the bundled curated Kaspersky
 * entries.
 */
class OwnershipOptionTest {
  private static final String FIXTURE = "src/test/resources/fixtures/ownership/kaspersky-group.csv";

  @Test
  void tableShowsFlagsWithPathsSourcesAndIssues() {
    ScreenCommandTest.Run run = ScreenCommandTest.run("screen", "--ownership", FIXTURE);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("FLAGGED \"Tikhonov Holdings Ltd\" [ofac-50-percent] aggregate 55.00 %")
        .contains("FLAGGED \"Northern Data Services LLC\" [ofac-50-percent] aggregate 51.00 %")
        .contains("path: Andrei Gennadyevich Tikhonov -[owns 30%]-> Tikhonov Holdings Ltd")
        .contains("FLAGGED \"Polar Apps Inc\" [prohibited-vendor-affiliate]")
        .contains(
            "path: Kaspersky Labs Limited -[parent-of]-> Crimson Software Ltd -[owns 100%]-> Tundra Cloud GmbH "
                + "-[owns 80%]-> Polar Apps Inc")
        .contains("path: Kaspersky Labs Limited <-[parent-of]- Acme Parent Holdings")
        .contains("LISTED  \"Kaspersky Labs Limited\" -> interdict-curated:kaspersky-labs-limited")
        .contains("issue: " + FIXTURE + ":9: malformed-ownership-row")
        .contains("issue: " + FIXTURE + ":10: self-ownership")
        .contains("issue: " + FIXTURE + ":13: unknown-relation")
        .contains("ownership-cycle");
    assertThat(run.out()).doesNotContain("FLAGGED \"Loop A Ltd\"");
  }

  @Test
  void jsonCarriesEachEdgeWithItsSourceAndTheListedParty() throws Exception {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run("screen", "--ownership", FIXTURE, "--format", "json");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("schema").asText()).isEqualTo("interdict-ownership/2");
    List<String> rules = new ArrayList<>();
    root.path("rules").forEach(rule -> rules.add(rule.path("id").asText()));
    assertThat(rules)
        .containsExactly(
            "ofac-50-percent", "bis-affiliates-50-percent", "prohibited-vendor-affiliate");
    JsonNode polar = null;
    for (JsonNode flag : root.path("flags")) {
      if (flag.path("node").asText().equals("Polar Apps Inc")
          && flag.path("ruleId").asText().equals("prohibited-vendor-affiliate")) {
        polar = flag;
      }
    }
    assertThat(polar).isNotNull();
    JsonNode path = polar.path("paths").get(0);
    assertThat(path.path("edges")).hasSize(3);
    assertThat(path.path("edges").get(1).path("source").asText()).isEqualTo(FIXTURE + ":6");
    assertThat(path.path("edges").get(1).path("reference").asText()).isEqualTo("handelsregister");
    assertThat(path.path("listedParty").path("entityId").asText())
        .isEqualTo("interdict-curated:kaspersky-labs-limited");
    assertThat(path.path("listedParty").path("score").asDouble()).isGreaterThanOrEqualTo(0.76);
  }

  @Test
  void csvHasOneRowPerPathAndNamesOutsideTheGraphAreScreenedToo() {
    ScreenCommandTest.Run run =
        ScreenCommandTest.run("screen", "Kaspersky Lab", "--ownership", FIXTURE, "--format", "csv");
    String[] lines = run.out().split("\n");
    assertThat(lines[0])
        .isEqualTo(
            "node,outcome,rule,aggregate_percent,path,listed_node,entity_id,score,edge_sources,as_of");
    assertThat(run.out())
        .contains("Tikhonov Holdings Ltd,flagged,ofac-50-percent,55.00,")
        .contains("Kaspersky Lab,listed,,,,Kaspersky Lab,interdict-curated:");
  }

  @Test
  void anUnreadableOwnershipFileExitsTwo() {
    ScreenCommandTest.Run run = ScreenCommandTest.run("screen", "--ownership", "no/such/file.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no/such/file.csv");
  }
}
