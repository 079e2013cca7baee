package org.interdict.scan;

import java.util.List;
import java.util.Objects;
import org.interdict.model.InputError;

/**
 * The end of a scan, once every finding went to its {@link FindingSink}: the header, one summary
 * per input, at most {@link ScanCollector#MAX_ERRORS_KEPT} errors ({@code summary.errors()} counts
 * them all) and the counters. It holds no finding, so its size does not grow with the fleet.
 */
public record ScanResult(
    ScanHeader header, List<InputSummary> inputs, List<InputError> errors, ScanSummary summary) {

  public ScanResult {
    Objects.requireNonNull(header, "header");
    inputs = List.copyOf(inputs);
    errors = List.copyOf(errors);
    Objects.requireNonNull(summary, "summary");
  }

  public boolean anyCovered() {
    return summary.coveredFindings() > 0;
  }

  /**
   * Whether some input, or part of one, could not be read: the report then covers only what was
   * read.
   */
  public boolean incomplete() {
    return summary.errors() > 0;
  }

  /** Whether no input gave a single record and at least one failed. */
  public boolean nothingRead() {
    return inputs.stream().allMatch(i -> i.records() == 0 && i.errors() > 0);
  }
}
