package org.interdict.waiver;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.interdict.scan.Finding;

/**
 * One accepted exception: which findings it covers (a host, a catalog product id, a finding id;
 * every one given must match, at least one is given), why, who approved it and the day it expires.
 * It applies on dates before {@code expires} (the half-open period every Interdict date range
 * uses): on the expiry day the finding counts again.
 */
public record Waiver(
    String id,
    Optional<String> host,
    Optional<String> product,
    Optional<String> finding,
    String reason,
    String approver,
    LocalDate expires) {

  public Waiver {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(expires, "expires");
    if (host.isEmpty() && product.isEmpty() && finding.isEmpty()) {
      throw new IllegalArgumentException("waiver " + id + " names no host, product or finding");
    }
  }

  /**
   * Whether this waiver names {@code candidate} (whatever the date). Host names compare without
   * case, as DNS does.
   */
  public boolean matches(Finding candidate) {
    return host.map(
                h ->
                    h.toLowerCase(Locale.ROOT)
                        .equals(candidate.record().host().toLowerCase(Locale.ROOT)))
            .orElse(true)
        && product.map(p -> p.equals(candidate.detection().product().id())).orElse(true)
        && finding.map(f -> f.equals(candidate.id())).orElse(true);
  }

  /** Whether the waiver is in force on {@code date}: until, and not on, its expiry day. */
  public boolean inForceOn(LocalDate date) {
    return date.isBefore(expires);
  }

  /** How a waived outcome says so, in every report format. */
  String describe() {
    return "waived until " + expires + " by " + approver + " (waiver " + id + "): " + reason;
  }
}
