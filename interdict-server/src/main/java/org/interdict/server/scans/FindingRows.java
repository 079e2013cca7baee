package org.interdict.server.scans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.interdict.detection.Detection;
import org.interdict.policy.RegimeOutcome;
import org.interdict.scan.Finding;
import org.interdict.store.Ids;
import org.interdict.store.findings.FindingRegime;
import org.interdict.store.findings.StoredFinding;

/**
 * Turns the core's findings into stored rows, with their evidence written as the CLI reports write
 * it.
 */
final class FindingRows {
  private FindingRows() {}

  static StoredFinding of(Finding f, String scanId, Instant seen) {
    Detection d = f.detection();
    List<String> evidence =
        d.evidence().stream()
            .map(e -> e.rule() + " '" + e.value() + "' (" + e.field() + ")")
            .toList();
    List<FindingRegime> regimes = f.outcomes().stream().map(FindingRows::regime).toList();
    Optional<LocalDate> deadline =
        f.outcomes().stream()
            .filter(o -> o.status().isCovered())
            .flatMap(o -> o.deadline().stream())
            .min(LocalDate::compareTo);
    return new StoredFinding(
        Ids.next("f"),
        scanId,
        f.record().host(),
        d.product().id(),
        d.product().name(),
        d.vendor().id(),
        d.context().id(),
        d.confidence().id(),
        f.record().name(),
        f.record().version(),
        f.record().location().toString(),
        f.occurrences(),
        evidence,
        f.worstStatus().id(),
        f.covered(),
        deadline,
        regimes,
        seen,
        seen);
  }

  private static FindingRegime regime(RegimeOutcome o) {
    return new FindingRegime(
        o.regimeId(),
        o.status().id(),
        o.obligationId().orElse(""),
        o.deadline().map(LocalDate::toString).orElse(null),
        o.citation(),
        o.action());
  }
}
