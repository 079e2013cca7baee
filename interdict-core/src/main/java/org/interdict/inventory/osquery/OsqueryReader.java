package org.interdict.inventory.osquery;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.model.InputError;

/**
 * Reads osquery output in either form, told apart by the first non-blank byte: {@code [} starts an
 * {@code osqueryi --json} array of rows, {@code {} starts an osqueryd result log with one JSON object per line.
 * Stateless and thread-safe.
 */
public final class OsqueryReader implements InventoryReader {
  /**
   * Lines longer than this are reported as {@code line-too-long} and skipped, which bounds memory.
   */
  public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

  /**
   * The system property that sets how many threads parse a result log: 1 reads on the caller's
   * thread only; the default is the number of processors, at most {@link #MAX_DEFAULT_THREADS}. The
   * output is the same.
   */
  public static final String THREADS_PROPERTY = "interdict.osquery.threads";

  static final int MAX_DEFAULT_THREADS = 4;

  private final int maxLineBytes;
  private final int threads;
  private final boolean fast;

  public OsqueryReader() {
    this(DEFAULT_MAX_LINE_BYTES);
  }

  public OsqueryReader(int maxLineBytes) {
    this(maxLineBytes, defaultThreads());
  }

  /**
   * @param threads how many threads parse a result log; 1 parses on the caller's thread
   */
  public OsqueryReader(int maxLineBytes, int threads) {
    this(maxLineBytes, threads, true);
  }

  /**
   * @param fast false to parse every line with Jackson, for tests comparing the fast parser with it
   */
  OsqueryReader(int maxLineBytes, int threads, boolean fast) {
    if (maxLineBytes < 16) {
      throw new IllegalArgumentException("maxLineBytes must be at least 16, was " + maxLineBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.maxLineBytes = maxLineBytes;
    this.threads = threads;
    this.fast = fast;
  }

  static int defaultThreads() {
    String configured = System.getProperty(THREADS_PROPERTY, "").strip();
    if (!configured.isEmpty()) {
      try {
        return Math.max(1, Integer.parseInt(configured));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            THREADS_PROPERTY + " must be a whole number, was '" + configured + "'", e);
      }
    }
    return Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());
  }

  @Override
  public String formatId() {
    return "osquery";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    try {
      BufferedInputStream utf8 = Encodings.utf8(input);
      int first = Encodings.firstSignificantByte(utf8);
      if (first < 0) {
        sink.error(
            InputError.of(
                fileName, 0, "empty-input", "the file holds no osquery rows; nothing to read"));
        return;
      }
      if (first == '[') {
        new OsqueryArrayReader(fileName, sink).read(utf8);
      } else if (first == '{') {
        new OsqueryLogReader(fileName, sink, maxLineBytes, threads, fast).read(utf8);
      } else {
        throw new UnreadableInventoryException(
            fileName
                + ": not osquery output: expected '[' (osqueryi --json) or '{' (osqueryd result log)"
                + " as the first character, found byte 0x"
                + Integer.toHexString(first));
      }
    } catch (IOException e) {
      throw new UnreadableInventoryException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }
}
