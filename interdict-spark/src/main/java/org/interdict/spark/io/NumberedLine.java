package org.interdict.spark.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of a text input with its 1-based line number in its file, so errors and ids name the
 * real line.
 */
public record NumberedLine(InputFile file, long line, String text) implements Serializable {
  public NumberedLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
  }
}
