package org.interdict.verify;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking a signed report: {@code failures} name each place that differs (the
 * signature, a report part as a JSON pointer, an evidence file); {@code notes} what could not be
 * checked (a file absent here) and who signed. Verified when there is no failure.
 */
public record Verification(
    String keyFingerprint, String signedAt, List<String> failures, List<String> notes) {
  public Verification {
    Objects.requireNonNull(keyFingerprint, "keyFingerprint");
    Objects.requireNonNull(signedAt, "signedAt");
    failures = List.copyOf(failures);
    notes = List.copyOf(notes);
  }

  public boolean verified() {
    return failures.isEmpty();
  }
}
