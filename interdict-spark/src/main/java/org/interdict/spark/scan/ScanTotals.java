package org.interdict.spark.scan;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folded findings counted on the executors by product and context: a finding's part of the summary
 * (its regimes' statuses, obligations and deadlines) depends on its product and context alone,
 * which the CLI's scan too evaluates once per product and context. Only this map, bounded by the
 * catalog, reaches the driver, never the findings; {@link SummaryCounts} turns it into the CLI's
 * summary. Not thread-safe; Spark gives each task its own copy.
 */
final class ScanTotals implements Serializable {
  private static final long serialVersionUID = 2L;

  /** "product id NUL context id" to the findings of that product in that context. */
  final Map<String, Long> byProductAndContext = new TreeMap<>();

  ScanTotals add(ScanPiece.FoundPiece finding) {
    byProductAndContext.merge(finding.productId() + "\u0000" + finding.contextId(), 1L, Long::sum);
    return this;
  }

  ScanTotals plus(ScanTotals other) {
    other.byProductAndContext.forEach((k, v) -> byProductAndContext.merge(k, v, Long::sum));
    return this;
  }
}
