package org.interdict.spark.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of a job: its position among the inputs (which orders outputs like the CLI orders
 * its inputs), the name shown in outputs (the path as the user gave it, or the given folder joined
 * with the file's relative path), and the fully qualified Hadoop URI it is read from.
 */
public record InputFile(int index, String name, String uri) implements Serializable {
  public InputFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uri, "uri");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
  }
}
