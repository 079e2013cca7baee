package org.interdict.cli.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code interdict} in a child JVM with its own heap, as a user's launcher would; output goes
 * to files.
 */
final class ChildJvm {
  record Result(int exit, Path out, String err) {
    String outText() throws IOException {
      return Files.readString(out, StandardCharsets.UTF_8);
    }
  }

  private ChildJvm() {}

  static Result run(Path dir, String heap, String... args)
      throws IOException, InterruptedException {
    return run(dir, heap, List.of(), args);
  }

  /**
   * @param jvmOptions more options for the child JVM, such as {@code -Dinterdict.osquery.threads=1}
   */
  static Result run(Path dir, String heap, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8",
                "-Duser.timezone=UTC"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.interdict.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "stdout-", ".txt");
    Path err = Files.createTempFile(dir, "stderr-", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("interdict " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Result(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * An osquery result log of {@code hosts} snapshots of ten programs each, written twice over (the
   * second pass repeats every snapshot, as a log of two days does); every other host has one or two
   * Kaspersky products.
   */
  static Path fleet(Path dir, int hosts) throws IOException {
    String[] common = {
      "Google Chrome", "7-Zip 24.08 (x64)", "Zoom Workplace", "Kasparov Chess Trainer", "Slack"
    };
    String[] kaspersky = {
      "Kaspersky Endpoint Security for Windows", "Kaspersky Security Center Network Agent"
    };
    Path file = dir.resolve("fleet.osquery.json");
    try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int day = 0; day < 2; day++) {
        for (int host = 0; host < hosts; host++) {
          StringBuilder line =
              new StringBuilder("{\"name\":\"pack_inventory_programs\",\"hostIdentifier\":\"H-")
                  .append(host)
                  .append("\",\"action\":\"snapshot\",\"snapshot\":[");
          int covered = host % 2 == 0 ? 1 + (host / 2) % 2 : 0;
          for (int i = 0; i < 10; i++) {
            String name = i < covered ? kaspersky[i] : common[(host + i) % common.length];
            String publisher =
                i < covered ? "AO Kaspersky Lab" : "Vendor " + ((host + i) % common.length);
            line.append(i == 0 ? "" : ",")
                .append("{\"name\":\"")
                .append(name)
                .append("\",\"version\":\"")
                .append(host % 7)
                .append(".")
                .append(i)
                .append("\",\"publisher\":\"")
                .append(publisher)
                .append("\"}");
          }
          writer.write(line.append("]}\n").toString());
        }
      }
    }
    return file;
  }
}
