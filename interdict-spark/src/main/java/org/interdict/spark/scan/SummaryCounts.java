package org.interdict.spark.scan;

import org.interdict.catalog.Product;
import org.interdict.scan.ScanSummary;
import org.interdict.scan.SummaryCounter;

/**
 * Builds on the driver the CLI's {@link ScanSummary} from the executors' {@link ScanTotals}: each
 * product and context is evaluated once with the CLI's policy and counted by the CLI's {@link
 * SummaryCounter} as many times as it was found; hosts, which that counter counts only over a
 * single sorted stream, are counted apart by Spark. The exactness test checks the result against
 * {@code interdict scan --format json}.
 */
final class SummaryCounts {
  private SummaryCounts() {}

  static ScanSummary of(
      ScanTotals totals, long records, long errors, long hostsAffected, ScanSettings settings) {
    ScanAdapter.Engine engine = ScanAdapter.engine(settings.catalogDir());
    SummaryCounter counter = new SummaryCounter(settings.asOf());
    totals.byProductAndContext.forEach(
        (key, findings) -> {
          String[] parts = key.split("\u0000", -1);
          Product product =
              engine
                  .catalog()
                  .product(parts[0])
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "product " + parts[0] + " was found by the catalog it is not in"));
          counter.add(
              product.id(),
              engine.policy().evaluate(product, parts[1], settings.profile(), settings.asOf()),
              findings);
        });
    ScanSummary counted = counter.summary(records, errors);
    return new ScanSummary(
        counted.records(),
        counted.findings(),
        counted.coveredFindings(),
        hostsAffected,
        counted.errors(),
        counted.regimes(),
        counted.byProduct(),
        counted.deadlines());
  }
}
