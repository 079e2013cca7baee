package org.interdict.report;

import static org.interdict.text.TerminalText.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interdict.policy.Status;
import org.interdict.scan.InputSummary;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;

/**
 * The totals at the end of the table report, in sentences: what was read, what was found, then one
 * line per regime evaluated (by id) with its findings per status (most severe first, zero counts
 * left out) and one per deadline. Numbers are grouped the same way in every locale.
 */
final class TableSummary {
  private TableSummary() {}

  static String of(ScanResult result) {
    ScanSummary summary = result.summary();
    StringBuilder text = new StringBuilder();
    text.append("Read ")
        .append(count(summary.records(), "record"))
        .append(" from ")
        .append(count(result.inputs().size(), "input"))
        .append(":\n");
    for (InputSummary input : result.inputs()) {
      text.append("  ")
          .append(sanitize(input.file()))
          .append(" (")
          .append(input.format())
          .append("): ")
          .append(count(input.records(), "record"))
          .append(", ")
          .append(count(input.errors(), "error"))
          .append('\n');
    }
    text.append("Found ")
        .append(count(summary.findings(), "finding"))
        .append(", ")
        .append(number(summary.coveredFindings()))
        .append(" covered by a regime, on ")
        .append(count(summary.hostsAffected(), "host"))
        .append("; ")
        .append(count(summary.errors(), "input error"))
        .append(".\n");
    if (result.incomplete()) {
      text.append(
          "Incomplete: some input could not be read, so this report covers only what was read.\n");
    }
    if (!summary.regimes().isEmpty()) {
      text.append("Regimes evaluated (findings by status):\n");
      int width = summary.regimes().stream().mapToInt(r -> r.regimeId().length()).max().orElse(0);
      for (ScanSummary.RegimeCount regime : summary.regimes()) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Status, Long> status : regime.byStatus().entrySet()) {
          if (status.getValue() > 0) {
            parts.add(status.getKey().id().replace('-', ' ') + " " + number(status.getValue()));
          }
        }
        text.append("  ")
            .append(String.format(Locale.ROOT, "%-" + width + "s", regime.regimeId()))
            .append("  ")
            .append(String.join(", ", parts))
            .append('\n');
      }
    }
    for (ScanSummary.Deadline deadline : summary.deadlines()) {
      text.append("Deadline ").append(deadline.date()).append(" (").append(deadline.regimeId());
      if (!deadline.obligationId().isEmpty()) {
        text.append(", ").append(deadline.obligationId());
      }
      text.append("): ")
          .append(
              deadline.daysLeft() >= 0
                  ? number(deadline.daysLeft()) + " days left"
                  : number(-deadline.daysLeft()) + " days past")
          .append(", ")
          .append(count(deadline.findings(), "finding"))
          .append(".\n");
    }
    return text.toString();
  }

  private static String count(long n, String noun) {
    return number(n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
