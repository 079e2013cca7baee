package org.interdict.spark;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.interdict.cli.InterdictCommand;
import picocli.CommandLine;

/**
 * What the ITs share: one local[2] session per test JVM (loopback, UI off; the jobs reuse it
 * instead of starting their own), the shared data folder, the CLI run in-process, and reading the
 * part files a job wrote.
 */
public final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("interdict-it")
              .master("local[2]")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /**
   * Skips the calling test, with a message, when the shared data folder is not beside the
   * repository.
   */
  public static void assumeSharedData() {
    Path data = shared("data");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(data),
        "shared data folder " + data.toAbsolutePath() + " is absent (set -Dshared.dir); skipping");
  }

  public static Path shared(String... more) {
    return Path.of(System.getProperty("interdict.shared.dir", "../../shared"), more);
  }

  /** The repository's root (the tests run in the module folder). */
  public static Path repo(String... more) {
    return Path.of("..", more);
  }

  /**
   * Runs {@code interdict ARGS} in-process; returns the exit code, stderr appended to {@code err}.
   */
  public static int cli(StringBuilder err, String... args) {
    CommandLine command = InterdictCommand.newCommandLine();
    StringWriter text = new StringWriter();
    command.setErr(new PrintWriter(text, true));
    int code = command.execute(args);
    err.append(text);
    return code;
  }

  /** The lines of every part file of a dataset folder, in part order. */
  public static List<String> partLines(Path dataset) {
    try (Stream<Path> parts = Files.list(dataset)) {
      List<String> lines = new ArrayList<>();
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * CSV records (header first) of every part file of a dataset folder, each part's header dropped
   * but the first.
   */
  public static List<List<String>> csvParts(Path dataset) {
    List<List<String>> rows = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dataset)) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        List<List<String>> records = csv(part);
        rows.addAll(
            rows.isEmpty()
                ? records
                : records.subList(Math.min(1, records.size()), records.size()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  public static List<List<String>> csv(Path file) {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .ignoreDifferentFieldCount(true)
            .ofCsvRecord(file, StandardCharsets.UTF_8)) {
      return reader.stream().map(CsvRecord::getFields).map(List::copyOf).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
