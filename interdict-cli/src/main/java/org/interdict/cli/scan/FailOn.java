package org.interdict.cli.scan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interdict.policy.Status;
import org.interdict.scan.ScanSummary;

/**
 * Which statuses make a scan exit 1 ({@code --fail-on}), as grype's {@code --fail-on} and trivy's
 * {@code --severity} with {@code --exit-code} do: by default every covering status, as before the
 * option existed; {@code none} never fails on findings (a partly read input still exits 2). {@code
 * waived} and {@code not-covered} are never in the set: a waiver exists to let the gate pass.
 */
record FailOn(Set<Status> statuses) {
  static final List<Status> CHOICES =
      List.of(Status.PROHIBITED, Status.PROHIBITED_FROM, Status.REVIEW, Status.ADVISORY);

  FailOn {
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  static FailOn defaults() {
    return new FailOn(Set.copyOf(CHOICES));
  }

  /**
   * Parses {@code prohibited,advisory}; an unknown status is an error naming the value and the
   * choices.
   */
  static FailOn parse(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (text.equals("none")) {
      return new FailOn(Set.of());
    }
    List<Status> chosen = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String id = part.strip();
      Status status =
          CHOICES.stream()
              .filter(s -> s.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--fail-on: '"
                              + id
                              + "' is not a status; expected a comma-separated list of "
                              + String.join(", ", CHOICES.stream().map(Status::id).toList())
                              + ", or none"));
      chosen.add(status);
    }
    return new FailOn(Set.copyOf(chosen));
  }

  /**
   * Findings with a failing status under some regime, counted per regime as the summary counts
   * them.
   */
  boolean fails(ScanSummary summary) {
    return summary.regimes().stream()
        .anyMatch(
            regime -> statuses.stream().anyMatch(s -> regime.byStatus().getOrDefault(s, 0L) > 0));
  }

  String describe() {
    return statuses.isEmpty()
        ? "none"
        : String.join(",", CHOICES.stream().filter(statuses::contains).map(Status::id).toList());
  }
}
