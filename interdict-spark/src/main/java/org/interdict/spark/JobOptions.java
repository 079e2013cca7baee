package org.interdict.spark;

import picocli.CommandLine.Option;

/**
 * The options every job takes: where it runs, where its output goes, and how finely its input is
 * split.
 */
public final class JobOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, e.g. local[2]; default: from spark-submit.")
  public String master;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "Output folder (any Hadoop URI); must not exist.")
  public String output;

  @Option(
      names = "--output-format",
      required = true,
      paramLabel = "FORMAT",
      description = "Format of the output datasets (see the job's description).")
  public String outputFormat;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Fewest partitions to split line-based input into (default: Spark's).")
  public int partitions;

  /**
   * @throws SparkJobException for a negative partition count
   */
  public void validate() {
    if (partitions < 0) {
      throw new SparkJobException("--partitions must be at least 1, was " + partitions);
    }
  }
}
