package org.interdict.spark;

import java.util.Arrays;
import org.interdict.SuppressForbidden;
import org.interdict.spark.rescreen.RescreenJob;
import org.interdict.spark.scan.ScanJob;
import org.interdict.spark.screen.ScreenJob;

/**
 * {@code interdict spark screen|scan|rescreen ...}: the launcher's entry point, which hands the
 * remaining arguments to the job's own main (the same class {@code spark-submit --class} names).
 */
public final class SparkMain {
  private SparkMain() {}

  @SuppressForbidden(reason = "the Spark launcher's usage and errors go to the driver's stderr")
  public static void main(String[] args) {
    String usage =
        "usage: interdict spark screen|scan|rescreen [OPTIONS]  (--help after the job name lists them)";
    if (args.length == 0) {
      System.err.println(usage);
      System.exit(2);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    int code =
        switch (args[0]) {
          case "screen" -> ScreenJob.run(rest);
          case "scan" -> ScanJob.run(rest);
          case "rescreen" -> RescreenJob.run(rest);
          default -> {
            System.err.println("interdict spark: unknown job '" + args[0] + "'; " + usage);
            yield 2;
          }
        };
    System.exit(code);
  }
}
