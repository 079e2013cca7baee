package org.interdict.scan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.interdict.catalog.Catalog;
import org.interdict.detection.Detection;
import org.interdict.detection.Detector;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;
import org.interdict.model.SourceLocation;
import org.interdict.policy.PolicyEvaluator;

/**
 * Scans inventories against the catalog for one profile as of one date. An input that cannot be
 * read at all becomes an error of the result and the scan goes on with the next. Thread-safe: each
 * scan has its own state (and its own reading thread).
 */
public final class Scanner {
  /**
   * The system property that sets how many threads detect records (1: the scanning thread only).
   */
  public static final String DETECT_THREADS_PROPERTY = "interdict.scan.detect-threads";

  private final Catalog catalog;
  private final Detector detector;
  private final PolicyEvaluator policy;
  private final Clock clock;
  private final String toolVersion;
  private final int detectThreads;

  public Scanner(Catalog catalog, Clock clock, String toolVersion) {
    this(catalog, clock, toolVersion, defaultDetectThreads());
  }

  /**
   * @param detectThreads how many threads detect records; 1 detects on the scanning thread
   */
  public Scanner(Catalog catalog, Clock clock, String toolVersion, int detectThreads) {
    if (detectThreads < 1) {
      throw new IllegalArgumentException("detectThreads must be at least 1, was " + detectThreads);
    }
    this.detectThreads = detectThreads;
    this.catalog = catalog;
    this.detector = Detector.of(catalog);
    this.policy = new PolicyEvaluator(catalog);
    this.clock = clock;
    this.toolVersion = toolVersion;
  }

  /**
   * The {@value #DETECT_THREADS_PROPERTY} system property, else the number of processors, at most
   * 4. The findings and their order do not depend on it.
   */
  static int defaultDetectThreads() {
    String configured = System.getProperty(DETECT_THREADS_PROPERTY, "").strip();
    if (!configured.isEmpty()) {
      try {
        return Math.max(1, Integer.parseInt(configured));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            DETECT_THREADS_PROPERTY + " must be a whole number, was '" + configured + "'", e);
      }
    }
    return Math.min(4, Runtime.getRuntime().availableProcessors());
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * Scans {@code sources} in order, each read on its own thread while this one detects, and streams
   * the findings to {@code sink} between its {@code begin} and {@code end}. Memory is bounded by
   * the records in flight and one fold run, not by the number of findings
   * (docs/adr/002-finding-folding.md).
   */
  public ScanResult scan(
      List<ScanSource> sources, String profile, LocalDate asOf, FindingSink sink) {
    return scan(sources, profile, asOf, sink, UnaryOperator.identity());
  }

  /**
   * As {@link #scan(List, String, LocalDate, FindingSink)}, each finding first passed through
   * {@code review} (the CLI's waivers), so that the sink and the summary's counts both see what it
   * returns.
   */
  public ScanResult scan(
      List<ScanSource> sources,
      String profile,
      LocalDate asOf,
      FindingSink sink,
      UnaryOperator<Finding> review) {
    if (catalog.profile(profile).isEmpty()) {
      throw new UnknownProfileException(profile);
    }
    ScanHeader header =
        new ScanHeader(toolVersion, catalog.version(), asOf, profile, clock.instant());
    try (ScanCollector collector =
        new ScanCollector(detector, policy, profile, asOf, new FindingFolder())) {
      List<InputSummary> inputs = new ArrayList<>();
      for (ScanSource source : sources) {
        CountingSink counting = new CountingSink(collector);
        try {
          ReadAhead.read(source, detector, detectThreads, counting);
        } catch (UnreadableInventoryException e) {
          counting.error(
              new InputError(
                  SourceLocation.ofLine(source.name(), 0), "unreadable-input", e.getMessage()));
        }
        inputs.add(
            new InputSummary(source.name(), source.formatId(), counting.records, counting.errors));
      }
      sink.begin(header);
      SummaryCounter counter = new SummaryCounter(asOf);
      collector.deliver(sink, counter, review);
      ScanResult result =
          new ScanResult(
              header,
              inputs,
              collector.errors(),
              counter.summary(collector.records(), collector.errorCount()));
      sink.end(result);
      return result;
    }
  }

  /** Counts what one input gives, on its way to the shared collector. */
  private static final class CountingSink implements ReadAhead.DetectedSink {
    private final ScanCollector next;
    long records;
    long errors;

    CountingSink(ScanCollector next) {
      this.next = next;
    }

    @Override
    public void record(SoftwareRecord record, Optional<Detection> detection) {
      records++;
      next.detected(record, detection);
    }

    @Override
    public void error(InputError error) {
      errors++;
      next.error(error);
    }
  }
}
