package org.interdict.scan;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.interdict.detection.Detection;
import org.interdict.model.SoftwareRecord;
import org.interdict.policy.RegimeOutcome;
import org.interdict.policy.Status;

/**
 * A catalog product found in an inventory: the first record that showed it (with where it was
 * read), how many records showed the same product on the same host, the detection with its
 * evidence, and one outcome per regime that names the vendor. {@code id} is stable across runs over
 * the same input.
 */
public record Finding(
    String id,
    SoftwareRecord record,
    long occurrences,
    Detection detection,
    List<RegimeOutcome> outcomes) {

  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(detection, "detection");
    outcomes = List.copyOf(outcomes);
    if (occurrences < 1) {
      throw new IllegalArgumentException("occurrences must be >= 1");
    }
  }

  /** Whether any regime covers the product (prohibited now or later, or advised against). */
  public boolean covered() {
    return outcomes.stream().anyMatch(o -> o.status().isCovered());
  }

  /** The most severe status over all regimes; {@code not-covered} when there is none. */
  public Status worstStatus() {
    return outcomes.stream()
        .map(RegimeOutcome::status)
        .min(Comparator.naturalOrder())
        .orElse(Status.NOT_COVERED);
  }

  /** The outcomes of the regimes that cover the product, in the catalog's order of regimes. */
  public List<RegimeOutcome> coveringOutcomes() {
    return outcomes.stream().filter(o -> o.status().isCovered()).toList();
  }
}
