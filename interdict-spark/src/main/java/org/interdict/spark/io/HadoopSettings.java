package org.interdict.spark.io;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop settings (file system credentials, endpoints) in a form tasks can receive, so
 * that a task opens {@code s3a://} or {@code hdfs://} inputs exactly as the driver did.
 */
public final class HadoopSettings implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> entries;

  private HadoopSettings(Map<String, String> entries) {
    this.entries = entries;
  }

  public static HadoopSettings of(Configuration configuration) {
    Map<String, String> entries = new HashMap<>();
    configuration.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
    return new HadoopSettings(entries);
  }

  public Configuration configuration() {
    Configuration configuration = new Configuration(false);
    entries.forEach(configuration::set);
    return configuration;
  }
}
