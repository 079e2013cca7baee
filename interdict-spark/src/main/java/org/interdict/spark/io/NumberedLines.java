package org.interdict.spark.io;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Reads text files as numbered lines, split across partitions by Hadoop's line reader. The line
 * numbers come from {@code zipWithIndex} per file (one extra counting pass over the file), so that
 * an id or an error names the same line the single-JVM CLI would. Partitions keep file order and
 * line order.
 */
public final class NumberedLines {
  private NumberedLines() {}

  /**
   * @param minPartitions the fewest splits per file (Hadoop may make more for large files)
   */
  public static JavaRDD<NumberedLine> read(
      JavaSparkContext spark, List<InputFile> files, int minPartitions) {
    JavaRDD<NumberedLine> all = null;
    for (InputFile file : files) {
      JavaRDD<NumberedLine> lines =
          spark
              .textFile(file.uri(), minPartitions)
              .zipWithIndex()
              .map(
                  pair ->
                      new NumberedLine(
                          file, pair._2() + 1, pair._2() == 0 ? withoutBom(pair._1()) : pair._1()));
      all = all == null ? lines : all.union(lines);
    }
    return all == null ? spark.emptyRDD() : all;
  }

  private static String withoutBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
