package org.interdict.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.interdict.detection.Evidence;
import org.interdict.model.InputError;
import org.interdict.policy.RegimeOutcome;
import org.interdict.scan.Finding;
import org.interdict.scan.InputSummary;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;

/** Plain text for a terminal: a header, one block per finding with its regimes, errors, then totals. */
final class TableReport implements ReportWriter {
  @Override
  public String formatId() {
    return "table";
  }

  @Override
  public void write(ScanResult result, Writer out) throws IOException {
    out.write("Interdict scan as of " + result.asOf() + ", profile " + result.profile() + ", catalog "
        + result.catalogVersion() + "\n");
    for (InputSummary input : result.inputs()) {
      out.write("  input " + input.file() + " (" + input.format() + "): " + input.records() + " records, "
          + input.errors() + " errors\n");
    }
    out.write("\n");
    if (result.findings().isEmpty()) {
      out.write("No catalogued software found.\n");
    }
    for (Finding finding : result.findings()) {
      writeFinding(finding, out);
    }
    if (!result.errors().isEmpty()) {
      out.write("Errors (the scan went on past them):\n");
      for (InputError error : result.errors()) {
        out.write("  " + error + "\n");
      }
      out.write("\n");
    }
    ScanSummary summary = result.summary();
    out.write("Summary: " + summary.records() + " records, " + summary.findings() + " findings, "
        + summary.coveredFindings() + " covered, " + summary.hostsAffected() + " hosts affected, "
        + summary.errors() + " errors\n");
    for (Map.Entry<String, Map<String, Long>> regime : summary.byRegimeAndStatus().entrySet()) {
      out.write("  " + regime.getKey() + ": " + regime.getValue() + "\n");
    }
    for (ScanSummary.Deadline deadline : summary.deadlines()) {
      out.write("  deadline " + deadline.date() + " (" + deadline.regimeId() + "/" + deadline.obligationId() + "): "
          + (deadline.daysLeft() >= 0 ? deadline.daysLeft() + " days left" : -deadline.daysLeft() + " days past")
          + ", " + deadline.findings() + " findings\n");
    }
    out.flush();
  }

  private static void writeFinding(Finding finding, Writer out) throws IOException {
    String host = finding.record().host().isEmpty() ? "(no host)" : finding.record().host();
    out.write(finding.worstStatus().id().toUpperCase(java.util.Locale.ROOT) + "  " + finding.detection().product().name()
        + " [" + finding.detection().product().id() + "]  " + finding.detection().context().id() + ", confidence "
        + finding.detection().confidence().id() + "\n");
    out.write("  " + host + ": \"" + finding.record().name() + "\""
        + (finding.record().version().isEmpty() ? "" : " " + finding.record().version())
        + " at " + finding.record().location()
        + (finding.occurrences() > 1 ? " (" + finding.occurrences() + " times)" : "") + "\n");
    StringBuilder evidence = new StringBuilder("  evidence:");
    for (Evidence e : finding.detection().evidence()) {
      evidence.append(' ').append(e.rule()).append(" (").append(e.field()).append(')');
    }
    out.write(evidence + "\n");
    StringBuilder notCovered = new StringBuilder();
    for (RegimeOutcome outcome : finding.outcomes()) {
      if (!outcome.status().isCovered()) {
        notCovered.append(notCovered.length() == 0 ? "" : ", ").append(outcome.regimeId());
        continue;
      }
      out.write("  - " + outcome.regimeId() + ": " + outcome.statusText()
          + outcome.deadline().map(d -> ", deadline " + d).orElse("") + "\n");
      out.write("      " + outcome.action() + " [" + outcome.citation() + "]\n");
    }
    if (notCovered.length() > 0) {
      // Regimes that name the vendor but not this profile, context or category: one line, reasons in JSON.
      out.write("  - not covered: " + notCovered + "\n");
    }
    if (!finding.detection().product().note().isEmpty()) {
      out.write("  note: " + finding.detection().product().note() + "\n");
    }
    out.write("\n");
  }
}
