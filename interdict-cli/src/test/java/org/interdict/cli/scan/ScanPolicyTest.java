package org.interdict.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.interdict.policy.Status;
import org.interdict.scan.ScanSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: --fail-on decides exit 1 from the statuses found; --waivers turns named findings into
 * waived.
 */
class ScanPolicyTest {
  private static final Path FLEET = ScanCommandTest.findExample("fleet.osquery.json");

  @TempDir Path dir;

  /**
   * The truth table: one status present in the scan (or none), and what each --fail-on makes of it.
   */
  @ParameterizedTest(name = "found {0}, --fail-on {1}: fails {2}")
  @CsvSource({
    "prohibited,      default,                    true",
    "prohibited-from, default,                    true",
    "review,          default,                    true",
    "advisory,        default,                    true",
    "waived,          default,                    false",
    "not-covered,     default,                    false",
    "prohibited,      prohibited,                 true",
    "prohibited-from, prohibited,                 false",
    "review,          prohibited,                 false",
    "advisory,        prohibited,                 false",
    "prohibited,      prohibited-from,            false",
    "prohibited-from, prohibited-from,            true",
    "review,          review,                     true",
    "advisory,        review,                     false",
    "advisory,        advisory,                   true",
    "review,          'prohibited,review',        true",
    "advisory,        'prohibited, prohibited-from', false",
    "prohibited,      none,                       false",
    "waived,          'prohibited,prohibited-from,review,advisory', false",
  })
  void failOnTruthTable(String found, String failOn, boolean fails) {
    Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    byStatus.put(
        java.util.Arrays.stream(Status.values())
            .filter(s -> s.id().equals(found))
            .findFirst()
            .orElseThrow(),
        3L);
    ScanSummary summary =
        new ScanSummary(
            10,
            3,
            3,
            1,
            0,
            List.of(new ScanSummary.RegimeCount("r", "R", byStatus, List.of())),
            Map.of(),
            List.of());

    FailOn policy = failOn.equals("default") ? FailOn.defaults() : FailOn.parse(failOn);

    assertThat(policy.fails(summary)).isEqualTo(fails);
  }

  @ParameterizedTest(name = "{0} {1} --fail-on {2}: exit {3}")
  @CsvSource({
    "us-person,  2024-10-01, '',                          1",
    "us-person,  2024-10-01, prohibited,                  1",
    "us-person,  2024-10-01, prohibited-from,             0",
    "us-person,  2024-10-01, advisory,                    0",
    "us-person,  2024-08-01, prohibited,                  0",
    "us-person,  2024-08-01, 'prohibited,prohibited-from', 1",
    "non-us,     2024-10-01, '',                          1",
    "non-us,     2024-10-01, prohibited,                  0",
    "non-us,     2024-10-01, advisory,                    1",
    "non-us,     2024-10-01, none,                        0",
  })
  void failOnOnTheSampleFleet(String profile, String asOf, String failOn, int exit) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(FLEET.toString(), "--profile", profile, "--as-of", asOf, "--format", "json"));
    if (!failOn.isEmpty()) {
      args.addAll(List.of("--fail-on", failOn));
    }
    assertThat(ScanCommandTest.run(args.toArray(String[]::new)).exit()).isEqualTo(exit);
  }

  private Path waivers() throws Exception {
    Path file = dir.resolve("waivers.yaml");
    // every prohibited finding of the sample as of 2024-10-01 (us-person), by host
    StringBuilder yaml = new StringBuilder("waivers:\n");
    for (String host :
        List.of("WS-FIN-0042", "WS-FIN-0051", "WS-HR-0011", "MBP-DESIGN-03", "srv-mail-01")) {
      yaml.append("  - id: ")
          .append(host.toLowerCase(java.util.Locale.ROOT))
          .append("\n    host: ")
          .append(host)
          .append(
              "\n    reason: replacement scheduled\n    approver: Jane Roe (CISO)\n    expires: 2024-10-15\n");
    }
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theDayBeforeExpiryWaivedFindingsPassTheGateAndEveryFormatListsThem() throws Exception {
    Path waivers = waivers();
    for (String format : List.of("table", "json", "csv", "sarif", "html")) {
      ScanCommandTest.Run run =
          ScanCommandTest.run(
              FLEET.toString(),
              "--as-of",
              "2024-10-14",
              "--waivers",
              waivers.toString(),
              "--format",
              format);

      assertThat(run.exit()).as(format + ": " + run.err()).isEqualTo(0);
      assertThat(run.out())
          .as(format)
          .containsIgnoringCase("waived")
          .contains("Jane Roe (CISO)")
          .contains("2024-10-15");
      assertThat(run.err()).contains("findings waived");
    }
    ScanCommandTest.Run sarif =
        ScanCommandTest.run(
            FLEET.toString(),
            "--as-of",
            "2024-10-14",
            "--waivers",
            waivers.toString(),
            "--format",
            "sarif");
    assertThat(sarif.out()).contains("\"suppressions\"", "\"kind\":\"external\"");
  }

  @Test
  void onTheExpiryDayTheFindingsFailTheGateAgain() throws Exception {
    ScanCommandTest.Run run =
        ScanCommandTest.run(
            FLEET.toString(),
            "--as-of",
            "2024-10-15",
            "--waivers",
            waivers().toString(),
            "--format",
            "json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).doesNotContain("waived until");
    assertThat(run.err()).contains("no longer applies");
  }

  @Test
  void aBadWaiverFileIsAUsageErrorNamingItsLine() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "waivers:\n  - host: X\n    reason: r\n    expires: 2024-10-15\n");

    ScanCommandTest.Run run = ScanCommandTest.run(FLEET.toString(), "--waivers", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(file + ":2: waiver #1 has no 'approver'");
    assertThat(run.out()).isEmpty();
  }
}
