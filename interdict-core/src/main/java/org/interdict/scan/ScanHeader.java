package org.interdict.scan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a scan is about, known before its first finding: versions, as-of date, profile and when it
 * ran.
 */
public record ScanHeader(
    String toolVersion,
    String catalogVersion,
    LocalDate asOf,
    String profile,
    Instant generatedAt) {
  public ScanHeader {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }
}
