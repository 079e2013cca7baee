package org.interdict.report;

import java.util.Objects;

/**
 * How a report is written. {@code allRegimes}: list every regime that names the vendor on each
 * finding, not only those that cover it. {@code htmlRows}: the most findings the HTML table shows.
 * {@code fullData}: where the complete findings are when the HTML table is capped (a sibling JSON
 * file), said in the page.
 */
public record ReportOptions(boolean allRegimes, int htmlRows, String fullData) {
  public static final int DEFAULT_HTML_ROWS = 2000;

  public ReportOptions {
    if (htmlRows < 0) {
      throw new IllegalArgumentException("htmlRows must be >= 0, was " + htmlRows);
    }
    Objects.requireNonNull(fullData, "fullData");
  }

  public static ReportOptions defaults() {
    return new ReportOptions(false, DEFAULT_HTML_ROWS, "");
  }

  public ReportOptions withAllRegimes(boolean all) {
    return new ReportOptions(all, htmlRows, fullData);
  }

  public ReportOptions withFullData(String where) {
    return new ReportOptions(allRegimes, htmlRows, where);
  }
}
