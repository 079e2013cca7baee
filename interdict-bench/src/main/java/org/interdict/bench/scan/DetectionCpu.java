package org.interdict.bench.scan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.interdict.catalog.CatalogLoader;
import org.interdict.detection.Detector;
import org.interdict.model.SoftwareRecord;

/**
 * Detection throughput per second of the detecting thread's own CPU time, on {@link DetectionBenchmark}'s records:
 * on a shared machine, wall-clock JMH scores move with the other processes' load; thread CPU time moves far less.
 * Prints the median of 15 rounds of 500,000 records after 10 warm-up rounds. Usage: {@code DetectionCpu}.
 */
public final class DetectionCpu {
  private DetectionCpu() {}

  public static void main(String[] args) {
    Detector detector = Detector.of(CatalogLoader.bundled());
    List<SoftwareRecord> records = DetectionBenchmark.records();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] rates = new double[15];
    long found = 0;
    for (int round = -10; round < rates.length; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int pass = 0; pass < 50; pass++) {
        for (SoftwareRecord record : records) {
          found += detector.detect(record).isPresent() ? 1 : 0;
        }
      }
      long nanos = threads.getCurrentThreadCpuTime() - start;
      if (round >= 0) {
        rates[round] = 50.0 * records.size() / (nanos / 1e9);
      }
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "detection: %,.0f records per CPU second (median of %d; min %,.0f, max %,.0f; "
        + "%d detections)%n", rates[rates.length / 2], rates.length, rates[0], rates[rates.length - 1], found);
  }
}
