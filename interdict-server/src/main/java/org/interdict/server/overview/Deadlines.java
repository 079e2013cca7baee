package org.interdict.server.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.interdict.store.findings.FindingRegime;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.remediation.RemediationRepository.HostProduct;

/**
 * The overview's deadlines: every (regime, obligation, date) that a covering regime sets for a
 * current finding whose remediation item is unfinished, with how many such (host, product) items it
 * still has. Each regime's deadline is listed, not only the earliest one of an item, so an
 * organisation bound by several regimes sees all of them. Not thread-safe: one per overview.
 */
final class Deadlines {
  private record Key(String regimeId, String phaseId, LocalDate date) {}

  private final Set<HostProduct> unfinished;
  private final Map<Key, Set<HostProduct>> items =
      new TreeMap<>(
          Comparator.comparing(Key::date).thenComparing(Key::regimeId).thenComparing(Key::phaseId));

  Deadlines(Set<HostProduct> unfinished) {
    this.unfinished = unfinished;
  }

  void add(StoredFinding finding) {
    HostProduct item = new HostProduct(finding.host(), finding.productId());
    if (!unfinished.contains(item)) {
      return;
    }
    for (FindingRegime regime : finding.regimes()) {
      if (regime.deadline() == null || regime.status().equals("not-covered")) {
        continue;
      }
      Key key = new Key(regime.regimeId(), regime.phaseId(), LocalDate.parse(regime.deadline()));
      items.computeIfAbsent(key, k -> new HashSet<>()).add(item);
    }
  }

  List<OverviewApi.Deadline> asOf(LocalDate asOf) {
    List<OverviewApi.Deadline> deadlines = new ArrayList<>(items.size());
    items.forEach(
        (key, open) ->
            deadlines.add(
                new OverviewApi.Deadline(
                    key.regimeId(),
                    key.phaseId(),
                    key.date().toString(),
                    ChronoUnit.DAYS.between(asOf, key.date()),
                    open.size())));
    return deadlines;
  }
}
