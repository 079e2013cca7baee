package org.interdict.store.findings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding as stored for one scan: the product on a host, how it was observed (name, version,
 * location, evidence), its worst status, the earliest deadline of a covering regime, every regime's
 * outcome, and when the same product was first and last seen on that host.
 */
public record StoredFinding(
    String id,
    String scanId,
    String host,
    String productId,
    String productName,
    String vendorId,
    String context,
    String confidence,
    String observedName,
    String version,
    String location,
    long occurrences,
    List<String> evidence,
    String worstStatus,
    boolean covered,
    Optional<LocalDate> deadline,
    List<FindingRegime> regimes,
    Instant firstSeen,
    Instant lastSeen) {
  public StoredFinding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scanId, "scanId");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(vendorId, "vendorId");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(observedName, "observedName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(location, "location");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(worstStatus, "worstStatus");
    Objects.requireNonNull(deadline, "deadline");
    regimes = List.copyOf(regimes);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
  }

  public StoredFinding withFirstSeen(Instant first) {
    return new StoredFinding(
        id,
        scanId,
        host,
        productId,
        productName,
        vendorId,
        context,
        confidence,
        observedName,
        version,
        location,
        occurrences,
        evidence,
        worstStatus,
        covered,
        deadline,
        regimes,
        first,
        lastSeen);
  }
}
