package org.interdict.waiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.catalog.CatalogLoader;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.policy.Status;
import org.interdict.scan.FileScanSource;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanResult;
import org.interdict.scan.Scanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a waiver turns the findings it names into waived before its expiry day, and not on it.
 */
class WaiversTest {
  private static final LocalDate EXPIRES = LocalDate.parse("2024-10-15");
  private static final Waiver HOST =
      new Waiver(
          "fin-0042",
          Optional.of("ws-fin-0042"),
          Optional.empty(),
          Optional.empty(),
          "replacement scheduled",
          "Jane Roe",
          EXPIRES);

  @TempDir Path dir;

  record Scan(ScanResult result, List<Finding> findings, Waivers waivers) {}

  Scan scan(LocalDate asOf, Waiver... waivers) throws Exception {
    Path fleet = dir.resolve("fleet.osquery.json");
    Files.writeString(
        fleet,
        """
        {"name":"pack_programs","hostIdentifier":"WS-FIN-0042","action":"snapshot","snapshot":[{"name":"Kaspersky Endpoint Security for Windows","version":"11.11.0.452","publisher":"AO Kaspersky Lab"}]}
        {"name":"pack_programs","hostIdentifier":"WS-HR-0011","action":"snapshot","snapshot":[{"name":"Kaspersky Endpoint Security for Windows","version":"11.11.0.452","publisher":"AO Kaspersky Lab"}]}
        """,
        StandardCharsets.UTF_8);
    Scanner scanner =
        new Scanner(CatalogLoader.bundled(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), "test");
    Waivers applied = new Waivers(List.of(waivers), asOf);
    List<Finding> findings = new ArrayList<>();
    FindingSink sink = findings::add;
    ScanResult result =
        scanner.scan(
            List.of(
                new FileScanSource(
                    fleet, fleet.toString(), "auto", CsvColumnMapping.auto(), in -> in)),
            "us-person",
            asOf,
            sink,
            applied);
    return new Scan(result, findings, applied);
  }

  @Test
  void theDayBeforeExpiryTheNamedHostIsWaivedAndCountedSo() throws Exception {
    Scan scan = scan(EXPIRES.minusDays(1), HOST);

    Finding waived =
        scan.findings().stream()
            .filter(f -> f.record().host().equals("WS-FIN-0042"))
            .findFirst()
            .orElseThrow();
    Finding other =
        scan.findings().stream()
            .filter(f -> f.record().host().equals("WS-HR-0011"))
            .findFirst()
            .orElseThrow();
    assertThat(waived.worstStatus()).isEqualTo(Status.WAIVED);
    assertThat(waived.coveringOutcomes())
        .allSatisfy(
            o -> {
              assertThat(o.action())
                  .startsWith("Waived until 2024-10-15 by Jane Roe (waiver fin-0042)");
              assertThat(o.reason()).contains("replacement scheduled", "otherwise prohibited");
            });
    assertThat(other.worstStatus()).isEqualTo(Status.PROHIBITED);
    assertThat(scan.result().summary().regimes())
        .anySatisfy(
            r -> {
              assertThat(r.byStatus().get(Status.WAIVED)).isEqualTo(1L);
              assertThat(r.byStatus().get(Status.PROHIBITED)).isEqualTo(1L);
            });
    assertThat(scan.waivers().applied()).containsEntry("fin-0042", 1L);
    assertThat(scan.waivers().expiredButMatching()).isEmpty();
  }

  @Test
  void onTheExpiryDayTheFindingCountsAgainAndTheExpiredWaiverIsNamed() throws Exception {
    Scan scan = scan(EXPIRES, HOST);

    assertThat(scan.findings())
        .allSatisfy(f -> assertThat(f.worstStatus()).isEqualTo(Status.PROHIBITED));
    assertThat(scan.result().summary().regimes())
        .allSatisfy(r -> assertThat(r.byStatus().get(Status.WAIVED)).isZero());
    assertThat(scan.waivers().expiredButMatching())
        .containsExactly("fin-0042 (expired 2024-10-15, 1 finding)");
  }

  @Test
  void everyGivenSelectorMustMatchAndAnUnusedWaiverIsNamed() throws Exception {
    Waiver wrongProduct =
        new Waiver(
            "wrong-product",
            Optional.of("WS-FIN-0042"),
            Optional.of("kaspersky-vpn"),
            Optional.empty(),
            "r",
            "a",
            EXPIRES);

    Scan scan = scan(EXPIRES.minusDays(1), wrongProduct);

    assertThat(scan.findings())
        .allSatisfy(f -> assertThat(f.worstStatus()).isEqualTo(Status.PROHIBITED));
    assertThat(scan.waivers().unused()).containsExactly("wrong-product");
  }
}
