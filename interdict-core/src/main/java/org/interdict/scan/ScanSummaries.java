package org.interdict.scan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.interdict.policy.RegimeOutcome;

/** Computes a {@link ScanSummary} from findings; every map is sorted so reports are stable. */
final class ScanSummaries {
  private ScanSummaries() {}

  static ScanSummary of(List<Finding> findings, long records, long errors, LocalDate asOf) {
    Map<String, Map<String, Long>> byRegime = new TreeMap<>();
    Map<String, Long> byProduct = new TreeMap<>();
    Map<String, ScanSummary.Deadline> deadlines = new TreeMap<>();
    Set<String> hosts = new HashSet<>();
    long covered = 0;
    for (Finding finding : findings) {
      byProduct.merge(finding.detection().product().id(), 1L, Long::sum);
      if (finding.covered()) {
        covered++;
        if (!finding.record().host().isEmpty()) {
          hosts.add(finding.record().host());
        }
      }
      for (RegimeOutcome outcome : finding.outcomes()) {
        byRegime.computeIfAbsent(outcome.regimeId(), r -> new TreeMap<>()).merge(outcome.status().id(), 1L, Long::sum);
        if (outcome.status().isCovered() && outcome.deadline().isPresent()) {
          LocalDate date = outcome.deadline().get();
          String key = outcome.regimeId() + "/" + outcome.obligationId().orElse("") + "/" + date;
          ScanSummary.Deadline previous = deadlines.get(key);
          long count = previous == null ? 1 : previous.findings() + 1;
          deadlines.put(key, new ScanSummary.Deadline(outcome.regimeId(), outcome.obligationId().orElse(""), date,
              ChronoUnit.DAYS.between(asOf, date), count));
        }
      }
    }
    return new ScanSummary(records, findings.size(), covered, hosts.size(), errors, byRegime, byProduct,
        new ArrayList<>(deadlines.values()));
  }
}
