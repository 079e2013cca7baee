package org.interdict.cli.screen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.interdict.ownership.OwnershipAnalysis;
import org.interdict.ownership.OwnershipCsv;
import org.interdict.ownership.OwnershipGraph;
import org.interdict.ownership.OwnershipResult;
import org.interdict.ownership.OwnershipRules;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import picocli.CommandLine.Option;

/**
 * {@code screen --ownership FILE.csv}: screens every node of an ownership graph (plus the NAMEs and
 * {@code --input} rows, as extra nodes without edges) and applies the ownership rules as of a date,
 * writing one ownership report.
 */
public final class OwnershipOption {
  @Option(
      names = "--ownership",
      paramLabel = "FILE.csv",
      description =
          "Ownership graph (owner,owned,percent,relation,source): also report owned, parent and affiliated "
              + "entities flagged by the ownership rules (ofac-50-percent, bis-affiliates-50-percent, "
              + "prohibited-vendor-affiliate), with paths.")
  Path file;

  private Clock clock = Clock.systemUTC();

  boolean given() {
    return file != null;
  }

  /** The clock "today" comes from when no as-of date is set (tests fix it). */
  void clock(Clock fixed) {
    this.clock = fixed;
  }

  /**
   * Runs the analysis and writes the report; returns exit code 1 when a node or name is listed or
   * flagged, else 0.
   *
   * @param asOf the evaluation date, or null for today in the clock's zone
   */
  int run(
      ScreeningSetup setup,
      ScreeningQuery template,
      List<String> extraNames,
      LocalDate asOf,
      OutputFormat format,
      Writer out,
      PrintWriter err)
      throws IOException {
    OwnershipGraph graph = OwnershipCsv.read(file);
    graph.issues().stream()
        .limit(20)
        .forEach(
            issue -> org.interdict.cli.Verbosity.notes(err).println(issue + "; see the report"));
    LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
    OwnershipResult result =
        OwnershipAnalysis.of(OwnershipRules.bundled(), setup.index(), template)
            .evaluate(graph, date);
    List<ScreeningResult> extra = new ArrayList<>();
    for (String name : extraNames) {
      if (graph.node(name).isEmpty()) {
        extra.add(setup.index().screen(template.withName(name)));
      }
    }
    OwnershipReport report =
        new OwnershipReport(setup.describeLists(), template.minScore(), result, extra);
    switch (format) {
      case JSON -> report.json(out);
      case CSV -> report.csv(out);
      default -> report.table(new PrintWriter(out));
    }
    out.flush();
    boolean found =
        !result.flags().isEmpty()
            || !result.listed().isEmpty()
            || extra.stream().anyMatch(r -> !r.matches().isEmpty());
    return found ? 1 : 0;
  }
}
