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
 * Detection throughput per second of the detecting thread's own CPU time, on {@link
 * DetectionBenchmark}'s records: on a shared machine, wall-clock JMH scores move with the other
 * processes' load; thread CPU time moves far less. Prints the median of 15 rounds of 500,000
 * records after 10 warm-up rounds. Usage: {@code DetectionCpu [--distinct-names]}: with the option,
 * every record's name and publisher text is new (a suffix that tokenizes to nothing), so no result
 * the tokenizer remembers is ever reused, the worst case for its memory of recent texts.
 */
public final class DetectionCpu {
  private DetectionCpu() {}

  public static void main(String[] args) {
    Detector detector = Detector.of(CatalogLoader.bundled());
    boolean distinct = Arrays.asList(args).contains("--distinct-names");
    List<SoftwareRecord> records =
        distinct ? distinctNames(DetectionBenchmark.records(), 50) : DetectionBenchmark.records();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] rates = new double[15];
    long found = 0;
    int passes = distinct ? 1 : 50;
    for (int round = -10; round < rates.length; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int pass = 0; pass < passes; pass++) {
        for (SoftwareRecord record :
            records.subList(
                distinct ? (round + 10) % 25 * records.size() / 25 : 0,
                distinct ? ((round + 10) % 25 + 1) * records.size() / 25 : records.size())) {
          found += detector.detect(record).isPresent() ? 1 : 0;
        }
      }
      long nanos = threads.getCurrentThreadCpuTime() - start;
      if (round >= 0) {
        rates[round] = (distinct ? records.size() / 25.0 : 50.0 * records.size()) / (nanos / 1e9);
      }
    }
    Arrays.sort(rates);
    System.out.printf(
        Locale.ROOT,
        (distinct ? "distinct names, " : "")
            + "detection: %,.0f records per CPU second (median of %d; min %,.0f, max %,.0f; "
            + "%d detections)%n",
        rates[rates.length / 2],
        rates.length,
        rates[0],
        rates[rates.length - 1],
        found);
  }

  /**
   * {@code copies} copies of the records, each name and publisher made unique by a suffix of
   * punctuation and digits.
   */
  private static List<SoftwareRecord> distinctNames(List<SoftwareRecord> records, int copies) {
    List<SoftwareRecord> out = new java.util.ArrayList<>(records.size() * copies);
    for (int copy = 0; copy < copies; copy++) {
      for (int i = 0; i < records.size(); i++) {
        SoftwareRecord r = records.get(i);
        String suffix = " (" + (copy * records.size() + i) + ")";
        out.add(
            new SoftwareRecord(
                r.kind(),
                r.host(),
                r.name() + suffix,
                r.version(),
                r.publisher() + suffix,
                r.bundleId(),
                r.packageName(),
                r.purl(),
                r.cpe(),
                r.path(),
                r.parentName(),
                r.location()));
      }
    }
    return out;
  }
}
