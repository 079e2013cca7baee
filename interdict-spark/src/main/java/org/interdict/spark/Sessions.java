package org.interdict.spark;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Opens the Spark session of a job. With {@code --master local[...]} (the launcher's one-machine mode) the driver
 * binds to loopback and the web UI stays off, so a trial run opens no port on the network; on a cluster the
 * master and everything else come from {@code spark-submit}.
 */
public final class Sessions {
  private Sessions() {}

  /** @param master {@code local[N]}, a cluster URL, or null to take it from spark-submit */
  public static SparkSession open(String appName, String master) {
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (master != null) {
      builder.master(master);
      if (master.toLowerCase(Locale.ROOT).startsWith("local")) {
        builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8");
      }
    }
    return builder.getOrCreate();
  }
}
