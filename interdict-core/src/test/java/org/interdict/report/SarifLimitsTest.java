package org.interdict.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.interdict.catalog.CatalogLoader;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.scan.FileScanSource;
import org.interdict.scan.Scanner;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: SARIF stays within GitHub code scanning's results limit per run, and says what it left
 * out.
 */
class SarifLimitsTest {
  static JsonNode sarif(int maxResults) throws Exception {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("examples/fleet.osquery.json"))) {
      dir = dir.getParent();
    }
    Path fleet = dir.resolve("examples/fleet.osquery.json");
    StringWriter out = new StringWriter();
    new Scanner(CatalogLoader.bundled(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test")
        .scan(
            List.of(
                new FileScanSource(
                    fleet, "fleet.osquery.json", "auto", CsvColumnMapping.auto(), in -> in)),
            "us-person",
            LocalDate.parse("2024-10-01"),
            new SarifReport(maxResults).open(out, ReportOptions.defaults()));
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void findingsBeyondTheLimitAreLeftOutAndCounted() throws Exception {
    JsonNode all = sarif(SarifReport.MAX_RESULTS).get("runs").get(0);
    JsonNode capped = sarif(3).get("runs").get(0);

    int findings = all.get("results").size();
    assertThat(findings).isGreaterThan(3);
    assertThat(all.get("properties").get("omittedResults").asLong()).isZero();
    assertThat(all.get("invocations").get(0).get("toolExecutionNotifications")).isEmpty();
    assertThat(capped.get("results")).hasSize(3);
    assertThat(capped.get("properties").get("omittedResults").asLong()).isEqualTo(findings - 3);
    JsonNode notification =
        capped.get("invocations").get(0).get("toolExecutionNotifications").get(0);
    assertThat(notification.get("descriptor").get("id").asText()).isEqualTo("results-limit");
    assertThat(notification.get("message").get("text").asText())
        .startsWith((findings - 3) + " findings after the first 3 are not listed");
    assertThat(capped.get("tool").get("driver").get("rules").findValuesAsText("id"))
        .as("rules of listed results")
        .hasSizeLessThanOrEqualTo(3);
    assertThat(SarifReport.MAX_RESULTS).as("GitHub code scanning's hard limit").isEqualTo(25_000);
  }
}
