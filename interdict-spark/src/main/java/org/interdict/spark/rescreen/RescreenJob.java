package org.interdict.spark.rescreen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.interdict.SuppressForbidden;
import org.interdict.lists.LoadedLists;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.delta.Baseline;
import org.interdict.spark.JobOptions;
import org.interdict.spark.Jobs;
import org.interdict.spark.Sessions;
import org.interdict.spark.SparkJobException;
import org.interdict.spark.index.ShippedIndex;
import org.interdict.spark.io.ErrorRows;
import org.interdict.spark.io.InputFiles;
import org.interdict.spark.io.Outputs;
import org.interdict.spark.names.NameInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code spark-submit --class org.interdict.spark.rescreen.RescreenJob}: the hits a list update
 * adds to or removes from a dataset of stored parties, written to {@code OUTPUT/changes} (the CLI's
 * rescreen CSV columns) and {@code OUTPUT/errors}.
 */
@Command(
    name = "rescreen",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    versionProvider = Jobs.Version.class,
    description = {
      "Re-screen stored parties on Spark after a list update; the result equals interdict rescreen's.",
      "--from and --to are lists folders as --lists-dir reads them (read on the driver); the bundled curated "
          + "snapshot is added to both.",
      "Exit codes: 0 no new hit, 1 at least one new hit, 2 usage error or unreadable input, 3 internal error."
    })
public final class RescreenJob implements Callable<Integer> {
  @Mixin JobOptions job = new JobOptions();

  @Option(
      names = "--parties",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Stored parties: files, folders or globs on any Hadoop file system.")
  List<String> parties = new ArrayList<>();

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description = "csv, parquet or json (default: ${DEFAULT-VALUE}).")
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
      description = "Column identifying parties (default: line number).")
  String idColumn;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR",
      description = "Lists before the update.")
  Path from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "Lists after the update.")
  Path to;

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description = "Minimum score (default: ${DEFAULT-VALUE}).")
  double minScore = ScreeningQuery.DEFAULT_MIN_SCORE;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] args) {
    return Jobs.run(new RescreenJob(), args);
  }

  @SuppressForbidden(reason = "the job's one-line summary goes to the driver's stderr")
  @Override
  public Integer call() {
    job.validate();
    if (!(minScore > Baseline.DEFAULT_BAND && minScore <= 1)) {
      throw new SparkJobException(
          "--min-score must be above " + Baseline.DEFAULT_BAND + " and at most 1, was " + minScore);
    }
    LoadedLists before = RescreenAdapter.lists(from);
    LoadedLists after = RescreenAdapter.lists(to);
    ShippedIndex shippedBefore = RescreenAdapter.ship(before);
    ShippedIndex shippedAfter = RescreenAdapter.ship(after);
    try (Sessions.Session session = Sessions.open("interdict-rescreen", job.master)) {
      SparkSession spark = session.spark();
      Configuration hadoop = spark.sparkContext().hadoopConfiguration();
      Outputs outputs = Outputs.at(job.output, job.outputFormat, NameInputs.FORMATS, hadoop);
      var files = InputFiles.resolve(parties, hadoop);
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<ShippedIndex> beforeIndex = context.broadcast(shippedBefore);
      Broadcast<ShippedIndex> afterIndex = context.broadcast(shippedAfter);
      double min = minScore;
      JavaRDD<scala.Tuple2<Boolean, Row>> changes =
          NameInputs.read(
                  spark,
                  files,
                  inputFormat,
                  column,
                  idColumn,
                  org.interdict.spark.names.FeatureColumnNames.NONE,
                  job.partitions)
              .mapPartitions(
                  names ->
                      RescreenAdapter.rescreen(names, beforeIndex.value(), afterIndex.value(), min))
              .persist(StorageLevel.MEMORY_AND_DISK());
      outputs.write(
          "changes",
          spark.createDataFrame(
              changes.filter(t -> !t._1()).map(t -> t._2()), RescreenAdapter.SCHEMA));
      outputs.write(
          "errors",
          spark.createDataFrame(changes.filter(t -> t._1()).map(t -> t._2()), ErrorRows.SCHEMA));
      long newHits = changes.filter(t -> !t._1() && "new".equals(t._2().getString(0))).count();
      long goneHits = changes.filter(t -> !t._1() && "gone".equals(t._2().getString(0))).count();
      changes.unpersist();
      System.err.printf(
          "Re-screened against the update: %d new hits, %d gone; output %s%n",
          newHits, goneHits, job.output);
      return newHits > 0 ? 1 : 0;
    }
  }
}
