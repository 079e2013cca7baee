package org.interdict.waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.interdict.policy.RegimeOutcome;
import org.interdict.policy.Status;
import org.interdict.scan.Finding;

/**
 * The waivers of one scan as of its date, applied to each finding on its way to the report: a
 * finding that a waiver in force names has each covering outcome turned into {@code waived}, its
 * action and reason saying by whom, why and until when (so that every report format shows it).
 * Counts what each waiver matched, so that the CLI can say which expired waivers still match
 * findings and which match nothing. Not thread-safe: a scan delivers its findings from one thread.
 */
public final class Waivers implements UnaryOperator<Finding> {
  private final List<Waiver> waivers;
  private final LocalDate asOf;
  private final Map<String, Long> applied = new LinkedHashMap<>();
  private final Map<String, Long> expiredMatches = new LinkedHashMap<>();

  public Waivers(List<Waiver> waivers, LocalDate asOf) {
    this.waivers = List.copyOf(waivers);
    this.asOf = asOf;
    for (Waiver waiver : this.waivers) {
      applied.put(waiver.id(), 0L);
      expiredMatches.put(waiver.id(), 0L);
    }
  }

  @Override
  public Finding apply(Finding finding) {
    if (!finding.covered()) {
      return finding;
    }
    for (Waiver waiver : waivers) {
      if (!waiver.matches(finding)) {
        continue;
      }
      if (!waiver.inForceOn(asOf)) {
        expiredMatches.merge(waiver.id(), 1L, Long::sum);
        continue;
      }
      applied.merge(waiver.id(), 1L, Long::sum);
      return waive(finding, waiver);
    }
    return finding;
  }

  static Finding waive(Finding finding, Waiver waiver) {
    List<RegimeOutcome> outcomes = new ArrayList<>();
    for (RegimeOutcome o : finding.outcomes()) {
      if (!o.status().isCovered() || o.status() == Status.WAIVED) {
        outcomes.add(o);
        continue;
      }
      String note = waiver.describe();
      outcomes.add(
          new RegimeOutcome(
              o.regimeId(),
              o.regimeTitle(),
              Status.WAIVED,
              o.obligationId(),
              o.effectiveFrom(),
              o.deadline(),
              o.citation(),
              o.requirement(),
              "Waived until "
                  + waiver.expires()
                  + " by "
                  + waiver.approver()
                  + " (waiver "
                  + waiver.id()
                  + "). Otherwise: "
                  + o.action(),
              note + "; otherwise " + o.statusText() + ": " + o.reason(),
              o.review(),
              o.factsVerifiedAsOf(),
              o.asOf()));
    }
    return new Finding(
        finding.id(), finding.record(), finding.occurrences(), finding.detection(), outcomes);
  }

  /** Findings each waiver turned into {@code waived}, by waiver id, in file order. */
  public Map<String, Long> applied() {
    return Map.copyOf(applied);
  }

  /**
   * The waivers that matched findings only after their expiry (so the findings count), with how
   * many.
   */
  public List<String> expiredButMatching() {
    return expiredMatches.entrySet().stream()
        .filter(e -> e.getValue() > 0 && applied.get(e.getKey()) == 0)
        .map(
            e ->
                e.getKey()
                    + " (expired "
                    + expiry(e.getKey())
                    + ", "
                    + e.getValue()
                    + " finding"
                    + (e.getValue() == 1 ? "" : "s")
                    + ")")
        .toList();
  }

  /** The waivers in force that matched no finding: stale entries a site may remove. */
  public List<String> unused() {
    return waivers.stream()
        .filter(w -> w.inForceOn(asOf) && applied.get(w.id()) == 0)
        .map(Waiver::id)
        .toList();
  }

  private LocalDate expiry(String id) {
    return waivers.stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow().expires();
  }
}
