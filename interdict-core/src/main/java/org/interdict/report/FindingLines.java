package org.interdict.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.interdict.scan.Finding;

/**
 * One finding as the line the JSON report writes for it in {@code findings} (docs/scan-json.md),
 * for outputs that write findings one per line without the document around them (the Spark scan
 * job). Thread-safe.
 */
public final class FindingLines {
  private FindingLines() {}

  /**
   * The finding's JSON line, without a line end; {@code allRegimes} as {@link
   * ReportOptions#allRegimes()}.
   */
  public static String of(Finding finding, LocalDate asOf, boolean allRegimes) {
    try {
      return Json.compact(ReportModel.finding(finding, asOf, allRegimes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a finding as JSON: " + e.getMessage(), e);
    }
  }
}
