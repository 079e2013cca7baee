package org.interdict.spark.screen;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.interdict.SuppressForbidden;
import org.interdict.lists.LoadedLists;
import org.interdict.screening.ScreeningQuery;
import org.interdict.spark.JobOptions;
import org.interdict.spark.Jobs;
import org.interdict.spark.Sessions;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.index.ShippedIndex;
import org.interdict.spark.io.ErrorRows;
import org.interdict.spark.io.InputFiles;
import org.interdict.spark.io.Outputs;
import org.interdict.spark.names.FeatureColumnNames;
import org.interdict.spark.names.NameInput;
import org.interdict.spark.names.NameInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.interdict.spark.screen.ScreenJob}: screens a column of names
 * against the lists, writing {@code OUTPUT/matches} (the CLI's CSV columns plus the explanation)
 * and {@code OUTPUT/errors}.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = Jobs.Version.class,
    description = {
      "Screen a column of names on Spark with the same engine, lists and scores as interdict screen.",
      "Writes OUTPUT/matches (one row per match, one with empty match columns per name without one) and "
          + "OUTPUT/errors (skipped rows: source, line, error, message).",
      "Exit codes: 0 no match, 1 at least one match, 2 usage error or unreadable input, 3 internal error, "
          + "4 a list was not read completely (a no-match proves nothing)."
    })
public final class ScreenJob implements Callable<Integer> {
  @Mixin JobOptions job = new JobOptions();

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, folders or globs on any Hadoop file system (file:, hdfs://, s3a://).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--input-format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv, parquet or json (JSON lines).")
  String inputFormat;

  @Option(
      names = "--column",
      required = true,
      paramLabel = "COL",
      description = "Column holding the names.")
  String column;

  @Option(
      names = "--id-column",
      paramLabel = "COL",
      description =
          "Column identifying rows (default: the line number for csv, the row position otherwise).")
  String idColumn;

  @Option(
      names = "--dob-column",
      paramLabel = "COL",
      description =
          "Column holding birth dates (YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY, 'circa 1960'...), as"
              + " interdict screen --dob-column; weighed by entity-v1.")
  String dobColumn;

  @Option(
      names = "--country-column",
      paramLabel = "COL",
      description =
          "Column holding a country of the party (ISO code or English name), as interdict screen"
              + " --country-column.")
  String countryColumn;

  @Option(
      names = "--identifier-column",
      paramLabel = "COL",
      description =
          "Column holding an identifier as TYPE:VALUE (passport:1084010, imo:9811000...), as"
              + " interdict screen --identifier-column.")
  String identifierColumn;

  @Option(
      names = "--scorer",
      paramLabel = "ID",
      description =
          "entity-v1 (names plus birth dates, countries, identifiers) or aligned-tokens-v1 (names"
              + " only) (default: ${DEFAULT-VALUE}).")
  String scorer = ScreeningQuery.DEFAULT_SCORER;

  @Option(
      names = "--lists-dir",
      paramLabel = "DIR",
      description = "Folder of official list files to add (read on the driver).")
  Path listsDir;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory of stored list snapshots (read on the driver); with --as-of.")
  Path dataDir;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Screen against the stored snapshots of --data-dir in force on this date (default with --data-dir: today, UTC).")
  LocalDate asOf;

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description = "Minimum score in [0, 1] (default: ${DEFAULT-VALUE}).")
  double minScore = ScreeningQuery.DEFAULT_MIN_SCORE;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Most matches per name (default: ${DEFAULT-VALUE}).")
  int limit = ScreeningQuery.DEFAULT_LIMIT;

  private final Clock clock;

  public ScreenJob() {
    this(Clock.systemUTC());
  }

  public ScreenJob(Clock clock) {
    this.clock = clock;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] args) {
    return Jobs.run(new ScreenJob(), args);
  }

  @SuppressForbidden(reason = "the lists used and the job's summary go to the driver's stderr")
  @Override
  public Integer call() {
    validate();
    // --data-dir alone screens against the snapshots in force today (UTC), as the option
    // list allows
    Optional<LocalDate> date =
        asOf != null
            ? Optional.of(asOf)
            : dataDir != null ? Optional.of(LocalDate.now(clock)) : Optional.empty();
    LoadedLists lists =
        ScreenAdapter.lists(Optional.ofNullable(listsDir), Optional.ofNullable(dataDir), date);
    System.err.println("Lists used: " + String.join("; ", ScreenAdapter.describe(lists)));
    lists
        .describeIncompleteness()
        .forEach(
            line ->
                System.err.println(
                    "warning: incomplete list: "
                        + line
                        + "; a no-match against it proves nothing (exit code "
                        + Jobs.INCOMPLETE_LISTS
                        + ")"));
    String incomplete = ScreenAdapter.incompleteLists(lists);
    ShippedIndex shipped = ScreenAdapter.ship(lists);
    try (Sessions.Session session = Sessions.open("interdict-screen", job.master)) {
      SparkSession spark = session.spark();
      Configuration hadoop = spark.sparkContext().hadoopConfiguration();
      Outputs outputs = Outputs.at(job.output, job.outputFormat, NameInputs.FORMATS, hadoop);
      var files = InputFiles.resolve(inputs, hadoop);
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<ShippedIndex> index = context.broadcast(shipped);
      ScreenCounts counts = ScreenCounts.register(spark.sparkContext());
      double min = minScore;
      int most = limit;
      String scoredBy = scorer;
      // two passes over the input instead of caching the screened rows: reading is cheap next to
      // screening, and a
      // cache of every output row would crowd the executors' heap
      JavaRDD<NameInput> names =
          NameInputs.read(
              spark,
              files,
              inputFormat,
              column,
              idColumn,
              new FeatureColumnNames(dobColumn, countryColumn, identifierColumn),
              job.partitions);
      outputs.write(
          "matches",
          spark.createDataFrame(
              names
                  .filter(name -> name.error().isEmpty())
                  .mapPartitions(
                      part ->
                          ScreenAdapter.screen(
                              part,
                              index.value().index(),
                              new ScreenAdapter.Settings(min, most, scoredBy),
                              incomplete,
                              counts)),
              MatchRows.SCHEMA));
      outputs.write(
          "errors",
          spark.createDataFrame(
              names
                  .filter(name -> name.error().isPresent())
                  .map(name -> counts.countBad(name.error().get().toRow())),
              ErrorRows.SCHEMA));
      System.err.printf(
          "Screened %d names: %d with matches, %d bad rows; index broadcast %d bytes; output %s%n",
          counts.names().value(),
          counts.matched().value(),
          counts.bad().value(),
          shipped.sizeBytes(),
          job.output);
      // as the CLI: results against a list not read completely are flagged by their own exit code
      return !lists.complete() ? Jobs.INCOMPLETE_LISTS : counts.matched().value() > 0 ? 1 : 0;
    }
  }

  private void validate() {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new SparkJobException("--min-score must be between 0 and 1, was " + minScore);
    }
    if (limit < 1) {
      throw new SparkJobException("--limit must be at least 1, was " + limit);
    }
    try {
      ScreeningQuery.requireScorer(scorer);
    } catch (org.interdict.InvalidValueException e) {
      throw new SparkJobException("--scorer: " + e.getMessage());
    }
    if (listsDir != null && (dataDir != null || asOf != null)) {
      throw new SparkJobException("give --lists-dir, or --data-dir with --as-of, not both");
    }
    job.validate();
  }
}
