package org.interdict.spark.scan;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary counts of the scan JSON schema, summed over folded findings on the executors: only these small maps
 * reach the driver, never the findings. Hosts are counted apart, with Spark's distinct. Not thread-safe; Spark
 * gives each task its own copy.
 */
final class ScanTotals implements Serializable {
  private static final long serialVersionUID = 1L;
  long findings;
  long covered;
  final Map<String, Map<String, Long>> byRegimeAndStatus = new TreeMap<>();
  final Map<String, Long> byProduct = new TreeMap<>();
  /** "regime|obligation|date" to the covered findings subject to that deadline. */
  final Map<String, Long> deadlines = new TreeMap<>();

  ScanTotals add(ScanPiece.FoundPiece finding) {
    findings++;
    covered += finding.covered() ? 1 : 0;
    byProduct.merge(finding.productId(), 1L, Long::sum);
    for (String outcome : finding.outcomes()) {
      String[] parts = outcome.split("\\|", -1);
      byRegimeAndStatus.computeIfAbsent(parts[0], r -> new TreeMap<>()).merge(parts[1], 1L, Long::sum);
      if (Boolean.parseBoolean(parts[2]) && !parts[4].isEmpty()) {
        deadlines.merge(parts[0] + "|" + parts[3] + "|" + parts[4], 1L, Long::sum);
      }
    }
    return this;
  }

  ScanTotals plus(ScanTotals other) {
    findings += other.findings;
    covered += other.covered;
    other.byProduct.forEach((k, v) -> byProduct.merge(k, v, Long::sum));
    other.deadlines.forEach((k, v) -> deadlines.merge(k, v, Long::sum));
    other.byRegimeAndStatus.forEach((regime, statuses) -> statuses.forEach((status, n) ->
        byRegimeAndStatus.computeIfAbsent(regime, r -> new TreeMap<>()).merge(status, n, Long::sum)));
    return this;
  }
}
