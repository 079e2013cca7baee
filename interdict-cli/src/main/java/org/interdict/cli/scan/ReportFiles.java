package org.interdict.cli.scan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.interdict.report.ReportOptions;
import org.interdict.report.ReportWriter;
import org.interdict.report.Reports;
import org.interdict.report.Tee;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanResult;

/**
 * Where a scan report goes: stdout, or a file (an HTML file with its full-data JSON beside it). A
 * file is written under a temporary name and moved into place only once the report is complete, so
 * a failed scan (an internal error, a full disk) never leaves a half-written report that a CI step
 * could read as a result.
 */
final class ReportFiles {
  private ReportFiles() {}

  static ScanResult write(
      Path output,
      PrintWriter stdout,
      ReportWriter report,
      ReportOptions options,
      Function<FindingSink, ScanResult> scan)
      throws IOException {
    if (output == null) {
      ScanResult result = scan.apply(report.open(stdout, options));
      stdout.flush();
      return result;
    }
    List<Path> targets = new ArrayList<>(List.of(output));
    if (report.formatId().equals("html") && !siblingJson(output).equals(output)) {
      targets.add(siblingJson(output));
    }
    List<Path> partial = new ArrayList<>();
    List<Writer> writers = new ArrayList<>();
    try {
      List<FindingSink> sinks = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i);
        Path temporary = target.resolveSibling(target.getFileName() + ".partial");
        partial.add(temporary);
        Writer writer =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8),
                1 << 16);
        writers.add(writer);
        sinks.add(
            i == 0
                ? report.open(
                    writer,
                    targets.size() > 1
                        ? options.withFullData(
                            targets.get(1).getFileName().toString() + " beside this file")
                        : options)
                : Reports.byId("json").open(writer, options));
      }
      ScanResult result = scan.apply(sinks.size() == 1 ? sinks.get(0) : new Tee(sinks));
      for (Writer writer : writers) {
        writer.close();
      }
      for (int i = 0; i < targets.size(); i++) {
        Files.move(
            partial.get(i), targets.get(i), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } finally {
      for (Writer writer : writers) {
        closeQuietly(writer);
      }
      for (Path temporary : partial) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  static Path siblingJson(Path html) {
    String name = html.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return html.resolveSibling(base + ".json");
  }

  private static void closeQuietly(Writer writer) {
    try {
      writer.close();
    } catch (IOException ignored) {
      // Already closed after a complete report, or failing after a failed one whose file is deleted
      // next.
    }
  }
}
