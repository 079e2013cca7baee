package org.interdict.server.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Closes a connection whose client has not sent a complete request line and headers within the
 * header timeout, counted from the connection's opening or the end of its previous request. The
 * idle timeout alone does not stop a client that sends one header byte every few seconds
 * ("slowloris"). A bean of the connector, which hands it every connection and request and starts
 * and stops it. Thread-safe.
 */
final class HeaderDeadline extends AbstractLifeCycle
    implements Connection.Listener, HttpChannel.Listener {
  private final long timeoutNanos;
  private final Map<EndPoint, Long> waiting = new ConcurrentHashMap<>();
  private ScheduledExecutorService sweeper;

  HeaderDeadline(Duration timeout) {
    this.timeoutNanos = timeout.toNanos();
  }

  @Override
  protected void doStart() {
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            run -> {
              Thread thread = new Thread(run, "interdict-header-deadline");
              thread.setDaemon(true);
              return thread;
            });
    long period = Math.max(50, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(timeoutNanos) / 4));
    sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void doStop() {
    sweeper.shutdownNow();
    waiting.clear();
  }

  @Override
  public void onOpened(Connection connection) {
    waiting.put(connection.getEndPoint(), System.nanoTime() + timeoutNanos);
  }

  @Override
  public void onClosed(Connection connection) {
    waiting.remove(connection.getEndPoint());
  }

  /**
   * The request line and headers are in: the body is governed by the idle timeout and the size
   * limits.
   */
  @Override
  public void onRequestBegin(Request request) {
    waiting.remove(request.getHttpChannel().getEndPoint());
  }

  /** A kept-alive connection waits for the next request's headers under the same deadline. */
  @Override
  public void onComplete(Request request) {
    EndPoint endPoint = request.getHttpChannel().getEndPoint();
    if (endPoint.isOpen()) {
      waiting.put(endPoint, System.nanoTime() + timeoutNanos);
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    waiting.forEach(
        (endPoint, deadline) -> {
          if (now - deadline > 0) {
            waiting.remove(endPoint);
            endPoint.close();
          }
        });
  }
}
