package org.interdict.spark.scan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.interdict.SuppressForbidden;
import org.interdict.inventory.InventoryReaders;
import org.interdict.scan.InputSummary;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;
import org.interdict.spark.JobOptions;
import org.interdict.spark.Jobs;
import org.interdict.spark.Sessions;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.io.ErrorRows;
import org.interdict.spark.io.HadoopSettings;
import org.interdict.spark.io.InputFile;
import org.interdict.spark.io.InputFiles;
import org.interdict.spark.io.NumberedLines;
import org.interdict.spark.io.Outputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * {@code spark-submit --class org.interdict.spark.scan.ScanJob}: scans inventories against the
 * catalog, writing {@code OUTPUT/findings} (one finding per JSON line in the scan JSON schema,
 * folded per host and product by Spark), {@code OUTPUT/errors} and {@code OUTPUT/summary.json}.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = Jobs.Version.class,
    description = {
      "Scan inventories on Spark with the same readers, catalog and regimes as interdict scan.",
      "Writes OUTPUT/findings, OUTPUT/errors and OUTPUT/summary.json.",
      "Exit codes: 0 no covered software, 1 covered software found, 2 usage error, no input readable, or "
          + "nothing covered in a partly read input, "
          + "3 internal error."
    })
public final class ScanJob implements Callable<Integer> {
  private static final List<String> OUTPUT_FORMATS = List.of("parquet", "json");
  private static final StructType FINDING_SCHEMA =
      new StructType()
          .add("host", DataTypes.StringType, false)
          .add("product", DataTypes.StringType, false)
          .add("covered", DataTypes.BooleanType, false)
          .add("occurrences", DataTypes.LongType, false)
          .add("finding", DataTypes.StringType, false);

  @Mixin JobOptions job = new JobOptions();

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Inventory files, folders or globs on any Hadoop file system (.gz is decompressed).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto, osquery, csv, cyclonedx or spdx (default: ${DEFAULT-VALUE}, detected per file).")
  String inputFormat;

  @Option(
      names = "--csv-mapping",
      paramLabel = "MAP",
      description = "Explicit CSV columns, as interdict scan takes them.")
  String csvMapping;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Evaluate the regimes as of this date (default: today, UTC).")
  LocalDate asOf;

  @Option(
      names = "--profile",
      paramLabel = "ID",
      defaultValue = "us-person",
      description = "Organization profile (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--all-regimes",
      description =
          "List every regime that names the vendor on each finding, not "
              + "only those that cover it (as interdict scan --all-regimes).")
  boolean allRegimes;

  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = "Catalog folder (default: the bundled catalog); must exist on every node.")
  Path catalog;

  private final Clock clock;

  public ScanJob() {
    this(Clock.systemUTC());
  }

  public ScanJob(Clock clock) {
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] args) {
    return Jobs.run(new ScanJob(), args);
  }

  @Override
  public Integer call() {
    String format = inputFormat.strip().toLowerCase(Locale.ROOT);
    if (!format.equals(InventoryReaders.AUTO) && !InventoryReaders.ids().contains(format)) {
      throw new SparkJobException(
          "--input-format must be auto or one of "
              + InventoryReaders.ids()
              + ", was '"
              + inputFormat
              + "'");
    }
    job.validate();
    ScanSettings settings =
        new ScanSettings(
            catalog == null ? "" : catalog.toAbsolutePath().toString(),
            profile,
            asOf != null ? asOf : LocalDate.now(clock),
            csvMapping == null ? "" : csvMapping,
            allRegimes);
    ScanAdapter.checkProfile(settings);
    try (Sessions.Session session = Sessions.open("interdict-scan", job.master)) {
      SparkSession spark = session.spark();
      return scan(spark, settings, format);
    }
  }

  @SuppressForbidden(reason = "the job's summary and its verdict go to the driver's stderr")
  private int scan(SparkSession spark, ScanSettings settings, String format) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Outputs outputs = Outputs.at(job.output, job.outputFormat, OUTPUT_FORMATS, hadoop);
    List<InputPlan> plans = new ArrayList<>();
    for (InputFile file : InputFiles.resolve(inputs, hadoop)) {
      plans.add(ScanAdapter.plan(file, format, hadoop));
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopSettings hadoopSettings = HadoopSettings.of(hadoop);
    List<InputPlan> whole = plans.stream().filter(plan -> !plan.splitByLines()).toList();
    List<InputFile> logs =
        plans.stream().filter(InputPlan::splitByLines).map(InputPlan::file).toList();
    int slices =
        Math.max(
            1,
            Math.min(
                whole.size(), job.partitions > 0 ? job.partitions : context.defaultParallelism()));
    JavaRDD<ScanPiece> pieces =
        context
            .parallelize(whole, slices)
            .mapPartitions(part -> PartitionScan.wholeInputs(part, settings, hadoopSettings))
            .union(
                NumberedLines.read(
                        context,
                        logs,
                        job.partitions > 0 ? job.partitions : context.defaultParallelism())
                    .mapPartitions(lines -> PartitionScan.logLines(lines, settings)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<ScanPiece.FoundPiece> findings =
        pieces
            .filter(piece -> piece instanceof ScanPiece.FoundPiece)
            .mapToPair(
                piece ->
                    new Tuple2<>(
                        ((ScanPiece.FoundPiece) piece).key(), (ScanPiece.FoundPiece) piece))
            .reduceByKey(ScanPiece.FoundPiece::fold)
            .values()
            .sortBy(ScanPiece.FoundPiece::key, true, Math.max(1, pieces.getNumPartitions()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    writeFindings(spark, outputs, findings);
    outputs.write(
        "errors",
        spark.createDataFrame(
            pieces
                .filter(piece -> piece instanceof ScanPiece.ErrorPiece)
                .map(
                    piece -> {
                      var error = (ScanPiece.ErrorPiece) piece;
                      return ErrorRows.of(
                          error.source(), error.line(), error.errorId(), error.message());
                    }),
            ErrorRows.SCHEMA));
    ScanTotals totals = findings.aggregate(new ScanTotals(), ScanTotals::add, ScanTotals::plus);
    long hosts =
        findings
            .filter(f -> f.covered() && !f.host().isEmpty())
            .map(ScanPiece.FoundPiece::host)
            .distinct()
            .count();
    List<InputSummary> inputSummaries = inputSummaries(pieces, plans);
    ScanSummary summary =
        SummaryCounts.of(
            totals,
            inputSummaries.stream().mapToLong(InputSummary::records).sum(),
            inputSummaries.stream().mapToLong(InputSummary::errors).sum(),
            hosts,
            settings);
    ScanHeader header =
        new ScanHeader(
            Jobs.version(),
            ScanAdapter.engine(settings.catalogDir()).catalog().version(),
            settings.asOf(),
            settings.profile(),
            clock.instant());
    ScanResult result = new ScanResult(header, inputSummaries, List.of(), summary);
    outputs.writeText("summary.json", SummaryFile.json(result), hadoop);
    findings.unpersist();
    pieces.unpersist();
    System.err.printf(
        "Scanned %d inputs: %d findings, %d covered, %d hosts affected, %d errors; output %s%n",
        plans.size(),
        summary.findings(),
        summary.coveredFindings(),
        hosts,
        summary.errors(),
        job.output);
    if (result.nothingRead()) {
      System.err.println("interdict spark scan: no input could be read");
      return Jobs.USAGE;
    }
    if (result.anyCovered()) {
      return 1;
    }
    if (result.incomplete()) {
      // as the CLI: a partly read inventory is never reported as clean
      System.err.println(
          "interdict spark scan: nothing covered was found in what could be read, but the unread "
              + "part was not checked; exit 2");
      return Jobs.USAGE;
    }
    return 0;
  }

  private void writeFindings(
      SparkSession spark, Outputs outputs, JavaRDD<ScanPiece.FoundPiece> findings) {
    JavaRDD<String> lines =
        findings.map(f -> ScanAdapter.withOccurrences(f.json(), f.occurrences()));
    if (outputs.format().equals("json")) {
      outputs.writeLines("findings", spark.createDataset(lines.rdd(), Encoders.STRING()));
      return;
    }
    outputs.write(
        "findings",
        spark.createDataFrame(
            findings.map(
                f ->
                    RowFactory.create(
                        f.host(),
                        f.productId(),
                        f.covered(),
                        f.occurrences(),
                        ScanAdapter.withOccurrences(f.json(), f.occurrences()))),
            FINDING_SCHEMA));
  }

  private static List<InputSummary> inputSummaries(
      JavaRDD<ScanPiece> pieces, List<InputPlan> plans) {
    Map<Integer, Tuple2<Long, Long>> counts =
        JavaPairRDD.fromJavaRDD(
                pieces
                    .filter(piece -> piece instanceof ScanPiece.CountPiece)
                    .map(
                        piece -> {
                          var count = (ScanPiece.CountPiece) piece;
                          return new Tuple2<>(
                              count.fileIndex(), new Tuple2<>(count.records(), count.errors()));
                        }))
            .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2()))
            .collectAsMap();
    List<InputSummary> summaries = new ArrayList<>();
    for (InputPlan plan : plans) {
      Tuple2<Long, Long> count = counts.getOrDefault(plan.file().index(), new Tuple2<>(0L, 0L));
      summaries.add(new InputSummary(plan.file().name(), plan.formatId(), count._1(), count._2()));
    }
    return summaries;
  }
}
