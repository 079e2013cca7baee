package org.interdict.server.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interdict.store.findings.FindingRegime;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.remediation.RemediationRepository.HostProduct;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static final FindingRegime ICTS =
      new FindingRegime(
          "us-icts-kaspersky-2024",
          "prohibited",
          "no-updates-resale-integration",
          "2024-09-29",
          "89 FR 52434",
          "Replace it.");
  private static final FindingRegime FAR =
      new FindingRegime(
          "us-far-52-204-23",
          "prohibited",
          "no-covered-article",
          "2018-10-01",
          "48 CFR 52.204-23",
          "Remove it; report within 3 business days.");
  private static final FindingRegime BSI =
      new FindingRegime(
          "de-bsi-kaspersky-2022", "not-covered", "", null, "BSI warning", "Nothing.");

  private static StoredFinding finding(String host, String product, FindingRegime... regimes) {
    Instant at = Instant.parse("2024-10-01T00:00:00Z");
    return new StoredFinding(
        "f-" + host + product,
        "j-1",
        host,
        product,
        product,
        "kaspersky",
        "installed",
        "high",
        product,
        "1.0",
        "fleet.json:1",
        1,
        List.of(),
        "prohibited",
        true,
        Optional.of(LocalDate.parse("2018-10-01")),
        List.of(regimes),
        at,
        at);
  }

  @Test
  void everyCoveringRegimesDeadlineIsListedWithItsUnfinishedItemsNotOnlyTheEarliest() {
    Deadlines deadlines =
        new Deadlines(
            Set.of(
                new HostProduct("ws-1", "kes"),
                new HostProduct("ws-2", "kes"),
                new HostProduct("ws-3", "kav")));
    deadlines.add(finding("ws-1", "kes", ICTS, FAR, BSI));
    deadlines.add(finding("ws-2", "kes", ICTS, FAR));
    deadlines.add(finding("ws-3", "kav", ICTS));
    deadlines.add(
        finding("ws-9", "kav", ICTS, FAR)); // its item is replaced or verified: not counted

    List<OverviewApi.Deadline> listed = deadlines.asOf(LocalDate.parse("2024-10-01"));

    assertThat(listed)
        .containsExactly(
            new OverviewApi.Deadline(
                "us-far-52-204-23", "no-covered-article", "2018-10-01", -2192, 2),
            new OverviewApi.Deadline(
                "us-icts-kaspersky-2024", "no-updates-resale-integration", "2024-09-29", -2, 3));
  }

  @Test
  void nothingUnfinishedListsNoDeadline() {
    Deadlines deadlines = new Deadlines(Set.of());
    deadlines.add(finding("ws-1", "kes", ICTS, FAR));
    assertThat(deadlines.asOf(LocalDate.parse("2024-10-01"))).isEmpty();
  }
}
