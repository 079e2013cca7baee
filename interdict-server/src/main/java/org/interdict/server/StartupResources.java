package org.interdict.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a server start has opened so far (the database, the lists' scheduler, the scan workers, the
 * HTTP listener), so that a start failing half-way closes each of them, newest first, instead of
 * leaving a pool or a thread behind. Not thread-safe: one start uses one instance.
 */
final class StartupResources {
  private static final Logger LOG = LoggerFactory.getLogger(StartupResources.class);
  private final Deque<Runnable> closers = new ArrayDeque<>();

  /** Registers {@code resource}, closed by {@code close} if the start fails; returns it. */
  <T> T add(T resource, Consumer<? super T> close) {
    closers.push(() -> close.accept(resource));
    return resource;
  }

  /**
   * Closes everything registered, newest first; a failure to close is added to {@code failure}, not
   * thrown.
   */
  void closeAfter(Throwable failure) {
    while (!closers.isEmpty()) {
      try {
        closers.pop().run();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
        LOG.debug("Closing after a failed start failed too; the start's own error is reported", e);
      }
    }
  }

  int size() {
    return closers.size();
  }
}
