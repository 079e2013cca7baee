package org.interdict.spark.screen;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Totals for the closing line on stderr and the exit code. They are counted in a transformation, so
 * a task Spark runs again (after a lost executor) may count twice: they feed a log line and "any
 * match", never an output.
 */
record ScreenCounts(LongAccumulator names, LongAccumulator matched, LongAccumulator bad)
    implements Serializable {
  /** Counts one bad row on its way to the errors output. */
  org.apache.spark.sql.Row countBad(org.apache.spark.sql.Row error) {
    bad.add(1);
    return error;
  }

  static ScreenCounts register(SparkContext spark) {
    return new ScreenCounts(
        spark.longAccumulator("names"),
        spark.longAccumulator("matched-names"),
        spark.longAccumulator("bad-rows"));
  }
}
