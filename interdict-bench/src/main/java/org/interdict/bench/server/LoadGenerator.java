package org.interdict.bench.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends single-name screening requests ({@code GET /api/v1/search?name=}) to a running server over
 * a fixed number of keep-alive connections, each sending its next request as soon as the previous
 * answer is read (closed loop, as wrk does), and prints throughput and latency percentiles of the
 * measured phase.
 *
 * <p>Bounded by design: loopback targets only, a warm-up and a measured phase of given lengths, and
 * a cap on the number of requests; it stops by itself. Names come from a CSV file's first column
 * (the screening development set by default), so the mix holds real positives, respellings and
 * negatives.
 *
 * <p>Two modes. Closed loop (default): as fast as the server answers, which measures the most it
 * sustains; the latencies then include the queueing that saturation causes. Fixed rate ({@code
 * --rate R}): the connections share R requests/s on a fixed schedule and each latency is counted
 * from the request's scheduled time, not from when it was sent, so a stalled server is not hidden
 * by the client waiting (no coordinated omission, as wrk2 does).
 *
 * <p>Usage: {@code LoadGenerator URL KEY [--connections 32] [--warmup 10s] [--duration 30s] [--rate
 * R] [--names FILE] [--max-requests N]}; URL such as {@code http://127.0.0.1:8080}.
 */
public final class LoadGenerator {
  private LoadGenerator() {}

  /** What one run measured. Latencies in microseconds. */
  record Result(
      int connections,
      double rate,
      long requests,
      long failures,
      double seconds,
      long p50,
      long p90,
      long p99,
      long p999,
      long max) {
    double throughput() {
      return requests / seconds;
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "connections=%d mode=%s requests=%d failures=%d seconds=%.1f throughput=%.0f req/s "
              + "p50=%.2f ms p90=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms",
          connections,
          rate > 0 ? String.format(Locale.ROOT, "rate-%.0f", rate) : "closed-loop",
          requests,
          failures,
          seconds,
          throughput(),
          p50 / 1000.0,
          p90 / 1000.0,
          p99 / 1000.0,
          p999 / 1000.0,
          max / 1000.0);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: LoadGenerator URL KEY [--connections N] [--warmup 10s] [--duration 30s]"
              + " [--names FILE] [--max-requests N]");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    String key = args[1];
    int connections = 32;
    Duration warmup = Duration.ofSeconds(10);
    Duration duration = Duration.ofSeconds(30);
    Path namesFile = null;
    long maxRequests = 5_000_000;
    double rate = 0;
    for (int i = 2; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--connections" -> connections = Integer.parseInt(value);
        case "--warmup" -> warmup = seconds(value);
        case "--duration" -> duration = seconds(value);
        case "--names" -> namesFile = Path.of(value);
        case "--max-requests" -> maxRequests = Long.parseLong(value);
        case "--rate" -> rate = Double.parseDouble(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> names = namesFile == null ? DevsetNames.load() : DevsetNames.load(namesFile);
    requireLoopback(base);
    Result result = run(base, key, names, connections, warmup, duration, maxRequests, rate);
    System.out.println(result.describe());
  }

  static Result run(
      URI base,
      String key,
      List<String> names,
      int connections,
      Duration warmup,
      Duration duration,
      long maxRequests,
      double rate)
      throws InterruptedException {
    List<byte[]> requests = new ArrayList<>(names.size());
    for (String name : names) {
      requests.add(HttpRequests.search(base, key, name));
    }
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    CountDownLatch done = new CountDownLatch(connections);
    List<Connection> workers = new ArrayList<>();
    long perConnectionCap = Math.max(1, maxRequests / connections);
    for (int i = 0; i < connections; i++) {
      // at a fixed rate each connection sends every connections/rate seconds, the connections
      // staggered evenly
      long intervalNanos = rate > 0 ? (long) (1e9 * connections / rate) : 0;
      long offsetNanos = rate > 0 ? intervalNanos * i / connections : 0;
      Connection worker =
          new Connection(
              base,
              requests,
              i,
              measuring,
              stop,
              done,
              perConnectionCap,
              intervalNanos,
              offsetNanos);
      workers.add(worker);
      Thread thread = new Thread(worker, "load-" + i);
      thread.setDaemon(true);
      thread.start();
    }
    Thread.sleep(warmup.toMillis());
    long start = System.nanoTime();
    measuring.set(true);
    Thread.sleep(duration.toMillis());
    measuring.set(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    if (!done.await(30, TimeUnit.SECONDS)) {
      System.err.println("some connections did not stop within 30 s");
    }
    long total = 0;
    long failures = 0;
    for (Connection worker : workers) {
      total += worker.latencies.size();
      failures += worker.failures;
    }
    long[] all = new long[(int) total];
    int at = 0;
    for (Connection worker : workers) {
      for (int i = 0; i < worker.latencies.size(); i++) {
        all[at++] = worker.latencies.get(i);
      }
    }
    java.util.Arrays.sort(all);
    return new Result(
        connections,
        rate,
        total,
        failures,
        seconds,
        percentile(all, 0.50),
        percentile(all, 0.90),
        percentile(all, 0.99),
        percentile(all, 0.999),
        all.length == 0 ? 0 : all[all.length - 1]);
  }

  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static Duration seconds(String text) {
    String digits = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
    return Duration.ofSeconds(Long.parseLong(digits));
  }

  /**
   * Load only ever goes to this machine: refuse any host that does not resolve to a loopback
   * address.
   */
  static void requireLoopback(URI base) throws IOException {
    for (InetAddress address : InetAddress.getAllByName(base.getHost())) {
      if (!address.isLoopbackAddress()) {
        throw new IllegalArgumentException("refusing to load " + base + ": not a loopback address");
      }
    }
  }

  /** One keep-alive connection's loop; latencies are recorded only while {@code measuring}. */
  private static final class Connection implements Runnable {
    private final URI base;
    private final List<byte[]> requests;
    private final AtomicBoolean measuring;
    private final AtomicBoolean stop;
    private final CountDownLatch done;
    private final long cap;
    private final long intervalNanos;
    private final long offsetNanos;
    private int next;
    final LongList latencies = new LongList();
    long failures;

    Connection(
        URI base,
        List<byte[]> requests,
        int offset,
        AtomicBoolean measuring,
        AtomicBoolean stop,
        CountDownLatch done,
        long cap,
        long intervalNanos,
        long offsetNanos) {
      this.base = base;
      this.requests = requests;
      this.next = (offset * 7919) % requests.size();
      this.measuring = measuring;
      this.stop = stop;
      this.done = done;
      this.cap = cap;
      this.intervalNanos = intervalNanos;
      this.offsetNanos = offsetNanos;
    }

    @Override
    public void run() {
      long sent = 0;
      long scheduled = System.nanoTime() + offsetNanos;
      try {
        while (!stop.get() && sent < cap) {
          try (HttpConnection connection = HttpConnection.open(base)) {
            while (!stop.get() && sent < cap) {
              byte[] request = requests.get(next);
              next = (next + 1) % requests.size();
              long begin;
              if (intervalNanos > 0) {
                waitUntil(scheduled);
                begin = scheduled;
                scheduled += intervalNanos;
              } else {
                begin = System.nanoTime();
              }
              int status = connection.exchange(request);
              long micros = (System.nanoTime() - begin) / 1000;
              sent++;
              if (measuring.get()) {
                latencies.add(micros);
                if (status != 200) {
                  failures++;
                }
              }
            }
          } catch (IOException | UncheckedIOException e) {
            if (measuring.get()) {
              failures++;
            }
          }
        }
      } finally {
        done.countDown();
      }
    }
  }

  private static void waitUntil(long nanoTime) {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      java.util.concurrent.locks.LockSupport.parkNanos(left);
    }
  }

  /** A growable array of longs, to keep boxing out of the measured loop. */
  static final class LongList {
    private long[] values = new long[1 << 14];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    long get(int index) {
      return values[index];
    }
  }

  /**
   * Reads the first column of a CSV with a header (no quoted commas in the development set's query
   * column).
   */
  static final class DevsetNames {
    static List<String> load() throws IOException {
      try (InputStream in = LoadGenerator.class.getResourceAsStream("/devset/devset.csv")) {
        if (in == null) {
          throw new IOException("devset/devset.csv is not on the classpath");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    static List<String> load(Path file) throws IOException {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<String> parse(String csv) {
      List<String> names = new ArrayList<>();
      String[] lines = csv.split("\r?\n");
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        String first;
        if (line.startsWith("\"")) {
          int end = line.indexOf("\",", 1);
          first = end < 0 ? line.substring(1) : line.substring(1, end).replace("\"\"", "\"");
        } else {
          int comma = line.indexOf(',');
          first = comma < 0 ? line : line.substring(0, comma);
        }
        if (!first.isBlank()) {
          names.add(first);
        }
      }
      if (names.isEmpty()) {
        throw new IllegalArgumentException("no names in the names file");
      }
      return names;
    }
  }
}
