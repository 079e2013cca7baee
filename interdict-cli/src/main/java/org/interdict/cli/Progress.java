package org.interdict.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr while an input is read, drawn only when stderr is a terminal so that
 * logs and pipes stay clean. Counts bytes as the reader pulls them; redraws at most five times a
 * second.
 */
public final class Progress implements AutoCloseable {
  private final PrintWriter err;
  private final String label;
  private final long total;
  private final AtomicLong read = new AtomicLong();
  private final Thread painter;
  private volatile boolean done;

  private Progress(PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.painter = new Thread(this::paintLoop, "interdict-progress");
    this.painter.setDaemon(true);
    this.painter.start();
  }

  /**
   * A progress bar for one input, or none when stderr is not a terminal or the user said {@code
   * --no-progress}.
   */
  public static java.util.Optional<Progress> start(
      PrintWriter err, String label, long totalBytes, boolean enabled) {
    if (!enabled || !stderrIsTerminal()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Progress(err, label, totalBytes));
  }

  static boolean stderrIsTerminal() {
    return !Verbosity.quiet() && Colour.isTerminal(2);
  }

  public InputStream wrap(InputStream input) {
    return new FilterInputStream(input) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          read.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          read.addAndGet(n);
        }
        return n;
      }
    };
  }

  private void paintLoop() {
    while (!done) {
      paint();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void paint() {
    long bytes = read.get();
    int width = 30;
    if (total > 0) {
      double fraction = Math.min(1.0, (double) bytes / total);
      int filled = (int) (fraction * width);
      err.printf(
          Locale.ROOT,
          "\r%s [%s%s] %3.0f%% %,d MB",
          label,
          "=".repeat(filled),
          " ".repeat(width - filled),
          fraction * 100,
          bytes >> 20);
    } else {
      err.printf(Locale.ROOT, "\r%s %,d MB", label, bytes >> 20);
    }
    err.flush();
  }

  @Override
  public void close() {
    done = true;
    painter.interrupt();
    synchronized (this) {
      err.print("\r" + " ".repeat(Math.min(120, label.length() + 60)) + "\r");
      err.flush();
    }
  }
}
