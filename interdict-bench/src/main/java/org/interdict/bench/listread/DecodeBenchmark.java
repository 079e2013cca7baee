package org.interdict.bench.listread;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.interdict.bench.BenchLists;
import org.interdict.lists.ListLoader;
import org.interdict.text.ReplacingUtf8Reader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What decoding list files with replacement and per-line bad-byte tracking ({@link
 * ReplacingUtf8Reader}, issue 9) costs: the real 2024-05-03 SDN file (3.9 MB) decoded by it and by
 * the JDK's InputStreamReader side by side, and the whole load of that snapshot (decode, CSV parse,
 * mapping) for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {
  private Path sdnFolder;
  private Path sdn;
  private final char[] buffer = new char[1 << 14];

  @Setup(Level.Trial)
  public void setUp() {
    Path lists =
        BenchLists.locate(Optional.ofNullable(System.getProperty("interdict.lists.dir")))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "shared list data not found; set -Dinterdict.lists.dir"));
    sdnFolder = lists.resolve("us_ofac_sdn/2024-05-03");
    sdn = sdnFolder.resolve("sdn.csv");
  }

  @Benchmark
  public long jdkInputStreamReader() throws IOException {
    return drain(
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(sdn), StandardCharsets.UTF_8.newDecoder()),
            1 << 16));
  }

  @Benchmark
  public long replacingUtf8Reader() throws IOException {
    return drain(new ReplacingUtf8Reader(Files.newInputStream(sdn)));
  }

  @Benchmark
  public int loadSdnSnapshot() {
    return ListLoader.fromDirectory(sdnFolder).parties().size();
  }

  private long drain(Reader reader) throws IOException {
    long chars = 0;
    try (reader) {
      for (int read; (read = reader.read(buffer, 0, buffer.length)) > 0; ) {
        chars += read;
      }
    }
    return chars;
  }
}
