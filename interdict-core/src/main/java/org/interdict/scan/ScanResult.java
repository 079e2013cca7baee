package org.interdict.scan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.interdict.model.InputError;

/**
 * Everything one scan produced, ready for any report format. {@code errors} holds at most
 * {@link ScanCollector#MAX_ERRORS_KEPT} errors; {@code summary.errors()} counts them all.
 */
public record ScanResult(
    String toolVersion,
    String catalogVersion,
    LocalDate asOf,
    String profile,
    Instant generatedAt,
    List<InputSummary> inputs,
    List<Finding> findings,
    List<InputError> errors,
    ScanSummary summary) {

  public ScanResult {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(generatedAt, "generatedAt");
    inputs = List.copyOf(inputs);
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
    Objects.requireNonNull(summary, "summary");
  }

  public boolean anyCovered() {
    return findings.stream().anyMatch(Finding::covered);
  }
}
