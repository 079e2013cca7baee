package org.interdict.spark.scan;

import java.io.Serializable;
import java.util.Objects;
import org.interdict.spark.io.InputFile;

/**
 * How one input is read, decided on the driver from its first bytes: an osquery result log (one
 * JSON object per line) is split by lines across partitions; every other format (SBOMs, CSV
 * exports, osqueryi arrays, gzip without a .gz name) is read whole by one task with the CLI's
 * streaming reader.
 */
record InputPlan(InputFile file, String formatId, boolean splitByLines) implements Serializable {
  InputPlan {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(formatId, "formatId");
  }
}
