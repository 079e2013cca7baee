package org.interdict.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;

/**
 * Reads one source on its own thread while the caller's thread detects, so a scan uses two cores. Records and
 * errors travel in batches through a bounded queue (at most {@link #BATCHES} of {@link #BATCH_SIZE} in flight)
 * and reach the caller's sink in the order the reader produced them. A failure of the reader (an unreadable
 * input, an {@code OutOfMemoryError}) is rethrown on the caller's thread; a failure of the caller stops the reader.
 */
final class ReadAhead {
  static final int BATCH_SIZE = 1024;
  static final int BATCHES = 16;

  private ReadAhead() {}

  static void read(ScanSource source, InventorySink sink) {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    Thread reader = new Thread(() -> produce(source, queue), "interdict-read");
    reader.setDaemon(true);
    reader.start();
    boolean finished = false;
    try {
      while (true) {
        Batch batch = queue.take();
        for (Object item : batch.items) {
          if (item instanceof SoftwareRecord record) {
            sink.record(record);
          } else {
            sink.error((InputError) item);
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
      if (!finished) {
        reader.interrupt();
      }
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

  private record Batch(List<Object> items, boolean last, Throwable failure) {}

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
