package org.interdict.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.interdict.catalog.CatalogLoader;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.scan.FileScanSource;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.Scanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finding's line, as the Spark scan writes it, is byte for byte the line of the CLI's JSON
 * report.
 */
class FindingLinesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  @ParameterizedTest(name = "allRegimes={0}")
  @ValueSource(booleans = {false, true})
  void eachLineEqualsTheFindingLineOfTheJsonReport(boolean allRegimes) {
    StringWriter document = new StringWriter();
    FindingSink report =
        Reports.byId("json").open(document, ReportOptions.defaults().withAllRegimes(allRegimes));
    List<String> lines = new ArrayList<>();
    FindingSink both =
        new Tee(
            List.of(
                report,
                new FindingSink() {
                  @Override
                  public void finding(Finding finding) {
                    lines.add(FindingLines.of(finding, AS_OF, allRegimes));
                  }
                }));
    Path example = Path.of("..", "examples", "fleet.osquery.json");
    new Scanner(CatalogLoader.bundled(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test")
        .scan(
            List.of(
                new FileScanSource(
                    example,
                    example.toString(),
                    "auto",
                    CsvColumnMapping.auto(),
                    UnaryOperator.identity())),
            "us-person",
            AS_OF,
            both);

    List<String> reportLines =
        document
            .toString()
            .lines()
            .map(String::strip)
            .filter(line -> line.startsWith("{\"id\":"))
            .map(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line)
            .toList();
    assertThat(lines).hasSizeGreaterThan(3).containsExactlyElementsOf(reportLines);
  }
}
