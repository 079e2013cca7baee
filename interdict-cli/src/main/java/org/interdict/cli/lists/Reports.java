package org.interdict.cli.lists;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.update.UpdateReport;

/** One line per update or import attempt, plus the failed checks under it. */
final class Reports {
  private Reports() {}

  /** Prints the reports; returns 0 when every source is current, 1 when any failed or was suspicious. */
  static int print(PrintWriter out, List<UpdateReport> reports) {
    int exit = 0;
    for (UpdateReport report : reports) {
      String inForce = report.inForce().map(Snapshot::describe).map(text -> "in force: " + text)
          .orElse("no snapshot in force");
      out.printf(Locale.ROOT, "%-20s %-10s %s%n", report.sourceId(), report.attempt().result().id(), inForce);
      if (!report.ok()) {
        exit = 1;
        out.println("  reason: " + report.attempt().reason());
        report.rejected().ifPresent(path -> out.println("  rejected files kept in " + path));
      }
    }
    return exit;
  }
}
