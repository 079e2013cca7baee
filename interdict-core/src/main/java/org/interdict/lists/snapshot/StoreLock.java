package org.interdict.lists.snapshot;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write lock of a snapshot store, held by one update or import at a time; closing releases it.
 */
public final class StoreLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StoreLock.class);
  private final FileLock held;

  private StoreLock(FileLock held) {
    this.held = held;
  }

  static StoreLock acquire(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new SnapshotStoreException(
            "another update or import holds " + file + "; try again when it ends");
      }
      return new StoreLock(lock);
    } catch (IOException e) {
      throw new SnapshotStoreException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      held.release();
      held.channel().close();
    } catch (IOException e) {
      LOG.warn("Cannot release the store lock: {}; it ends with the process", e.getMessage());
    }
  }
}
