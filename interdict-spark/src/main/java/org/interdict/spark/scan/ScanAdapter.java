package org.interdict.spark.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.CatalogLoader;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventoryFormats;
import org.interdict.inventory.InventoryReaders;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.SoftwareRecord;
import org.interdict.policy.PolicyEvaluator;
import org.interdict.report.FindingLines;
import org.interdict.scan.Finding;
import org.interdict.scan.ScanSource;
import org.interdict.scan.Scanner;
import org.interdict.spark.Jobs;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.io.InputFile;
import org.interdict.spark.io.InputFiles;

/**
 * Everything the scan job asks of interdict-core, in one place: the catalog (once per JVM), the
 * format of an input, scanning a partition with the CLI's {@link Scanner}, and each finding as the
 * CLI's JSON report writes it (so the Spark output follows docs/scan-json.md by construction).
 */
final class ScanAdapter {
  private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScanAdapter() {}

  /**
   * The catalog with the scanner and policy built from it; shared by a JVM's tasks (all
   * thread-safe).
   */
  record Engine(Catalog catalog, Scanner scanner, PolicyEvaluator policy) {}

  static Engine engine(String catalogDir) {
    return ENGINES.computeIfAbsent(
        catalogDir,
        dir -> {
          Catalog catalog =
              dir.isEmpty() ? CatalogLoader.bundled() : CatalogLoader.fromDirectory(Path.of(dir));
          // The scanner's clock only dates its header, which the job writes from the driver's clock
          // instead.
          return new Engine(
              catalog,
              new Scanner(catalog, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Jobs.version()),
              new PolicyEvaluator(catalog));
        });
  }

  /**
   * @throws SparkJobException for an unknown profile, listing the known ones
   */
  static void checkProfile(ScanSettings settings) {
    Catalog catalog = engine(settings.catalogDir()).catalog();
    if (catalog.profile(settings.profile()).isEmpty()) {
      throw new SparkJobException(
          "unknown profile '"
              + settings.profile()
              + "'; expected one of "
              + catalog.profiles().stream().map(p -> p.id()).toList());
    }
  }

  /**
   * Decides on the driver how an input is read; {@code auto} looks at its first bytes like the CLI
   * does.
   */
  static InputPlan plan(InputFile file, String inputFormat, Configuration hadoop) {
    try (InputStream in = open(file, hadoop)) {
      byte[] head = in.readNBytes(InventoryFormats.SNIFF_BYTES);
      String format =
          inputFormat.equals(InventoryReaders.AUTO)
              ? InventoryFormats.detect(file.name(), head, head.length)
              : inputFormat;
      boolean gzipNamed = file.uri().endsWith(".gz");
      boolean gzip = isGzip(file, hadoop);
      boolean log = format.equals("osquery") && firstSignificant(head) == '{';
      return new InputPlan(file, format, log && (gzipNamed || !gzip));
    } catch (UnreadableInventoryException e) {
      throw new SparkJobException("input " + file.name() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SparkJobException(
          "input " + file.name() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Scans one source with the CLI's scanner; its findings, folded within the source, are added to
   * {@code out}.
   */
  static void scan(ScanSource source, ScanSettings settings, List<ScanPiece> out) {
    engine(settings.catalogDir())
        .scanner()
        .scan(
            List.of(source),
            settings.profile(),
            settings.asOf(),
            finding -> out.add(piece(finding, settings)));
  }

  /**
   * Reads a whole input with the CLI's reader for its format; throws only when nothing at all can
   * be read.
   */
  static void readWhole(
      InputPlan plan, ScanSettings settings, Configuration hadoop, InventorySink sink) {
    CsvColumnMapping mapping =
        settings.csvMapping().isEmpty()
            ? CsvColumnMapping.auto()
            : CsvColumnMapping.parse(settings.csvMapping());
    try (InputStream in = open(plan.file(), hadoop)) {
      InventoryReaders.byId(plan.formatId(), mapping).read(in, plan.file().name(), sink);
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableInventoryException(
          plan.file().name() + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads consecutive lines of an osquery result log (the stream's line 1 is the caller's first
   * line).
   */
  static void readLog(InputStream lines, String fileName, InventorySink sink) {
    InventoryReaders.byId("osquery").read(lines, fileName, sink);
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

  private static ScanPiece.FoundPiece piece(Finding finding, ScanSettings settings) {
    SoftwareRecord record = finding.record();
    String productId = finding.detection().product().id();
    String contextId = finding.detection().context().id();
    String key =
        FoldKeys.of(
            record.host(),
            productId,
            contextId,
            record.name(),
            record.version(),
            record.parentName(),
            record.location().file());
    return new ScanPiece.FoundPiece(
        key,
        record.location().line(),
        record.location().pointer(),
        finding.occurrences(),
        FindingLines.of(finding, settings.asOf(), settings.allRegimes()),
        productId,
        contextId,
        record.host(),
        finding.covered());
  }

  private static InputStream open(InputFile file, Configuration hadoop) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(InputFiles.open(file, hadoop), 64 * 1024);
    raw.mark(2);
    int b0 = raw.read();
    int b1 = raw.read();
    raw.reset();
    return b0 == 0x1f && b1 == 0x8b
        ? new BufferedInputStream(new GZIPInputStream(raw, 64 * 1024))
        : raw;
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
