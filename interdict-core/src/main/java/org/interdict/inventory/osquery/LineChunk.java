package org.interdict.inventory.osquery;

import java.util.ArrayList;
import java.util.List;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;

/**
 * A run of consecutive log lines copied out of the input, with their line numbers, and then what a
 * worker read from them: records and errors in line order, and the failure that stopped it, if any.
 * Filled by the splitting thread, read by one worker, replayed and recycled by the splitting
 * thread; the executor's hand-over orders those steps.
 */
final class LineChunk implements InventorySink {
  /**
   * A chunk closes at this many bytes (a longer line gets a chunk of its own) or {@link #MAX_LINES}
   * lines.
   */
  static final int TARGET_BYTES =
      256 * 1024; // under half a G1 region of a small heap: never a humongous object

  static final int MAX_LINES = 2048;

  /** Marks a line longer than the reader's limit, whose bytes were not kept. */
  static final int TOO_LONG = -1;

  private final byte[] bytes;
  private final int[] starts = new int[MAX_LINES];
  private final int[] lengths = new int[MAX_LINES];
  private final long[] lineNumbers = new long[MAX_LINES];
  private int used;
  private int lines;
  private final List<Object> items = new ArrayList<>();
  private long removedRows;
  private Throwable failure;

  LineChunk(int capacity) {
    this.bytes = new byte[capacity];
  }

  /**
   * True when a line of {@code length} bytes still fits (an empty chunk takes any line its capacity
   * holds).
   */
  boolean fits(int length) {
    return lines < MAX_LINES && used + length <= bytes.length;
  }

  /** Empties the chunk for reuse; only a chunk of {@link #TARGET_BYTES} is worth keeping. */
  boolean recycle() {
    used = 0;
    lines = 0;
    items.clear();
    removedRows = 0;
    failure = null;
    return bytes.length == TARGET_BYTES;
  }

  boolean isEmpty() {
    return lines == 0;
  }

  void add(byte[] source, int from, int length, long lineNumber) {
    System.arraycopy(source, from, bytes, used, length);
    starts[lines] = used;
    lengths[lines] = length;
    lineNumbers[lines] = lineNumber;
    used += length;
    lines++;
  }

  void addTooLong(long lineNumber) {
    starts[lines] = used;
    lengths[lines] = TOO_LONG;
    lineNumbers[lines] = lineNumber;
    lines++;
  }

  int lines() {
    return lines;
  }

  byte[] bytes() {
    return bytes;
  }

  int start(int line) {
    return starts[line];
  }

  int length(int line) {
    return lengths[line];
  }

  long lineNumber(int line) {
    return lineNumbers[line];
  }

  @Override
  public void record(SoftwareRecord record) {
    items.add(record);
  }

  @Override
  public void error(InputError error) {
    items.add(error);
  }

  void finished(long removed, Throwable stoppedBy) {
    this.removedRows = removed;
    this.failure = stoppedBy;
  }

  long removedRows() {
    return removedRows;
  }

  /**
   * Gives what the worker read to {@code sink}, in line order, then throws what stopped the worker,
   * if anything.
   */
  void replay(InventorySink sink) throws java.io.IOException {
    for (Object item : items) {
      if (item instanceof SoftwareRecord record) {
        sink.record(record);
      } else {
        sink.error((InputError) item);
      }
    }
    if (failure instanceof java.io.IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }
}
