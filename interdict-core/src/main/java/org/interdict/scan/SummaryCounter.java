package org.interdict.scan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interdict.policy.RegimeOutcome;
import org.interdict.policy.Status;

/**
 * Counts findings into a {@link ScanSummary} as they stream past. Its maps are keyed by catalog ids
 * (regimes, products, obligations), so its size is bounded by the catalog, not by the fleet; hosts
 * are counted by change of host, which is exact because findings arrive grouped by host. Public for
 * the Spark scan job, which counts folded findings by product and context on its executors and
 * hands the counts to {@link #add(String, List, long)} on the driver. Not thread-safe.
 */
public final class SummaryCounter {
  private final LocalDate asOf;
  private final Map<String, Map<Status, Long>> byRegime = new TreeMap<>();
  private final Map<String, String> titles = new TreeMap<>();
  private final Map<String, Map<String, ScanSummary.ObligationText>> obligations = new TreeMap<>();
  private final Map<String, Long> byProduct = new TreeMap<>();
  private final Map<String, ScanSummary.Deadline> deadlines = new TreeMap<>();
  private long findings;
  private long covered;
  private long hosts;
  private String lastCoveredHost;

  public SummaryCounter(LocalDate asOf) {
    this.asOf = asOf;
  }

  void add(Finding finding) {
    if (finding.covered()) {
      String host = finding.record().host();
      if (!host.isEmpty() && !host.equals(lastCoveredHost)) {
        hosts++;
        lastCoveredHost = host;
      }
    }
    add(finding.detection().product().id(), finding.outcomes(), 1);
  }

  /**
   * Counts {@code count} findings of one product whose regimes gave {@code outcomes} (as for one
   * context, the outcomes of a product are the same on every finding). Hosts are not counted here:
   * {@link #add(Finding)} counts them, or the caller counts them apart.
   */
  public void add(String productId, List<RegimeOutcome> outcomes, long count) {
    findings += count;
    byProduct.merge(productId, count, Long::sum);
    if (outcomes.stream().anyMatch(o -> o.status().isCovered())) {
      covered += count;
    }
    for (RegimeOutcome outcome : outcomes) {
      titles.putIfAbsent(outcome.regimeId(), outcome.regimeTitle());
      byRegime
          .computeIfAbsent(outcome.regimeId(), r -> new EnumMap<>(Status.class))
          .merge(outcome.status(), count, Long::sum);
      outcome
          .obligationId()
          .ifPresent(
              id ->
                  obligations
                      .computeIfAbsent(outcome.regimeId(), r -> new TreeMap<>())
                      .putIfAbsent(
                          id,
                          new ScanSummary.ObligationText(
                              id, outcome.citation(), outcome.requirement())));
      if (outcome.status().isCovered() && outcome.deadline().isPresent()) {
        LocalDate date = outcome.deadline().get();
        String obligation = outcome.obligationId().orElse("");
        deadlines.merge(
            outcome.regimeId() + "\u0000" + obligation + "\u0000" + date,
            new ScanSummary.Deadline(
                outcome.regimeId(), obligation, date, ChronoUnit.DAYS.between(asOf, date), count),
            (a, b) ->
                new ScanSummary.Deadline(
                    a.regimeId(),
                    a.obligationId(),
                    a.date(),
                    a.daysLeft(),
                    a.findings() + b.findings()));
      }
    }
  }

  public ScanSummary summary(long records, long errors) {
    List<ScanSummary.RegimeCount> regimes = new ArrayList<>();
    byRegime.forEach(
        (id, counts) ->
            regimes.add(
                new ScanSummary.RegimeCount(
                    id,
                    titles.get(id),
                    counts,
                    List.copyOf(obligations.getOrDefault(id, Map.of()).values()))));
    return new ScanSummary(
        records,
        findings,
        covered,
        hosts,
        errors,
        regimes,
        byProduct,
        new ArrayList<>(deadlines.values()));
  }
}
