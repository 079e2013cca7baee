package org.interdict.scan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Totals of a scan: records read, findings, covered findings, hosts with covered findings, counts by regime
 * and status, counts by product, and each upcoming or current deadline with the days left from the as-of date
 * (negative when past).
 */
public record ScanSummary(
    long records,
    long findings,
    long coveredFindings,
    long hostsAffected,
    long errors,
    Map<String, Map<String, Long>> byRegimeAndStatus,
    Map<String, Long> byProduct,
    List<Deadline> deadlines) {

  public ScanSummary {
    byRegimeAndStatus = Map.copyOf(byRegimeAndStatus);
    byProduct = Map.copyOf(byProduct);
    deadlines = List.copyOf(deadlines);
  }

  /** A regime's deadline that covered findings are subject to, with how many findings and days left. */
  public record Deadline(String regimeId, String obligationId, LocalDate date, long daysLeft, long findings) {}
}
