package org.interdict.bench.ownership;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import org.interdict.cli.InterdictCommand;
import picocli.CommandLine;

/**
 * Runs one CLI command in this JVM with its standard output counted (not kept) and prints one line:
 * exit code (or the error that ended it), wall time, output bytes and peak heap (the sum of the
 * heap pools' peaks). Run it in a fresh JVM per measurement, with the {@code -Xmx} under test.
 */
public final class OwnershipRun {
  private OwnershipRun() {}

  /** Counts bytes and drops them. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  public static void main(String[] args) throws IOException {
    Counting counted = new Counting();
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8)));
    CommandLine cli = InterdictCommand.newCommandLine();
    cli.setOut(out);
    cli.setErr(
        new PrintWriter(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8)));
    long started = System.nanoTime();
    String outcome;
    try {
      outcome = "exit=" + cli.execute(args);
    } catch (Throwable e) {
      outcome = "died=" + e.getClass().getSimpleName();
    }
    out.flush();
    long millis = (System.nanoTime() - started) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "%s time_ms=%d output_bytes=%d peak_heap_mb=%d%n",
        outcome,
        millis,
        counted.bytes,
        peak / (1024 * 1024));
  }
}
