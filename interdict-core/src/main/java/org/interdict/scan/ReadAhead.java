package org.interdict.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.interdict.detection.Detection;
import org.interdict.detection.Detector;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;

/**
 * Reads one source on its own thread, detects on a small pool, and hands each record with its
 * detection to the caller's thread, so a scan uses every core. Records and errors travel in batches
 * through a bounded queue (at most {@link #BATCHES} of {@link #BATCH_SIZE} in flight, plus two per
 * detecting thread) and reach the caller's sink in the order the reader produced them, whatever the
 * threads' timing (docs/adr/011-osquery-parallel-reading.md). A failure of the reader or of
 * detection (an unreadable input, an {@code OutOfMemoryError}) is rethrown on the caller's thread;
 * a failure of the caller stops the reader.
 */
final class ReadAhead {
  static final int BATCH_SIZE = 1024;
  static final int BATCHES = 16;

  /**
   * Receives what a source gives, in reading order, each record with what detection found in it.
   */
  interface DetectedSink {
    void record(SoftwareRecord record, Optional<Detection> detection);

    void error(InputError error);
  }

  private ReadAhead() {}

  /**
   * @param detectThreads how many threads detect; 1 detects on the caller's thread
   */
  static void read(ScanSource source, Detector detector, int detectThreads, DetectedSink sink) {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    Thread reader = new Thread(() -> produce(source, queue), "interdict-read");
    reader.setDaemon(true);
    reader.start();
    ExecutorService pool = detectThreads > 1 ? pool(detectThreads) : null;
    Deque<Future<Batch>> detecting = new ArrayDeque<>();
    boolean finished = false;
    try {
      while (true) {
        Batch batch = queue.take();
        if (pool == null) {
          deliver(batch.detect(detector), sink);
        } else {
          detecting.add(pool.submit(() -> batch.detect(detector)));
          while (detecting.size() > 2 * detectThreads || (batch.last && !detecting.isEmpty())) {
            deliver(await(detecting.poll()), sink);
          }
        }
        if (batch.last) {
          finished = true;
          rethrow(batch.failure);
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the scan was interrupted while reading " + source.name(), e);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      if (!finished) {
        reader.interrupt();
      }
    }
  }

  private static ExecutorService pool(int threads) {
    AtomicInteger number = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        task -> {
          Thread worker = new Thread(task, "interdict-detect-" + number.incrementAndGet());
          worker.setDaemon(true);
          return worker;
        });
  }

  private static void deliver(Batch batch, DetectedSink sink) {
    List<Object> items = batch.items;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof SoftwareRecord record) {
        sink.record(record, Optional.ofNullable(batch.detections[i]));
      } else {
        sink.error((InputError) items.get(i));
      }
    }
  }

  private static Batch await(Future<Batch> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      rethrow(e.getCause());
      throw new IllegalStateException(e);
    }
  }

  private static void produce(ScanSource source, BlockingQueue<Batch> queue) {
    Batcher batcher = new Batcher(queue);
    Throwable failure = null;
    try {
      source.readInto(batcher);
    } catch (Stopped stopped) {
      return;
    } catch (Throwable t) {
      failure = t;
    }
    try {
      queue.put(new Batch(batcher.items, true, failure));
    } catch (InterruptedException e) {
      // The caller gave up on this source; nobody is waiting for the rest.
    }
  }

  private static void rethrow(Throwable failure) {
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

  /**
   * Read items, then (on a detecting thread) the detection of each record; null for errors and
   * misses.
   */
  private static final class Batch {
    final List<Object> items;
    final boolean last;
    final Throwable failure;
    Detection[] detections;

    Batch(List<Object> items, boolean last, Throwable failure) {
      this.items = items;
      this.last = last;
      this.failure = failure;
    }

    Batch detect(Detector detector) {
      Detection[] found = new Detection[items.size()];
      for (int i = 0; i < found.length; i++) {
        if (items.get(i) instanceof SoftwareRecord record) {
          found[i] = detector.detect(record).orElse(null);
        }
      }
      detections = found;
      return this;
    }
  }

  /** Thrown on the reader's thread when the caller stopped listening. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private static final class Batcher implements InventorySink {
    private final BlockingQueue<Batch> queue;
    private List<Object> items = new ArrayList<>(BATCH_SIZE);

    Batcher(BlockingQueue<Batch> queue) {
      this.queue = queue;
    }

    @Override
    public void record(SoftwareRecord record) {
      add(record);
    }

    @Override
    public void error(InputError error) {
      add(error);
    }

    private void add(Object item) {
      items.add(item);
      if (items.size() == BATCH_SIZE) {
        try {
          queue.put(new Batch(items, false, null));
        } catch (InterruptedException e) {
          throw new Stopped();
        }
        items = new ArrayList<>(BATCH_SIZE);
      }
    }
  }
}
