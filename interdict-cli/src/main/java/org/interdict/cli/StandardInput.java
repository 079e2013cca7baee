package org.interdict.cli;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The file name {@code -}, which every command that reads an input file takes to mean standard
 * input.
 */
public final class StandardInput {
  /** The name that means standard input. */
  public static final String NAME = "-";

  private StandardInput() {}

  public static boolean isStandardInput(Path file) {
    return NAME.equals(file.toString());
  }

  /** Standard input, which closing leaves open: it belongs to the process, not to the reader. */
  public static InputStream open() {
    return new FilterInputStream(System.in) {
      @Override
      public void close() {
        // left open on purpose
      }
    };
  }
}
