package org.interdict.scan;

import java.util.Objects;

/**
 * One input of a scan: its name, the format it was read as, and how many records and errors it
 * gave.
 */
public record InputSummary(String file, String format, long records, long errors) {
  public InputSummary {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
  }
}
