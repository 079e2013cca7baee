package org.interdict.cli.lists;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.update.UpdateReport;

/** One line per update or import attempt, plus the failed checks under it. */
final class Reports {
  private Reports() {}

  /**
   * Prints the reports; returns 0 when every source is current, 1 when any failed or was
   * suspicious.
   */
  static int print(PrintWriter out, List<UpdateReport> reports) {
    int exit = 0;
    for (UpdateReport report : reports) {
      String inForce =
          report
              .inForce()
              .map(Snapshot::describe)
              .map(text -> "in force: " + text)
              .orElse("no snapshot in force");
      out.printf(
          Locale.ROOT,
          "%-20s %-10s %s%n",
          report.sourceId(),
          report.attempt().result().id(),
          inForce);
      if (!report.ok()) {
        exit = 1;
        out.println("  reason: " + FailureWords.plain(report.attempt().reason()));
        out.println(
            report
                .inForce()
                .map(s -> "  the snapshot in force stays: " + s.id())
                .orElse(
                    "  no snapshot of "
                        + report.sourceId()
                        + " is in force: screening has none of its entries "
                        + "until an update or import succeeds"));
        report.rejected().ifPresent(path -> out.println("  rejected files kept in " + path));
      }
    }
    return exit;
  }

  /**
   * After an update: when the network could not be reached, the way to get the lists without it.
   */
  static void offlineHint(PrintWriter err, List<UpdateReport> reports) {
    if (reports.stream().anyMatch(r -> !r.ok() && FailureWords.isNetwork(r.attempt().reason()))) {
      err.println(
          "interdict: the list servers could not be reached. Without network access, download the "
              + "official files on another machine, copy them here and run: interdict lists import DIR "
              + "(docs/lists.md#updates-and-snapshots)");
    }
  }
}
