package org.interdict.cli.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.interdict.screening.ScreeningResult;

/**
 * The writing end of the batch pipeline: batches being screened are queued in input order (at most
 * {@code capacity} at once, so the reader waits when writing falls behind) and one writer thread
 * writes each as soon as it and every batch before it are done. The first failure (a write error, a
 * screening error) stops the pipeline and is rethrown to the reader by {@link #add} or {@link
 * #finish}. Used by one reader thread.
 */
final class OrderedResults implements AutoCloseable {
  /** Screened rows of one batch; {@code size} of the arrays are used. */
  record Batch(String[] ids, ScreeningResult[] results, int size) {}

  /**
   * What was written: rows with at least one match, rows whose name could not be screened
   * completely ({@link ScreeningResult#problem()}), and the first {@link #FIRST_PROBLEMS} of those
   * as "input id: problem id" (no names: they are personal data).
   */
  record Written(long matchedRows, long problemRows, List<String> firstProblems) {}

  static final int FIRST_PROBLEMS = 5;

  private static final Future<Batch> END = CompletableFuture.completedFuture(null);

  private final ResultWriter writer;
  private final BlockingQueue<Future<Batch>> queue;
  private final Thread thread;
  private volatile Throwable failure;
  private Written written;
  private boolean ended;

  OrderedResults(ResultWriter writer, int capacity) {
    this.writer = writer;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::drain, "screen-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues the next batch in input order; waits while the queue is full. */
  void add(Future<Batch> batch) throws IOException {
    rethrow();
    put(batch);
  }

  /** Waits until every queued batch is written; says what was. */
  Written finish() throws IOException {
    end();
    rethrow();
    return written;
  }

  @Override
  public void close() {
    end();
  }

  private void end() {
    if (!ended) {
      ended = true;
      put(END);
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void put(Future<Batch> batch) {
    try {
      while (!queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (failure != null && batch != END) {
          return;
        }
        if (!thread.isAlive()) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing results", e);
    }
  }

  private void drain() {
    long matched = 0;
    long problems = 0;
    List<String> first = new ArrayList<>(FIRST_PROBLEMS);
    try {
      while (true) {
        Future<Batch> next = queue.take();
        if (next == END) {
          break;
        }
        Batch batch = next.get();
        for (int i = 0; i < batch.size(); i++) {
          ScreeningResult result = batch.results()[i];
          writer.write(batch.ids()[i], result);
          matched += result.matches().isEmpty() ? 0 : 1;
          var problem = result.problem();
          if (problem.isPresent()) {
            problems++;
            if (first.size() < FIRST_PROBLEMS) {
              first.add(batch.ids()[i] + ": " + problem.get().id());
            }
          }
        }
      }
    } catch (ExecutionException e) {
      failure = e.getCause();
      discardRest();
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
      discardRest();
    } catch (InterruptedException e) {
      failure = e;
    }
    written = new Written(matched, problems, List.copyOf(first));
  }

  /** After a failure: drops queued batches until the end marker, so the reader never blocks. */
  private void discardRest() {
    try {
      for (Future<Batch> next = queue.take(); next != END; next = queue.take()) {
        next.cancel(true);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrow() throws IOException {
    Throwable cause = failure;
    if (cause == null) {
      return;
    }
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof UncheckedIOException unchecked) {
      throw unchecked.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("batch screening failed", cause);
  }
}
