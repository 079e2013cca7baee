package org.interdict.inventory.osquery;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an osqueryd result log, one JSON object per line, in event ({@code action} + {@code
 * columns}), snapshot ({@code snapshot} rows) or batch ({@code diffResults}) form. A broken line is
 * reported and the next line is read. With more than one thread, this thread splits the input into
 * chunks of whole lines, a small pool parses them, and the results reach the sink in input order,
 * so the sink sees exactly what a one-thread read gives (docs/adr/011-osquery-parallel-reading.md).
 * Not thread-safe; one per read.
 */
final class OsqueryLogReader {
  private static final Logger LOG = LoggerFactory.getLogger(OsqueryLogReader.class);

  private final String fileName;
  private final InventorySink sink;
  private final int maxLineBytes;
  private final int threads;
  private final boolean fast;
  private long removedRows;

  /** Replayed chunks, reused so that a long log allocates a few buffers, not one per chunk. */
  private final Deque<LineChunk> free = new ArrayDeque<>();

  OsqueryLogReader(
      String fileName, InventorySink sink, int maxLineBytes, int threads, boolean fast) {
    this.fileName = fileName;
    this.sink = sink;
    this.maxLineBytes = maxLineBytes;
    this.threads = threads;
    this.fast = fast;
  }

  void read(InputStream input) throws IOException {
    ByteLines lines = new ByteLines(input, maxLineBytes);
    if (threads <= 1) {
      readSerially(lines);
    } else {
      readInParallel(lines);
    }
    if (removedRows > 0) {
      LOG.debug(
          "{}: skipped {} rows of 'removed' events, which describe uninstalled software",
          fileName,
          removedRows);
    }
  }

  /** The number of rows in "removed" events and batches, which were not reported as records. */
  long removedRows() {
    return removedRows;
  }

  private void readSerially(ByteLines lines) throws IOException {
    LogLineParser parser = new LogLineParser(fileName, fast);
    try {
      while (lines.next()) {
        if (lines.tooLong()) {
          tooLong(lines.lineNumber(), sink);
        } else if (!isBlank(lines.buffer(), lines.lineStart(), lines.lineLength())) {
          parser.parse(
              lines.buffer(), lines.lineStart(), lines.lineLength(), lines.lineNumber(), sink);
        }
      }
    } finally {
      removedRows += parser.removedRows();
    }
  }

  private void readInParallel(ByteLines lines) throws IOException {
    AtomicInteger workerNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread worker =
                  new Thread(task, "interdict-osquery-" + workerNumber.incrementAndGet());
              worker.setDaemon(true);
              return worker;
            });
    ThreadLocal<LogLineParser> parsers =
        ThreadLocal.withInitial(() -> new LogLineParser(fileName, fast));
    Deque<Future<LineChunk>> inFlight = new ArrayDeque<>();
    free.clear();
    int maxInFlight = threads * 2 + 1;
    try {
      LineChunk chunk = new LineChunk(LineChunk.TARGET_BYTES);
      try {
        while (lines.next()) {
          int length = lines.tooLong() ? 0 : lines.lineLength();
          if (!chunk.fits(length)) {
            submit(pool, parsers, chunk, inFlight, maxInFlight);
            chunk =
                length > LineChunk.TARGET_BYTES
                    ? new LineChunk(length)
                    : free.isEmpty() ? new LineChunk(LineChunk.TARGET_BYTES) : free.pop();
          }
          if (lines.tooLong()) {
            chunk.addTooLong(lines.lineNumber());
          } else {
            chunk.add(lines.buffer(), lines.lineStart(), length, lines.lineNumber());
          }
        }
      } catch (IOException | RuntimeException | Error failure) {
        // The lines read before the failure reach the sink first, as on one thread; then the
        // failure does.
        try {
          submit(pool, parsers, chunk, inFlight, 0);
        } catch (IOException | RuntimeException | Error later) {
          failure.addSuppressed(later);
        }
        throw failure;
      }
      submit(pool, parsers, chunk, inFlight, 0);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Queues {@code chunk}, then replays finished chunks in order until at most {@code keep} are in
   * flight.
   */
  private void submit(
      ExecutorService pool,
      ThreadLocal<LogLineParser> parsers,
      LineChunk chunk,
      Deque<Future<LineChunk>> inFlight,
      int keep)
      throws IOException {
    if (!chunk.isEmpty()) {
      inFlight.add(pool.submit(() -> parse(parsers.get(), chunk)));
    }
    while (inFlight.size() > keep) {
      LineChunk done = await(inFlight.poll());
      removedRows += done.removedRows();
      done.replay(sink);
      if (done.recycle()) {
        free.push(done);
      }
    }
  }

  private LineChunk parse(LogLineParser parser, LineChunk chunk) {
    long removedBefore = parser.removedRows();
    Throwable failure = null;
    try {
      for (int i = 0; i < chunk.lines(); i++) {
        int length = chunk.length(i);
        if (length == LineChunk.TOO_LONG) {
          tooLong(chunk.lineNumber(i), chunk);
        } else if (!isBlank(chunk.bytes(), chunk.start(i), length)) {
          parser.parse(chunk.bytes(), chunk.start(i), length, chunk.lineNumber(i), chunk);
        }
      }
    } catch (Throwable t) {
      failure = t; // rethrown in order, after the lines before it, by replay
    }
    chunk.finished(parser.removedRows() - removedBefore, failure);
    return chunk;
  }

  private static LineChunk await(Future<LineChunk> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading an osquery log", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("an osquery worker failed", e.getCause());
    }
  }

  private void tooLong(long lineNumber, InventorySink to) {
    to.error(
        InputError.of(
            fileName,
            lineNumber,
            "line-too-long",
            "line is longer than " + maxLineBytes + " bytes; skipping it"));
  }

  private static boolean isBlank(byte[] bytes, int from, int length) {
    for (int i = from; i < from + length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
