package org.interdict.scan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.interdict.policy.Status;

/**
 * Totals of a scan, counters only: records read, findings, covered findings, hosts with covered
 * findings, errors, each regime evaluated (by id) with its findings per status, findings per
 * product (by id), and each current or upcoming deadline with the days left from the as-of date
 * (negative when past), by regime, obligation and date. Every collection is in that documented
 * order, so two runs print the same.
 */
public record ScanSummary(
    long records,
    long findings,
    long coveredFindings,
    long hostsAffected,
    long errors,
    List<RegimeCount> regimes,
    Map<String, Long> byProduct,
    List<Deadline> deadlines) {

  public ScanSummary {
    regimes = List.copyOf(regimes);
    byProduct = Collections.unmodifiableMap(new TreeMap<>(byProduct));
    deadlines = List.copyOf(deadlines);
  }

  /**
   * Findings per status of one regime (every status present, most severe first) and the text of
   * each obligation that decided a finding (by obligation id), written once here rather than on
   * every finding.
   */
  public record RegimeCount(
      String regimeId, String title, Map<Status, Long> byStatus, List<ObligationText> obligations) {
    public RegimeCount {
      Objects.requireNonNull(regimeId, "regimeId");
      Objects.requireNonNull(title, "title");
      obligations = List.copyOf(obligations);
      Map<Status, Long> all = new LinkedHashMap<>();
      for (Status status : Status.values()) {
        all.put(status, byStatus.getOrDefault(status, 0L));
      }
      byStatus = Collections.unmodifiableMap(all);
    }

    public long total() {
      return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** What an obligation requires and where the law says so. */
  public record ObligationText(String obligationId, String citation, String requirement) {
    public ObligationText {
      Objects.requireNonNull(obligationId, "obligationId");
      Objects.requireNonNull(citation, "citation");
      Objects.requireNonNull(requirement, "requirement");
    }
  }

  /**
   * A regime's deadline that covered findings are subject to, with how many findings and days left.
   */
  public record Deadline(
      String regimeId, String obligationId, LocalDate date, long daysLeft, long findings) {}
}
