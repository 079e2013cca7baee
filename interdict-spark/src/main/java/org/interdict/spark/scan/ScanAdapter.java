package org.interdict.spark.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.CatalogLoader;
import org.interdict.detection.Detector;
import org.interdict.inventory.InventoryFormats;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.csv.CsvColumnMapping;
import org.interdict.policy.PolicyEvaluator;
import org.interdict.policy.RegimeOutcome;
import org.interdict.report.Reports;
import org.interdict.scan.Finding;
import org.interdict.scan.ScanCollector;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.io.InputFile;
import org.interdict.spark.io.InputFiles;

/**
 * Everything the scan job asks of interdict-core, in one place: the catalog (once per JVM), the format of an input,
 * reading a stream with the CLI's reader into the CLI's {@link ScanCollector}, and a finding written by the CLI's
 * own JSON report (so the Spark output follows docs/scan-json.md by construction).
 */
final class ScanAdapter {
  private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ScanSummary NO_SUMMARY = new ScanSummary(0, 0, 0, 0, 0, Map.of(), Map.of(), List.of());

  private ScanAdapter() {}

  /** The catalog with what detection and policy build from it; shared by a JVM's tasks (all thread-safe). */
  record Engine(Catalog catalog, Detector detector, PolicyEvaluator policy) {}

  static Engine engine(String catalogDir) {
    return ENGINES.computeIfAbsent(catalogDir, dir -> {
      Catalog catalog = dir.isEmpty() ? CatalogLoader.bundled() : CatalogLoader.fromDirectory(Path.of(dir));
      return new Engine(catalog, Detector.of(catalog), new PolicyEvaluator(catalog));
    });
  }

  /** @throws SparkJobException for an unknown profile, listing the known ones */
  static void checkProfile(ScanSettings settings) {
    Catalog catalog = engine(settings.catalogDir()).catalog();
    if (catalog.profile(settings.profile()).isEmpty()) {
      throw new SparkJobException("unknown profile '" + settings.profile() + "'; expected one of "
          + catalog.profiles().stream().map(p -> p.id()).toList());
    }
  }

  /** Decides on the driver how an input is read; {@code auto} looks at its first bytes like the CLI does. */
  static InputPlan plan(InputFile file, String inputFormat, Configuration hadoop) {
    try (InputStream in = open(file, hadoop)) {
      byte[] head = in.readNBytes(InventoryFormats.SNIFF_BYTES);
      String format = inputFormat.equals(InventoryReaders.AUTO)
          ? InventoryFormats.detect(file.name(), head, head.length) : inputFormat;
      boolean gzipNamed = file.uri().endsWith(".gz");
      boolean gzip = isGzip(file, hadoop);
      boolean log = format.equals("osquery") && firstSignificant(head) == '{';
      return new InputPlan(file, format, log && (gzipNamed || !gzip));
    } catch (UnreadableInventoryException e) {
      throw new SparkJobException("input " + file.name() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SparkJobException("input " + file.name() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** A collector for one partition, with the CLI's detector, policy, profile and date. */
  static ScanCollector collector(ScanSettings settings) {
    Engine engine = engine(settings.catalogDir());
    return new ScanCollector(engine.detector(), engine.policy(), settings.profile(), settings.asOf());
  }

  /** Reads a whole input with the CLI's reader for its format; throws only when nothing at all can be read. */
  static void readWhole(InputPlan plan, ScanSettings settings, Configuration hadoop, InventorySink sink) {
    CsvColumnMapping mapping = settings.csvMapping().isEmpty() ? CsvColumnMapping.auto()
        : CsvColumnMapping.parse(settings.csvMapping());
    try (InputStream in = open(plan.file(), hadoop)) {
      InventoryReaders.byId(plan.formatId(), mapping).read(in, plan.file().name(), sink);
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableInventoryException(plan.file().name() + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads consecutive lines of an osquery result log (the stream's line 1 is the caller's first line). */
  static void readLog(InputStream lines, String fileName, InventorySink sink) {
    InventoryReaders.byId("osquery").read(lines, fileName, sink);
  }

  /** The partition's findings as pieces, in the order the collector first met them. */
  static List<ScanPiece.FoundPiece> pieces(ScanCollector collector, int fileIndex, ScanSettings settings) {
    List<ScanPiece.FoundPiece> pieces = new ArrayList<>();
    Engine engine = engine(settings.catalogDir());
    long seq = 0;
    for (Finding finding : collector.findings()) {
      var record = finding.record();
      String key = String.join("\u0000", record.host(), finding.detection().product().id(),
          finding.detection().context().id(), record.name(), record.version(), record.parentName(),
          record.location().file());
      List<String> outcomes = new ArrayList<>();
      for (RegimeOutcome outcome : finding.outcomes()) {
        outcomes.add(outcome.regimeId() + "|" + outcome.status().id() + "|" + outcome.status().isCovered() + "|"
            + outcome.obligationId().orElse("") + "|" + outcome.deadline().map(LocalDate::toString).orElse(""));
      }
      pieces.add(new ScanPiece.FoundPiece(key, fileIndex, record.location().line(), seq++, finding.occurrences(),
          json(finding, engine.catalog(), settings), finding.detection().product().id(), record.host(),
          finding.covered(), outcomes));
    }
    return pieces;
  }

  /** The finding's JSON line with the occurrences counted over all partitions. */
  static String withOccurrences(String findingJson, long occurrences) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(findingJson);
      node.put("occurrences", occurrences);
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Finding finding, Catalog catalog, ScanSettings settings) {
    ScanResult one = new ScanResult("spark", catalog.version(), settings.asOf(), settings.profile(), Instant.EPOCH,
        List.of(), List.of(finding), List.of(), NO_SUMMARY);
    StringWriter text = new StringWriter();
    try {
      Reports.byId("json").write(one, text);
      return JSON.writeValueAsString(JSON.readTree(text.toString()).get("findings").get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(InputFile file, Configuration hadoop) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(InputFiles.open(file, hadoop), 64 * 1024);
    raw.mark(2);
    int b0 = raw.read();
    int b1 = raw.read();
    raw.reset();
    return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 64 * 1024)) : raw;
  }

  private static boolean isGzip(InputFile file, Configuration hadoop) throws IOException {
    try (InputStream raw = InputFiles.open(file, hadoop)) {
      return raw.read() == 0x1f && raw.read() == 0x8b;
    }
  }

  private static int firstSignificant(byte[] head) {
    for (byte b : head) {
      int c = b & 0xff;
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
        return c;
      }
    }
    return -1;
  }
}
