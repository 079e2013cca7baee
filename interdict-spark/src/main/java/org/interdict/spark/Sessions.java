package org.interdict.spark;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Opens the Spark session of a job. With {@code --master local[...]} (the launcher's one-machine
 * mode) the driver binds to loopback and the web UI stays off, so a trial run opens no port on the
 * network; on a cluster the master and everything else come from {@code spark-submit}. A job stops
 * only a session it started itself, so a caller that already runs one (a test, a notebook) keeps
 * it.
 */
public final class Sessions {
  private Sessions() {}

  /** A job's session; closing it stops Spark unless the session was there before the job. */
  public record Session(SparkSession spark, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        spark.stop();
      }
    }
  }

  /**
   * @param master {@code local[N]}, a cluster URL, or null to take it from spark-submit
   */
  public static Session open(String appName, String master) {
    var running = SparkSession.getActiveSession().orElse(SparkSession::getDefaultSession);
    if (running.isDefined()) {
      return new Session(running.get(), false);
    }
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (master != null) {
      builder.master(master);
      if (master.toLowerCase(Locale.ROOT).startsWith("local")) {
        builder
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false");
      }
    }
    return new Session(builder.getOrCreate(), true);
  }
}
