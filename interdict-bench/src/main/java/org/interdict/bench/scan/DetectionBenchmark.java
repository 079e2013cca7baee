package org.interdict.bench.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interdict.catalog.CatalogLoader;
import org.interdict.detection.Detector;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Detection on parsed records, one thread: the mix of {@link FleetGenerator} (0.5% catalogued
 * products, the rest common software and near-miss names such as "Kasparov Chess Trainer"). Reports
 * records per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class DetectionBenchmark {
  private static final int BATCH = 10_000;
  private Detector detector;
  private List<SoftwareRecord> records;

  @Setup
  public void setUp() {
    detector = Detector.of(CatalogLoader.bundled());
    records = records();
  }

  /**
   * The benchmark's {@value #BATCH} records, seeded: the same for JMH and for {@link DetectionCpu}.
   */
  static List<SoftwareRecord> records() {
    Random random = new Random(7);
    String[][] names = {
      {"Google Chrome", "Google LLC"},
      {"7-Zip 24.08 (x64)", "Igor Pavlov"},
      {"Microsoft Visual C++ 2015-2022 Redistributable (x64)", "Microsoft Corporation"},
      {"Zoom Workplace", "Zoom Video Communications"},
      {"Kasparov Chess Trainer", "ChessBase"},
      {"Notepad++ (64-bit x64)", "Notepad++ Team"},
      {"Casper Security Suite", "Casper Ltd"}
    };
    String[][] covered = {
      {"Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab"},
      {"Антивирус Касперского", "АО Лаборатория Касперского"}
    };
    List<SoftwareRecord> records = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      String[] program =
          random.nextInt(200) == 0
              ? covered[random.nextInt(covered.length)]
              : names[random.nextInt(names.length)];
      records.add(
          SoftwareRecord.builder(RecordKind.WINDOWS_PROGRAM, SourceLocation.ofLine("bench", i + 1))
              .host("WS-" + (i / 50))
              .name(program[0])
              .publisher(program[1])
              .version("1.2." + i)
              .path("C:\\Program Files\\App")
              .build());
    }
    return records;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void detect(Blackhole blackhole) {
    for (SoftwareRecord record : records) {
      blackhole.consume(detector.detect(record));
    }
  }
}
