package org.interdict.bench.screening;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interdict.cli.InterdictCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * End-to-end CSV batch: {@code interdict screen --input names.csv --column name --lists-dir DIR}
 * run in-process on all cores, list loading and index build included. Names per second = {@code
 * rows} / reported seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchThroughputBenchmark {
  @Param({"200000"})
  public int rows;

  private Path input;
  private Path output;
  private String listsDir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    var lists = BenchData.lists();
    listsDir =
        org.interdict.bench.BenchLists.locate(
                java.util.Optional.ofNullable(System.getProperty("interdict.lists.dir")))
            .orElseThrow()
            .toString();
    List<String> queries = BenchData.queries(lists.parties(), rows);
    StringBuilder csv = new StringBuilder("id,name\n");
    for (int i = 0; i < rows; i++) {
      csv.append(i)
          .append(",\"")
          .append(queries.get(i % queries.size()).replace("\"", "\"\""))
          .append("\"\n");
    }
    input = Files.createTempFile("interdict-batch", ".csv");
    output = Files.createTempFile("interdict-batch-out", ".csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(input);
    Files.deleteIfExists(output);
  }

  @Benchmark
  public int screenCsv() {
    var cli = InterdictCommand.newCommandLine();
    cli.setErr(new PrintWriter(new StringWriter()));
    int code =
        cli.execute(
            "screen",
            "--input",
            input.toString(),
            "--column",
            "name",
            "--id-column",
            "id",
            "--lists-dir",
            listsDir,
            "--output",
            output.toString());
    if (code == 2) {
      throw new IllegalStateException("batch run failed");
    }
    return code;
  }
}
